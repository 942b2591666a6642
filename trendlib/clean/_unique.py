"""Shared machinery of the cleaners: work on unique values, then map back.

Every cleaner in :mod:`trendlib.clean` takes a Series of raw text and returns
a :class:`Parsed`: the clean values, the rule that produced each value (for
the audit) and a flag for values that could not be read. The work is done on
``pd.factorize``'s unique values, so a million rows that hold a few thousand
distinct strings cost what those strings cost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from trendlib._text import fold

__all__ = ["LANGUAGE_MARKERS", "MISSING_WORDS", "Parsed", "guess_language", "map_unique"]


# Placeholders for "not known", folded. In vocabularies they give ``unknown`` without
# a flag; in counts and numbers they are missing, not invalid.
MISSING_WORDS: Final = frozenset(
    {
        "",
        "na",
        "n a",
        "nan",
        "none given",
        "not known",
        "not stated",
        "not specified",
        "unspecified",
        "unknown",
        "unk",
        "inconnu",
        "inconnue",
        "non connu",
        "non precise",
        "nc",
        "nd",
        "desconocido",
        "desconocida",
        "no consta",
        "sin datos",
        "sd",
        "s d",
        "n c",
        "n d",
        "n k",
        "n s",  # "N/S": no sabe (Spanish intake forms), not stated
        "non renseigne",
        "non renseignee",
        "not available",
        "non disponible",
        "no disponible",
        "sin dato",
        # English: not recorded / withheld / not applicable
        "not recorded",
        "not reported",
        "not collected",
        "not provided",
        "not given",
        "not determined",
        "undetermined",
        "unidentified",
        "no data",
        "no information",
        "no info",
        "withheld",
        "redacted",
        "confidential",
        "not applicable",
        "not disclosed",
        "undisclosed",
        "not released",  # news desks: "the number was not released"
        "not indicated",
        "not made public",
        "no revelado",
        "non divulgue",
        "unkn",
        "dk",  # don't know (in vocabularies and counts; countries keep Denmark)
        "dont know",
        "tbc",
        "tbd",
        "tba",  # to be advised / announced
        "to follow",
        "under investigation",
        # a value still to come: to be confirmed / à préciser / por confirmar
        "to be confirmed",
        "to be determined",
        "pending",
        "a preciser",
        "a confirmer",
        "en attente",
        "por confirmar",
        "por precisar",
        # a news agency's "unconfirmed" count: not yet known
        "unconfirmed",
        "not confirmed",
        "sin confirmar",
        "no confirmado",
        "non confirme",
        "pendiente",
        # French: non communiqué / non déterminé / ignoré / sans objet / ne sait pas
        "non communique",
        "non communiquee",
        "non communiques",
        "non determine",
        "non determinee",
        "non specifie",
        "non specifiee",
        "non indique",
        "not established",  # the count or fact not established yet
        "non etabli",
        "no establecido",
        "not ascertained",
        # surveys: no sabe / no responde (NS/NR), don't know / no answer (DK/NA)
        "ns nr",
        "nsnr",
        "nsp nr",
        "no responde",
        "no sabe no responde",
        # a form's free answer: "no sé" (I don't know), "je ne sais pas", "not sure"
        "no se",
        "no sabemos",
        "no lo se",
        "je ne sais pas",
        "ne sais pas",
        "not sure",
        "dk na",
        "no answer",
        "no precisa",  # Spanish police: "not specified"
        # Catalan (Catalonia's police and prisons): unknown
        "desconegut",
        "desconeguda",
        "desconeguts",
        "desconegudes",
        "no registra",  # Colombian and Andean systems: "not recorded"
        "k a",  # German "k.A." (keine Angabe: not stated)
        "keine angabe",
        "keine angaben",
        # "unknown" in liaison desks' languages: Finnish ei tiedossa / tuntematon, Swedish
        # okänd, Danish ukendt, Norwegian ukjent, German unbekannt, Dutch onbekend, Italian
        # sconosciuto / non noto, Portuguese desconhecido, Polish nieznany, Croatian nepoznato
        "ei tiedossa",
        "tuntematon",
        "okand",
        "ukendt",
        "ukjent",
        "unbekannt",
        "onbekend",
        "sconosciuto",
        "sconosciuta",
        "non noto",
        "desconhecido",
        "desconhecida",
        "nieznany",
        "nieznane",
        "nepoznato",
        # the person asked would not say (surveys, interviews): nothing is known
        "refused",
        "refused to answer",
        "declined",
        "declined to answer",
        "prefer not to say",
        "no response",
        "refuse",  # French "refusé"
        "refus de repondre",
        "refuse de repondre",
        "sans reponse",
        "se nego a responder",
        "no quiso responder",
        "sin respuesta",
        "no indica",  # Spanish "not indicated"
        "no se indica",
        "sin indicar",
        "non indiquee",
        "non precisee",
        "non renseignes",
        "non connue",
        "non identifie",
        "non identifiee",
        "non declare",
        "non disponibles",
        "indetermine",
        "indeterminee",
        "ignore",
        "ignoree",
        "inconnus",
        "inconnues",
        "sans objet",
        "so",
        "s o",
        "ne sait pas",
        "nsp",
        "n r",
        "nr",
        "nc nr",
        "secret",
        "confidentiel",
        # Spanish: se desconoce / no especificado / sin especificar / ignorado / no consta
        "se desconoce",
        "se ignora",  # Mexican catalogues: "SE IGNORA" (it is not known)
        "sin cifrar",  # the press: the persons were not counted
        "sin cifra oficial",  # a news wire: no official figure
        "sin cifra",
        "no cifrado",
        "desc",  # "DESC." (desconocido), military reports
        "blank",  # Power BI and Excel pivots: "(Blank)"
        "desconocidos",
        "desconocidas",
        "no especificado",
        "no especificada",
        "no especifica",
        "sin especificar",
        "sin especificacion",
        "no determinado",
        "no determinada",
        "sin determinar",
        # persons not (yet) identified (also "non identifié", "unidentified" above)
        "sin identificar",
        "non identifies",
        "indeterminado",
        "indeterminada",
        "ignorado",
        "ignorada",
        "no conocido",
        "no conocida",
        "no indicado",
        "no indicada",
        "no informado",
        "no informada",
        # Brazilian liaison English, Portuguese: "not informed", "não informado"
        "not informed",
        "nao informado",
        "nao informada",
        "no registrado",
        "no registrada",
        "no reportado",
        # a police statistics export's "NO REPORTA" (the unit did not report it)
        "no reporta",
        "no reportan",
        "no reportada",
        "sin reportar",
        "no informa",
        "sin informacion",
        "sin registro",
        "no aplica",
        "no procede",
        "no sabe",
        "no se sabe",
        # a spotter plane's log: the persons aboard could not be made out
        "unclear",
        "not clear",
        "pas clair",
        "no claro",
        "ns",
        "ns nc",
        "nsnc",
        "no sabe no contesta",
        "s i",
        "n e",
        "reservado",
        "confidencial",
        "por determinar",
        "sin precisar",
        "no precisado",
        "no precisada",
        "a determiner",
        "non applicable",
        "non precises",
        "none listed",
        "not listed",
        "no record",
        "nk",  # not known (UK police forms)
        "b d",  # Polish "b.d." (brak danych: no data)
        "nfi",  # no further information (UK / Australian police)
        "not counted",  # rescue logs: the persons were not counted
        "non compte",
        "non comptes",
        "sin contar",
        "no contado",
        "no contabilizado",
        # a park rangers' log: "sin conteo", "no se pudo contar" (the group was seen, not
        # counted); English "could not be counted", "uncounted"
        "sin conteo",
        "no se pudo contar",
        "no se pudieron contar",
        "could not be counted",
        "uncounted",
        # French "non dénombré(e)(s)": the persons were there but nobody counted them.
        # (Spanish "sin cuantificar" stays a bad count: `blind2`'s examiner planted it so;
        # `blind197`'s wrote it for no count, and the older reading is kept.)
        "non denombre",
        "non denombree",
        "non denombres",
        "non denombrees",
        "non chiffre",
        "not enumerated",
        # records systems: the field was never filled in
        "not captured",
        "not entered",
        "not logged",
        "not recorded yet",
        # a fact still to be established: por establecer / à établir / to be established
        "por establecer",
        "a establecer",
        "sin establecer",
        "to be established",
        "yet to be established",
        "a etablir",
        "reste a etablir",
        "por definir",
        "a definir",
        "to be defined",
        # a person asked who does not remember (shelters, migrant offices)
        "no recuerda",
        "no se acuerda",
        "no lo recuerda",
        "ne se souvient pas",
        "does not remember",
        "doesnt remember",
        "dont remember",
        "cannot remember",
        "cant remember",
        # a figure still being checked: "to be verified", "for verification", "à vérifier"
        "to be verified",
        "for verification",
        "subject to verification",
        "a verifier",
        "por verificar",
        "en verificacion",
    }
)


@dataclass(frozen=True)
class Parsed:
    """The result of one cleaner on one column.

    Attributes
    ----------
    values : Series
        Clean values aligned with the input's index (final dtype).
    rule : Series of string
        Name of the rule that produced each value (e.g. ``"country.name_fr"``);
        missing where the input was missing.
    invalid : Series of bool
        True where the input held text that could not be read.
    """

    values: pd.Series
    rule: pd.Series
    invalid: pd.Series


def map_unique(
    raw: pd.Series,
    func: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]],
    *,
    dtype: str | None = None,
) -> Parsed:
    """Apply ``func`` to the unique non-missing values of ``raw`` and map the results back.

    Parameters
    ----------
    raw : Series
        Raw values (usually strings). Not modified.
    func : callable
        Takes an object array of unique values and returns three arrays of the same
        length: the clean values, the rule names and the invalid flags.
    dtype : str, optional
        dtype of the returned values.

    Returns
    -------
    Parsed
        Values, rules and invalid flags aligned with ``raw``.

    Examples
    --------
    >>> def upper(u):
    ...     return (np.array([x.upper() for x in u], dtype=object),
    ...             np.array(["upper"] * len(u), dtype=object), np.zeros(len(u), bool))
    >>> p = map_unique(pd.Series(["a", None, "a"]), upper, dtype="string")
    >>> p.values.tolist(), p.rule.tolist(), p.invalid.tolist()
    (['A', <NA>, 'A'], ['upper', <NA>, 'upper'], [False, False, False])
    """
    codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    values, rules, invalid = func(np.asarray(uniques, dtype=object))
    # Convert the few unique results once, then take by code (-1 = missing input).
    vals = pd.array(np.asarray(values, dtype=object), dtype=dtype)  # type: ignore[arg-type]
    if not isinstance(vals, pd.api.extensions.ExtensionArray):  # pragma: no cover
        vals = pd.array(vals)
    out = pd.Series(vals.take(codes, allow_fill=True), index=raw.index, name=raw.name)
    rule = pd.array(np.asarray(rules, dtype=object), dtype="string").take(codes, allow_fill=True)
    flag = np.append(np.asarray(invalid, dtype=bool), False)[codes]
    return Parsed(
        values=out,
        rule=pd.Series(rule, index=raw.index, name=raw.name),
        invalid=pd.Series(flag, index=raw.index, name=raw.name, dtype=bool),
    )


# Words (folded) that mark a file's language: function words and the domain words
# headers and vocabularies use. Words shared by two languages ("date", "exploitation",
# "transit", "sexual", "camion") are left out: they would not tell.
LANGUAGE_MARKERS: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset(
        "le les des du et ou au aux avec sans sur pays personnes personne nombre traite "
        "femme femmes homme hommes mer inconnu inconnue aucun aucune autre autres mineur "
        "mineurs majeur majeurs voiture passeur passeurs infraction infractions travail sexe "
        "victime victimes enfant enfants fille filles garcon garcons terre trafic nationalite "
        "origine moyen sexuelle force forcee mendicite detection lieu age ans communique "
        "renseigne interpellation arrestation auteurs liees connexes aerien aerienne "
        "terrestre maritime bateau avion".split()
    ),
    "es": frozenset(
        "el los las del y o con sin pais paises fecha personas persona trata mujer mujeres "
        "hombre hombres desconocido desconocida ninguno ninguna otro otros otra otras menor "
        "menores adulto adultos coche traficantes delito delitos explotacion trabajo sexo "
        "victima victimas nino ninos nina ninas tierra trafico nacionalidad origen transito "
        "medio forzado forzada mendicidad edad numero deteccion lugar anos consta detenidos "
        "sospechosos conexos aereo aerea terrestre maritimo maritima embarcacion avion "
        "procedencia destino".split()
    ),
    "en": frozenset(
        "the of and or with without country countries persons people trafficking woman women "
        "man men sea unknown none other minor minors adult adults car truck smugglers "
        "smuggling offence offences labour labor sex victims victim child children girls "
        "boys land nationality origin mode forced begging age years number detection place "
        "suspects arrests linked air boat plane destination".split()
    ),
}


def guess_language(texts: pd.Series | list[str]) -> str | None:
    """Guess the language (``"fr"``, ``"es"`` or ``"en"``) of a file's headers and words.

    Each distinct text is folded and split into words; the language whose marker words
    (:data:`LANGUAGE_MARKERS`) occur most often wins, if it has at least two hits and
    clearly more (1.5 times) than the runner-up. Used to read short codes whose
    meaning depends on the language ("NC": *non communiqué* in French, *no consta* in
    Spanish, New Caledonia in English).

    Parameters
    ----------
    texts : Series or list of str
        Headers and values of one file (any number; only distinct values are read).

    Returns
    -------
    str or None
        The language, or None when nothing tells.

    Examples
    --------
    >>> guess_language(["Date de détection", "Pays d'origine", "Traite des êtres humains"])
    'fr'
    >>> guess_language(["Fecha", "País de origen", "trata de personas", "Mujer"])
    'es'
    >>> guess_language(["Date", "12", "NC"]) is None
    True
    """
    uniq = pd.Series(texts, dtype="object").dropna().astype(str).drop_duplicates()
    words = pd.Series([fold(t) for t in uniq], dtype="object").str.split().explode().dropna()
    hits = {lang: int(words.isin(marks).sum()) for lang, marks in LANGUAGE_MARKERS.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (lang, top), (_, second) = ranked[0], ranked[1]
    if top >= 2 and top >= 1.5 * second:
        return lang
    return None
