"""Recognise column headers written in English, French or Spanish.

Private. :func:`match_headers` maps the headers of one file to the canonical
column names of DESIGN.md §3 without configuration. Two levels, tried in order:

1. **exact**: the header's folded key (case, accents, spacing, punctuation and
   apostrophes ignored; ``camelCase`` split) equals the key of a synonym, or the
   two are equal once spaces or small words (``of``, ``de``, ``du``...) are removed;
2. **tokens** (conservative): every word of a multi-word synonym, or one of a few
   single *keywords* that name a column on their own (``nationality``,
   ``latitude``, ``passport``...), appears among the header's words, and none of
   the header's other words changes what the column is about (``birth``,
   ``suspect``, ``region``, ``city``...). A header that fits two columns equally
   well is left alone;
3. **keyword rules** (scored like token matches): a header holding a word of each
   of a rule's groups ("tipo"/"type"/"nature" + "delito"/"infraction"/"penal" ->
   ``crime_type``; "auteurs"/"detenidos"/"mis en cause" -> ``n_suspects``), with no
   word that voids the rule and, for some rules, no word outside a short list. French
   "nombre" (a count) and Spanish "nombre" (a name) are told apart by the language of
   the words around it.

Families of wording follow from word groups rather than lists of headers: every
event word of the date synonyms ("constatation", "encounter", "aprehensión"...)
also names the detection country ("Pays de constatation", "Encounter country")
and, as a *coarse* match that loses against any country header, the place
("Lieu de constatation"); "Detected in" / "Interceptado en" name it too; a way
word + a journey word is the transport mode ("Vía de ingreso"); a link word + an
offence word the linked offences ("Related offenses"); both age classes the age
group ("Majeur / Mineur"); a kind of trafficking the exploitation. A date about
the paperwork ("Date of report", "Fecha de registro") loses against any other.

People *apprehended* ("Aprehendidos", "Apprehensions", "Personas aprehendidas")
are migrants for some agencies and suspects for others: such a header is the
count of persons, unless another header of the file names the persons (or a
caller's mapping took ``n_persons``); then it is the count of suspects.

One canonical column takes at most one header: the better match wins (exact
beats tokens, more matched words beat fewer, then the leftmost header); the
other headers stay under their own names. A column recognised as
``route_label`` whose values are lists of countries (``"LBY > ITA"``) becomes
``transit_countries``: see :func:`looks_like_country_lists`.

Why hand-written: header recognition across three languages with these safety
rules is specific to trendlib; no maintained library does it. Folding comes
from :func:`trendlib._text.fold` (ftfy + Unicode decomposition).
"""

from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import pandas as pd

from trendlib._text import COUNTRY_CODE_SUFFIX, fold, looks_like_counts
from trendlib.schema import AGGREGATE_COLUMNS, IDENTIFIER_COLUMNS, RECORD_COLUMNS

__all__ = [
    "CANONICAL_COLUMNS",
    "HeaderMatch",
    "header_key",
    "looks_like_country_lists",
    "match_headers",
]

#: Columns a raw frame may carry under a canonical name (valid mapping targets):
#: the record columns that come from a file, ``coordinates`` ("lat, lon" text),
#: the aggregate and identifier columns. ``record_id``, ``date_precision`` and
#: ``is_duplicate_of`` are made by the cleaner, never read.
CANONICAL_COLUMNS: Final[tuple[str, ...]] = (
    *(c for c in RECORD_COLUMNS if c not in {"record_id", "date_precision", "is_duplicate_of"}),
    "coordinates",
    *AGGREGATE_COLUMNS,
    *IDENTIFIER_COLUMNS,
)


@dataclass(frozen=True)
class _Rule:
    """A keyword rule that names a column.

    The header holds a word of every ``need`` group (as :func:`_tokens` stems
    them) and none of ``unless``. With ``allowed`` set, every
    other word of the header must be one of ``allowed`` too ("Nombre d'auteurs
    interpellés", but not "Nationalité des auteurs"). A ``coarse`` rule names a place
    that may be a town: it loses against any other header of the column.
    """

    need: tuple[frozenset[str], ...]
    allowed: frozenset[str] | None = None
    unless: frozenset[str] = frozenset()
    coarse: bool = False  # loses against any finer match of the column (a place)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class _Column:
    """Synonyms of one canonical column.

    ``synonyms`` match exactly; those of two or more content words also match by the
    token rule. ``keywords`` are single words that name the column inside a longer
    header ("Victim nationality"). ``suspect_role`` columns may contain the suspect
    words that block every other column. ``coarse`` synonyms (a month or year column)
    match exactly too but lose against any other exact synonym of the column.
    """

    synonyms: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    suspect_role: bool = False
    coarse: tuple[str, ...] = ()
    rules: tuple[_Rule, ...] = ()
    # words that make a token match name another column ("Other crime types" are the
    # linked offences, not the crime type)
    unless: frozenset[str] = frozenset()


# Word groups of the keyword rules, as _tokens stems them (plural "s" dropped).
# "type of offence" in three languages: a kind word and an offence word.
_KIND_WORDS: Final = _words(
    "type tipo tipologia typologie typology nature naturaleza category categorie categoria "
    "class classe clase kind qualification calificacion modalidad modalite figura "
    "classification clasificacion"
)
_OFFENCE_WORDS: Final = _words(
    "offence offense crime criminal criminalite delito delictiva delictivo delit infraction "
    "penal penale juridica juridique fait hecho case caso affaire dossier expediente "
    "infraccion"
)
# A law or code and the article of it the facts fall under: "Criminal Law art.",
# "Penal Code section", "Art. CP", "Artículo del Código Penal".
_LAW_WORDS: Final = _words("law code codigo loi ley penal criminal cp stgb statute statutory act")
_ARTICLE_WORDS: Final = _words(
    "art article articulo section sec paragraph paragraphe parrafo provision disposicion"
)
# A coordinate's unit, hemisphere or datum in its header: "Long, deg E", "Long. (W)".
_DEGREE_WORDS: Final = _words(
    "deg degree degre grado decimal dec dd dms e w east west est ouest oeste o wgs84 wgs 84"
)
# Headers about another offence column than the crime type.
_OTHER_OFFENCE: Final = _words(
    "link linked connected connecte conectado conectada "
    "connexe conexo related associated other autre otro otra secondary secondaire "
    "secundario additional lie liee relacionado exploitation explotacion transport transporte "
    "associe associee asociado asociada vinculado vinculada annexe accessoire adicional "
    "supplementaire conexa relacionada secundaria concomitant"
)
# Suspects and facilitators, in the three languages; French/English and Spanish apart
# because French "nombre" is a count and Spanish "nombre" a name.
_SUSPECTS_FR_EN: Final = _words(
    "suspect auteur passeur trafiquant interpelle interpellee interpellation arrestation "
    "arrete arretee arrest arrested detenu prevenu accuse mis mise cause offender "
    "perpetrator facilitator smuggler trafficker defendant accused arrestee charged "
    "coauteur complice accomplice organiser organizer organisateur skipper guide "
    "convicted convict condamne condamnee "
    # the persons exploiting the victims, as a victims' advocate counts them ("No. of
    # Suspected Exploiters")
    "exploiter exploiteur exploiteuse intermediaire intermediary"
)
_SUSPECTS_ES: Final = _words(
    "sospechoso sospechosa autor autore autora detenido detenida imputado imputada "
    "facilitador facilitadore facilitadora sindicado sindicada "
    "investigado investigada acusado acusada traficante tratante procesado procesada "
    "coyote pollero capturado capturada captura arrestado arrestada indiciado indiciada "
    # the Strait's "pasadores" (those who pass migrants across: smugglers)
    "pasador pasadore pasadora "
    # the Darién's and the US border's "guías" / "guides": the smugglers leading a group
    "guia "
    "victimario victimaria organizador organizadore organizadora "
    # the persons convicted: a court or registry counts offenders ("Nº penados")
    "penado penada condenado condenada "
    "explotador explotadore explotadora "
    # the intermediaries who recruit or broker for the exploiters ("¿Cuántas personas
    # explotadoras o intermediarias?", a riders' collective's form)
    "intermediario intermediaria "
    # a financial intelligence report's persons "vinculados" (linked to the operation)
    "vinculado vinculada"
)
_SUSPECT_QUALIFIERS: Final = _words(
    "number personne persona person people individu individuo presume presumed presunto "
    "identified identifie identificado interpelle detenido arrested arrete en apprehended "
    "aprehendido aprehendida capturado capturada individual suspected alleged presumee "
    "presunta supuesto supuesta detained detenu detenue held charged reported signale "
    "denunciado denunciada reportado reportada investigated investigado prosecuted poursuivi "
    # held: "Guías / coyotes retenidos", "Passeurs retenus"; US records' "ARR" (arrested);
    # the Darién's "guías" (guides) beside a suspect word ("Guías" alone may be documents)
    "retenido retenida retenu retenue arr guia "
    # a survey's question: "¿Cuántos guías o coyotes acompañaban al grupo?", "How many
    # smugglers accompanied the group?", "Combien de passeurs accompagnaient le groupe ?"
    "cuanto cuanta how many combien acompanaban acompanaba acompanaron accompanied "
    "accompanying accompagnaient accompagnait accompagnant grupo group groupe "
    # handed over to the border police: "Passeurs présumés remis à la PAF"
    "remis remise paf "
    # "Facilitators named" (in a detainee's account), "Arrested as smugglers"
    "named nomme nommes nombrado nombrados as "
    # South Asia's "agents" (the smugglers' recruiters): "Accused agents"
    "agent "
    # seen from a boat or a post: "Passeurs repérés", "Smugglers spotted", "Pasadores avistados"
    "repere reperee spotted sighted observed observe avistado avistada "
    # involved in the case ("Conductores involucrados", "Drivers involved")
    "involved implique impliquee implicado implicada involucrado involucrada"
)
# "Presuntos responsables", "Responsables présumés", "Alleged responsible persons",
# "Probables responsables": the persons responsible are suspects only when alleged
# ("Responsable du dossier" is the officer in charge).
_RESPONSIBLE: Final = _words("responsable responsible")
# A platform's accounts or profiles (of suspects, counted: "nb_comptes_suspects")
_ACCOUNT_WORDS: Final = _words("account compte cuenta profile profil perfil")
_WORKERS: Final = _words("worker travailleur travailleuse trabajador trabajadore trabajadora")
# Workers or go-betweens a finding is about ("Workers affected", "Intermediarios implicados")
_AFFECTED: Final = _words(
    "affected affectee afectado afectada concerned concerne concernee involved implique "
    "impliquee implicado implicada involucrado involucrada"
)
# A labour recruiter or go-between, counted as a suspect when involved in the case
# ("Labour agents / recruiters involved", "Nb intermédiaires impliqués")
_INTERMEDIARIES: Final = _words(
    "agent agente intermediaire intermediario intermediaria recruiter recruteur recruteuse "
    "reclutador reclutadora enganchador enganchadore"
)
_ALLEGED: Final = _words(
    "presunto presunta presume presumee presumed alleged suspected supuesto supuesta "
    "probable"  # "probable responsable": the Mexican procedure's word for a suspect
)
# Victims and migrants, with the words that qualify a count of them.
_PERSONS_FR_EN: Final = _words(
    "personne person people victim victime migrant individu passager passenger occupant "
    "individual alien noncitizen foreigner etranger pax "
    "tcn "  # EU "third-country nationals" ("No. of TCNs")
    "uda"  # US "undocumented alien" ("UDA_VICTIM_CT")
)
# Persons "detained/identified" by a border guard: the migrants it met (detained alone may
# be the suspects: "Personas detenidas")
_IDENTIFIED_WORDS: Final = _words("identified identifie identifiee identificado identificada")
_DETAINED_WORDS: Final = _words("detained detenu detenue detenido detenida")
_PERSONS_ES: Final = _words(
    "persona victima migrante individuo pasajero ocupante extranjero"
    " persone migranti vittime"  # Italian desks: "N. persone"
)
_PERSON_QUALIFIERS: Final = _words(
    # a news desk's "cifra de personas" / "chiffre des personnes" (the figure)
    "cifra chiffre "
    # a financial report's migrants "asociados" / "associated" with the transactions
    "asociado asociada associated associe associee "
    "number identified identifie identifiee identificado identificada rescued rescue "
    "rescatado rescatada secourue intercepted interceptee interceptado interceptada "
    "detected detectee detectado detectada involved implique impliquee implicado implicada "
    "involucrado involucrada "
    # a ride-share platform's passengers carried ("Personas transportadas")
    "transported transportee transporte transportado transportada "
    "concerned concernee afectado afectada smuggled trafficked irregular irreguliere "
    "irregulier presumed presumee presunta presunto potential possible intercepte secouru "
    "secourue detecte implique concerne apprehended aprehendido aprehendida encountered "
    "interceptado interceptada "
    # coast guards: "Persons interdicted" (stopped at sea)
    "interdicted "
    # registration and reception services: "Persons registered", "Personas registradas"
    "registered enregistre enregistree registrado registrada recorded recense recensee "
    # security and search logs: "Persons found", "Personnes trouvées", "Personas halladas"
    "found trouve trouvee encontrado encontrada hallado hallada localizado localizada located "
    # humanitarian reports: "People affected", "Personnes affectées", "Personas afectadas"
    "affected affectee afectado afectada "
    # persons on board ("Personas a bordo", "Persons on board", "Personnes à bord")
    "bordo board bord "
    # a platform's escalation or a hotline's referral: "persons_referenced", "Persons
    # referred", "Personnes signalées", "Personas referidas"
    "referenced referred referido referida signale signalee"
)
# Words for people apprehended ("Aprehendidos", "Apprehensions", "Personas aprehendidas"):
# migrants or suspects depending on the agency. Alone (or with only generic person and
# count words) such a header is the count of persons, unless the file has another
# header naming the persons (migrants, victims, "Cantidad de personas"): then it counts
# the suspects (see :func:`match_headers`).
_APPREHENDED: Final = _words(
    "aprehendido aprehendida apprehended apprehension aprehensione aprehension"
)
# Migrants "interpellés", "arrêtés", "detenidos": the persons the case is about, as
# police count them (intercepted), not suspects, when nothing names a smuggler.
_MIGRANT_WORDS: Final = _words("migrant migrante inmigrante immigrant clandestin")
_HELD_WORDS: Final = _words(
    "interpelle interpellee arrete arretee detenido detenida arrested detained intercepted "
    "intercepte interceptee interceptado interceptada aprehendido aprehendida"
)
_GENERIC_PERSONS: Final = _words(
    "number personne persona person people individu individuo individual total"
)
# "Place of origin": a place may be a town; such headers lose against a country header.
_ORIGIN_PLACES: Final = (
    "lugar de origen", "lugar de procedencia", "lieu d'origine", "lieu de provenance",
    "place of origin", "point of departure", "lieu de depart", "lugar de salida",
    "punto de partida", "punto de salida",
)  # fmt: skip
# "Means of entry", "Vía de ingreso", "Mode de déplacement": a way word + a journey word.
_WAY_WORDS: Final = _words(
    "mode modo mean moyen medio via voie way method methode metodo forma vecteur vector manner"
)
_JOURNEY_WORDS: Final = _words(
    "entry entree entrada ingreso llegada arrival arrivee travel voyage viaje deplacement "
    "desplazamiento locomotion crossing franchissement cruce acheminement traslado conveyance "
    "journey trajet trayecto passage paso movement mouvement movimiento "
    # "Medio de movilización", "Mode de mobilité": how the persons were moved
    "movilizacion mobilisation mobilization movilidad mobilite mobility"
)
# How the persons travelled, asked as a question (a form's or a log's header)
_HOW_WORDS: Final = _words("how como comment")
_TRAVEL_VERBS: Final = _words(
    "travel travelling traveling travelled traveled arrive arrived arriving came come "
    "llego llegaron llegar viajo viajaron viajar vino vinieron cruzo cruzaron "
    "arrive arrives arrivee arrivees arrivait arrivaient venu venus venue venues voyage "
    "voyageait voyageaient"
)
_HOW_FILLERS: Final = _words(
    "did do does they he she it person persons people were was ils elles il elle sont est "
    "etait etaient se the group grupo groupe la el los las persona personas personne "
    "personnes migrant migrants migrante migrantes victim victims victima victimas victime "
    "victimes"
)
# "Modus (sea / land / air)", "Mode (mer / terre / air)", "Vía (marítima / terrestre)": a
# header that lists the kinds of crossing names the transport mode. A sea word and a
# land or air word, with nothing but way words besides.
_SEA_WORDS: Final = _words("sea mer mar maritime maritima maritimo marine boat bateau barco")
_LAND_AIR_WORDS: Final = _words(
    "land terre tierra terrestre air aire aerien aerienne aereo aerea road route carretera "
    "rail ferroviaire ferroviario"
)
# "Majeur / Mineur", "Adult/Child", "Mayor o menor de edad": both age classes named.
# with the abbreviations forms use: "Maj./Min.", "Adult/Juv", "May./Men."
_ADULT_WORDS: Final = _words("majeur majeure adult adulte adulto adulta mayor maj may")
_MINOR_WORDS: Final = _words(
    "mineur mineure minor child enfant menor nino nina juvenile min juv men"
)
# "Trafficking type", "Forme de traite", "Finalidad de la trata": the kind of trafficking
# is the form of exploitation (the crime type would not need a "kind").
_TRAFFICKING_WORDS: Final = _words("trafficking traite trata")
_FORM_WORDS: Final = _words(
    "type tipo forme forma form modalidad modalite nature naturaleza finalidad finalite "
    "purpose fin category categorie categoria kind"
)
# "Related offenses", "Delitos asociados", "Infractions annexes": a link word + an offence
# word (the same link words keep these headers from being the crime type).
_LINK_WORDS: Final = _words(
    "link linked connected connecte conectado conectada "
    "connexe conexo conexa related associated associe associee asociado asociada "
    "vinculado vinculada other autre otro otra secondary secondaire secundario secundaria "
    "additional adicional supplementaire lie liee relacionado relacionada annexe accessoire "
    "concomitant concurrent "
    # "Co-occurring crimes" (US hotlines and case systems)
    "occurring cooccurring"
)
_LINKED_OFFENCE_WORDS: Final = _words(
    "offence offending crime delito delit infraction charge cargo ilicito "
    # Belgian French "prévention": the charge ("Préventions connexes")
    "prevention"
)
# Words of dates that are not the event's: when the event was reported, keyed in or
# exported. Such a header is an event date only when nothing better is there.
_ADMIN_DATE_WORDS: Final = _words(
    "report reporting registration registro enregistrement saisie creation creacion "
    "extraction export transmission update actualizacion modification modificacion "
    "mise jour entered capture signalement notification denuncia plainte"
)
_REPORTING_COUNTRY: Final = re.compile(
    r"^(?:reporting (?:country|state|ms|member state)|pays declarant|pais declarante"
    r"|country reporting|etat membre declarant|estado miembro declarante"
    # an EU desk's "Member State": the state where the case was met (or, beside a
    # detection country, the one reporting it)
    r"|member state|etat membre|estado miembro)$"
)
# Arriving or landing: "País de llegada", "Pays d'arrivée", "Country of disembarkation".
_ARRIVAL_WORDS: Final = _words(
    "arrival arrivee llegada arribo desembarco disembarkation landing debarquement"
)
# Words for "country" (as :func:`_tokens` stems them: "pays" -> "pay", "país" -> "pai").
_COUNTRY_WORDS: Final = frozenset({"country", "pay", "pai"})
# "País donde se detectó", "Pays où les faits ont été constatés", "Country where the
# migrants were intercepted": a country word + a participle of the event (+ "where").
# The participles are stemmed like header words ("detected" -> "detection").
_WHERE_WORDS: Final = _words("where donde")
_EVENT_PARTICIPLES: Final = _words(
    "detected intercepted apprehended encountered arrested rescued found identified stopped "
    "located discovered occurred happened committed "
    "detecte detectee constate constatee intercepte interceptee interpelle interpellee "
    "secouru secourue decouvert decouverte arrete arretee localise localisee survenu "
    "survenue commis commise identifie identifiee repere reperee "
    "detectado detectada detecto detectaron interceptado interceptada intercepto "
    "interceptaron aprehendido aprehendida aprehendio rescatado rescatada localizado "
    "localizada ocurrio ocurrieron sucedio capturado capturada detenido detenida "
    "identificado identificada hallado hallada encontrado encontrada cometio cometido "
    # as header words are stemmed: "detected" -> "detection", "commis" -> "commi"
    "detection encounter commi "
    # the present tense forms write: "País donde se detecta", "Pays où l'on intercepte"
    "detecta detectan intercepta interceptan localiza "
    # a survey form's question in the past tense: "¿En qué país los detuvieron o
    # rescataron?", "Dans quel pays ont-ils été arrêtés ?"
    "detuvieron detuvo rescataron rescato encontraron interceptaron "
    # a medical examiner's or a forensic institute's finding of remains: "Recovery
    # Country", "País hallazgo", "País donde se halló"
    "recovery recovered hallazgo hallo recupere recuperee recuperado recuperada "
    # an inspectorate's inspection: "Estado de la inspección", "Country of inspection"
    "inspection inspected inspeccion inspeccionado inspeccionada inspecte inspectee"
)
# Words that may sit around them ("where the migrants were first intercepted").
_WHERE_FILLERS: Final = _WHERE_WORDS | _words(
    "se fue fueron was were been has have ha han ont ete sido it first premier premiere "
    "primero primera fait hecho case caso incident incidente event evenement evento "
    "migrant migrante victim victime victima person personne persona people individu "
    "group groupe grupo boat bateau embarcacion vessel "
    # the words of a question ("In which country were they stopped?", "¿En qué país los
    # detuvieron?", "Dans quel pays ont-ils été secourus ?")
    "which what que quel quelle did they them ils elles dans"
)
# A survey form's questions about where the persons set out from and where they were
# going ("¿De qué país salieron?", "Which country did they leave from?", "De quel pays
# sont-ils partis ?"; "¿A qué país iban?", "Which country were they going to?", "Vers
# quel pays allaient-ils ?"): a country word, a verb of leaving or going, question words.
_LEAVE_VERBS: Final = _words(
    "leave left depart departed set salieron salio salir partieron partio vinieron venian "
    "partis parti partie parties partir venus venu"
)
_GO_VERBS: Final = _words(
    "going go went heading headed iban iba van ir dirigian querian allaient allait vont aller "
    "alle allons"
)
_QUESTION_FILLERS: Final = _words(
    "which what que quel quelle did do they them ils elles were was sont etaient ont from "
    "out vers hacia intended want wanted queria querian voulaient"
)
# Places that may be towns: a "where" header naming one is coarse ("Lugar donde fue
# interceptado"); a bare "where" too ("Where intercepted").
_WHERE_PLACES: Final = _words(
    "place lieu lugar location localisation localizacion ubicacion where donde"
)


# Synonyms are written as people write headers; they are folded like headers.
# fmt: off
_SYNONYMS: Final[dict[str, _Column]] = {
    "event_date": _Column(
        (
            "date", "event date", "date of event", "date of detection", "detection date",
            # SDMX / Eurostat: the observation's time period ("TIME_PERIOD")
            "time period",
            "date detected", "incident date", "date of incident", "date of interception",
            "interception date", "date of arrest", "arrest date", "date of the facts",
            "date de detection", "date de l'incident", "date de l'interception",
            "date d'interception", "date des faits", "date de l'evenement", "date de l'arrestation",
            "date d'interpellation", "fecha", "fecha de deteccion", "fecha del incidente",
            "fecha de interceptacion", "fecha de intercepcion", "fecha de los hechos",
            "fecha del evento", "fecha de detencion", "date of apprehension", "apprehension date",
            "date of rescue", "rescue date", "date de sauvetage", "fecha de rescate",
            "date of disembarkation", "disembarkation date", "date de debarquement",
            "fecha de desembarco", "date of identification", "identification date",
            "date d'identification", "fecha de identificacion",
            # police wording: "constatation", "encounter" (US CBP), "aprehensión" (Panama,
            # Mexico), "captura" (Colombia), "interdiction" (US Coast Guard); each also
            # names the detection country ("Pays de constatation", "Encounter country")
            # the police procedure or operation ("País del procedimiento" follows)
            "fecha del procedimiento", "date de la procedure", "date of the procedure",
            "date de constatation", "date de la constatation", "date of encounter",
            "encounter date", "fecha de aprehension", "fecha de la aprehension",
            "fecha del hecho", "fecha de captura", "date of interdiction",
            # a press or incident log's "suceso" (the occurrence): "Fecha del suceso"
            "fecha del suceso", "fecha suceso",
            "interdiction date", "fecha de interdiccion", "date of occurrence",
            "occurrence date", "fecha de ocurrencia", "date de survenance",
            "date de l'infraction", "fecha de la infraccion", "date of offence",
            "offence date", "fecha de comision", "fecha de la detencion",
            # "constat": the police finding (Swiss, Belgian, West African French)
            "date du constat", "date de constat",
            # a police "intervention" (Peru, Spain, France): names the country too
            "fecha de intervencion", "fecha de la intervencion", "date d'intervention",
            "date de l'intervention", "date of intervention",
            # an inspector's or officer's "actuación" (Spain): the act that found the case
            "fecha de actuacion", "fecha de la actuacion",
            # an NGO's or outreach team's "repérage" (spotting a possible victim)
            "date de reperage", "date du reperage",
        ),
        keywords=(
            "date", "fecha",
        ),
        coarse=(
            "month", "year", "period", "reporting period", "mois", "annee", "periode", "mes", "ano",
            "periodo",
        ),
    ),
    "nationality": _Column(
        (
            "nationality", "citizenship", "nat", "nac", "nationalite", "citoyennete",
            "nacionalidad", "nationalities", "nationalites", "nacionalidades",
            "ciudadania",
            # Eurostat / SDMX dimension "citizen" (the persons' citizenship)
            "citizen",
        ),
        keywords=(
            "nationality", "citizenship", "nationalite", "nacionalidad", "ciudadania",
        ),
    ),
    "origin_country": _Column(
        (
            "country of origin", "origin country", "origin", "country of departure",
            "departure country", "pays d'origine", "pays de provenance", "pays de depart",
            "origine", "pais de origen", "pais de procedencia", "pais de salida", "origen",
            "procedencia", "provenance", "country of provenance", "pays d'embarquement",
            "pais de embarque", "country of embarkation", "embarkation country",
            # the "source, transit and destination countries" of trafficking reports
            "source country", "country of source", "pays source", "pais de fuente",
            # database fields "country_from" / "from_country"
            "country from", "from country",
            # a detention screening's "Country of Birth" (beside the citizenship)
            "country of birth", "birth country", "pays de naissance", "pais de nacimiento",
            # where the persons set out from ("Departed from"; a news desk's "From")
            "departed from", "departing from", "country departed from", "departure from",
            "from", "coming from", "came from",
            # news desks' "Home country" (of the persons)
            "home country", "country of home", "pays natal", "pais natal",
            "pays de depart des migrants", "pays d'origine des victimes",
        ),
        keywords=(
            "origin", "origine", "origen", "procedencia", "provenance",
        ),
        rules=(
            # a survey form's question: "¿De qué país salieron?"
            _Rule((_COUNTRY_WORDS, _LEAVE_VERBS), allowed=_QUESTION_FILLERS),
        ),
        coarse=_ORIGIN_PLACES,
    ),
    "destination_country": _Column(
        (
            "country of destination", "destination country", "destination", "intended destination",
            "pays de destination", "pais de destino", "destino",
            # Italian desks: "Destinazione (dichiarata)", "Paese di destinazione"
            "destinazione", "destinazione dichiarata", "paese di destinazione",
            # survey forms: the country the persons intend to reach ("country_intended")
            "country intended", "intended country", "country of intended destination",
            "pays vise", "pais previsto",
            # where a group was heading ("Heading to", "Bound for")
            "heading to", "headed to", "heading for", "bound for",
            # a humanitarian log's question: where the group wants to go ("wants_to_go")
            "wants to go", "wants to go to", "wanted to go", "wanted to go to", "wish to go",
            "wishes to go", "veut aller", "souhaite aller", "quiere ir", "quiere ir a",
        ),
        keywords=(
            "destination", "destino",
        ),
        rules=(
            # a survey form's question: "¿A qué país iban?" (not an IBAN)
            _Rule((_COUNTRY_WORDS, _GO_VERBS), allowed=_QUESTION_FILLERS),
        ),
    ),
    "detection_country": _Column(
        (
            "country of detection", "detection country", "country of incident", "incident country",
            # Italian desks: "Paese (di) rilevamento"
            "paese rilevamento", "paese di rilevamento", "paese del rilevamento",
            "stato rintraccio", "stato di rintraccio", "paese di rintraccio",  # where traced
            # the state (country) that detected it, as a regional body's database names it
            "detection state", "detecting state", "state of detection",
            "country of interception", "interception country", "country where detected",
            # where the persons were seized or arrested ("Country of Seizure", Gulf police)
            "country of seizure", "seizure country", "country of arrest", "pays de saisie",
            "pays d'interpellation", "pais de aprehension", "pais de detencion",
            # the state whose officers intercepted the persons ("Intercepting State")
            "intercepting state", "intercepting country", "state of interception",
            "detecting state", "detecting country",
            # a case compilation's "jurisdiction of detection" (FATF typologies: a country)
            "jurisdiction of detection", "detection jurisdiction", "detecting jurisdiction",
            "juridiction de detection", "jurisdiccion de deteccion",
            # the state whose officers apprehended the persons ("Apprehending country")
            "apprehending country", "apprehending state", "country of apprehension",
            "arresting country", "arresting state", "pays d'apprehension",
            # where the facts were found ("État de constatation", Swiss federal police)
            "etat de constatation", "pays de constatation", "lieu de constatation pays",
            "location country", "pays de detection", "pays de l'incident", "pays d'interception",
            "pays de l'interception", "pais de deteccion", "pais del incidente",
            "pais de interceptacion", "pais de intercepcion", "country encountered",
            "pays ou les faits ont ete constates", "pais donde ocurrieron los hechos",
            # where the persons were located ("País de localización")
            "pais de localizacion", "pays de localisation", "country of location",
            # where the case was recorded ("País donde se registra", a field survey's)
            "pais donde se registra", "pais donde se registro", "pais donde se registraron",
            "country where recorded", "pays ou enregistre",
            # where the persons were identified ("País donde se identificó")
            "pais donde se identifico", "pais donde se identificaron", "pais donde se identifica",
            "country where identified", "pays ou identifie", "pays ou identifies",
            # Latin: the place of the offence ("Locus delicti"), as lawyers' forms write it
            "locus delicti", "locus commissi delicti",
            # a police message digest's "locus_country" (the locus: where the offence was)
            "locus", "locus country", "country of locus", "locus delicti country",
            # a humanitarian survey's administrative level 0 (OCHA's common operational
            # datasets): the country of the place ("admin0_pcode", "adm0_name")
            "admin0", "admin0 pcode", "admin0 name", "admin0 code", "adm0", "adm0 pcode",
            "adm0 name", "adm0 code", "adm0 en",
            # a survey's location group: "ubicacion/pais" (the country of the place)
            "ubicacion pais", "pais de ubicacion", "pais ubicacion", "localisation pays",
            # a rescue's place of safety (its country: where the survivors disembarked)
            "place of safety country", "country of place of safety", "pos country",
            "disembarkation country", "country of disembarkation", "pays de debarquement",
            "pais de desembarco", "pais de desembarque",
            # an embassy's or consulate's reports: the "host country" of the post
            "host country", "pays hote", "pais anfitrion", "pais sede", "pais receptor",
            # a Frontex joint operation's "host MS" (host Member State): where it ran
            "host ms", "host member state", "etat membre hote", "estado miembro de acogida",
            # a military or liaison office's "Host Nation" (the state the base is in)
            "host nation", "nation hote", "nacion anfitriona", "pais huesped",
            # an EU body's "MS of detection" (the Member State that detected it)
            "ms of detection", "member state of detection", "etat membre de detection",
            "estado miembro de deteccion", "ms detection", "detecting ms",
            "detecting member state",
            # a maritime crosspoint's "Coastal State": the state off whose coast it happened
            "coastal state", "etat cotier", "estado costero", "estado ribereno",
        ),
        rules=(
            # "País donde se detectó", "Country where the migrants were intercepted"
            _Rule((_COUNTRY_WORDS, _WHERE_WORDS, _EVENT_PARTICIPLES), allowed=_WHERE_FILLERS),
            # "Pays où constaté" ("où" is a stop word: "ou" is also "or")
            _Rule((_COUNTRY_WORDS, _EVENT_PARTICIPLES), allowed=_WHERE_FILLERS),
            # "Lugar donde fue interceptado", "Where intercepted": maybe a town
            _Rule((_WHERE_PLACES, _EVENT_PARTICIPLES), allowed=_WHERE_FILLERS, coarse=True),
        ),
        # the country where the case was recorded (a monitoring desk, a registration
        # point): where it was met, unless another header names that
        coarse=(
            "pais de registro", "pays d'enregistrement", "country of registration",
            "registration country", "country of record", "pais donde se registro",
            # a port's security desk: the country of the port where the persons were found
            "port country", "country of port", "pays du port", "pais del puerto",
            # health and social services: where the persons were taken into care ("Pays
            # de PEC", prise en charge)
            "pays de prise en charge", "pays de pec", "pais de atencion", "country of care",
            # an island (of arrival): a place, read with its country
            "isla", "island", "ile", "isla de llegada", "island of arrival", "ile d'arrivee",
            # a national office's province or a prefecture's commune (of the event), read
            # with its country ("Huelva", "Gravelines (59)")
            "provincia", "province", "commune", "commune lieu", "municipio",
            # a spotter plane's log: where the boat's persons disembarked ("Lampedusa, Italy")
            "disembarked", "disembarked at",
        ),
    ),
    "transit_countries": _Column(
        (
            "transit countries", "transit country", "countries of transit", "transit",
            "pays de transit", "paises de transito", "pais de transito", "transito",
            "countries crossed", "countries traversed", "pays traverses", "paises recorridos",
            "paises atravesados", "pays de passage", "paises de paso", "stopovers", "layovers",
            "escales", "escalas", "transit points", "points de transit", "puntos de transito",
            "itinerary countries", "route countries", "pays de l'itineraire",
            "countries transited", "pays transites", "paises transitados",
            # "route_via", "transit via": the countries a route goes through
            "route via", "transit via", "via countries",
            # "Routed through", "Passed through": the countries between
            "routed through", "routed via", "route through", "passed through",
            "ruta paises", "paises ruta", "ruta de paises", "route pays", "pays de la route",
            "transited through", "travelled through", "traveled through",
            # a humanitarian log's "came_via": the countries the group came through
            "came via", "came through", "travelled via", "traveled via", "arrived via",
            # a rescued boat's country of departure is a country of the journey, not of
            # the persons (who come from further away): "Pays de départ de l'embarcation"
            "pays de depart de l'embarcation", "pays de depart du bateau",
            "pays de depart de l'embarcation (selon les rescapes)",
            "pais de salida de la embarcacion", "pais de salida del barco",
            "boat departure country", "country of departure of the boat",
            "departure country of the boat", "boat's country of departure",
        ),
        keywords=(
            # the participles too: "Countries transited", "Pays transités", "Transitados"
            "transit", "transito", "transited", "transites", "transitados", "transitadas",
        ),
    ),
    "route_label": _Column(
        (
            "route", "migration route", "migratory route", "route name", "itinerary", "corridor",
            "route migratoire", "itineraire", "parcours", "ruta", "ruta migratoria", "itinerario",
            "corredor",
            # a health or social service's "Parcours migratoire" (the journey: countries)
            "parcours migratoire", "trajet migratoire", "recorrido migratorio",
            "trayecto migratorio", "migration journey", "migratory journey",
        ),
    ),
    "n_persons": _Column(
        (
            "number of persons", "number of people", "number of victims", "number of migrants",
            # SDMX / Eurostat: the observation's value ("OBS_VALUE"), a count of persons
            "obs value", "observation value",
            "persons", "people", "victims", "migrants", "total persons", "total victims",
            "nombre de personnes", "nombre de victimes", "nombre de migrants", "nb personnes",
            "nb victimes", "personnes", "victimes", "numero de personas", "numero de victimas",
            "numero de migrantes", "cantidad de personas", "cantidad de victimas", "personas",
            "victimas", "migrantes", "victimes identifiees", "victimas identificadas",
            "identified victims", "migrants intercepted", "personnes interceptees", "pax",
            "nb pax", "passagers", "pasajeros", "passengers",
            # Mexican prosecutors' "agraviados" (the persons wronged)
            "agraviados", "total agraviados", "numero de agraviados", "personas agraviadas",
            # a shelter's or patrol's group met ("Group size", "Tamaño del grupo")
            "group size", "size of group", "party size", "tamano del grupo",
            "tamano de grupo", "taille du groupe",
            # (not "people in the group": survey tools name a group of questions "grp_people",
            # and its "group_sex" is no count)
            "personas en el grupo", "personas del grupo", "personnes du groupe",
            "personnes dans le groupe",
            # "people_in_group" as a whole header only: written as one word, these match
            # the header's letters and never a longer header by their words
            "peopleingroup", "personsingroup",
            # a screening log's "# in Group", a casework sheet's "No. in group"
            "ingroup", "noingroup", "numberingroup", "nbingroup",
            # shelters and health or social services: the persons they attended
            "personas atendidas", "persons assisted", "persons attended", "people assisted",
            "personnes prises en charge", "personnes accueillies", "personas asistidas",
            "pob",  # persons on board (search-and-rescue and coast-guard logs)
            "personas interceptadas", "personas rescatadas", "effectif", "headcount",
            # a rescue log's survivors ("Survivors", "Personnes secourues", "Rescatados")
            "survivors", "persons rescued", "people rescued", "rescued", "rescapes",
            "personnes secourues", "rescatados", "supervivientes", "sobrevivientes",
            # US CBP counts migrants as "encounters"
            "encounters", "number of encounters", "individuals", "number of individuals",
        ),
        rules=(
            _Rule((_PERSONS_FR_EN | _PERSONS_ES,), allowed=_PERSON_QUALIFIERS),
            _Rule(
                (_PERSONS_FR_EN | _PERSONS_ES, _IDENTIFIED_WORDS, _DETAINED_WORDS),
                allowed=_PERSON_QUALIFIERS | _DETAINED_WORDS,
            ),
            # French "Nombre de victimes" is a count; Spanish "Nombre de víctimas" a name.
            _Rule((frozenset({"nombre"}), _PERSONS_FR_EN), allowed=_PERSON_QUALIFIERS),
            # the workers counted by a labour or site inspection ("Nº trabajadores
            # afectados", "Number of workers affected", "Nb de travailleurs concernés")
            _Rule((frozenset({"number"}), _WORKERS), allowed=_PERSON_QUALIFIERS),
            _Rule((_WORKERS, _AFFECTED), allowed=_PERSON_QUALIFIERS),  # "Workers affected"
            _Rule(
                (frozenset({"nombre"}), _words("travailleur travailleuse")),
                allowed=_PERSON_QUALIFIERS,
            ),
        ),
        # a police statistics export's bare "CANTIDAD" (Colombia's SIEDCO): the count of
        # the record, when no header of the file names the persons
        coarse=("cantidad", "quantity", "quantite"),
    ),
    "n_suspects": _Column(
        (
            "number of suspects", "suspects", "suspects arrested", "number of arrests", "arrests",
            "facilitators", "number of facilitators", "offenders", "perpetrators", "traffickers",
            "smugglers", "nombre de suspects", "suspects arretes", "nombre d'arrestations",
            "arrestations", "passeurs", "trafiquants", "auteurs", "numero de sospechosos",
            "sospechosos", "sospechosos detenidos", "detenidos", "traficantes", "tratantes",
            "mis en cause", "personnes mises en cause", "nombre de mis en cause", "autores",
            "imputados", "investigados", "personas detenidas", "personnes interpellees",
            "interpellations", "nombre d'auteurs", "gardes a vue", "arrested persons",
            "interpelles", "nombre d'interpelles", "capturas", "capturados", "arrestees",
            "persons charged", "charged", "indiciados", "personas capturadas",
            # a smuggling run's drivers held (a fleet or transport operator's log)
            "drivers detained", "drivers arrested", "drivers held", "chauffeurs interpelles",
            "chauffeurs arretes", "conductores detenidos", "choferes detenidos",
            # a ride-share platform's drivers involved in a report
            "drivers involved", "chauffeurs impliques", "conducteurs impliques",
            "conductores involucrados", "conductores implicados", "choferes involucrados",
            # Río de la Plata "indagados" (questioned as suspects), "procesados" (charged),
            # Chilean "formalizados" (formally charged)
            "indagados", "procesados", "formalizados",
            # "presuntos infractores" (alleged offenders)
            "infractores", "presuntos infractores", "infractores detenidos",
            # investigators' "persons of interest"; recruiters' "agents / intermédiaires"
            "persons of interest", "person of interest", "number of persons of interest",
            "agents intermediaires", "intermediaires", "nb agents intermediaires",
            "intermediarios", "agentes intermediarios",
            # a press observatory's "num_presuntos": the alleged offenders, their noun
            # left out (presumed victims are "presuntas víctimas")
            "presuntos", "num presuntos", "numero de presuntos", "nb presuntos",
            # UK police "nominals": the persons recorded against a crime ("Suspect nominals")
            "suspect nominals", "nominals", "number of nominals", "nominals arrested",
            # the Philippines' and other common-law complaints: the "respondents" (accused)
            "respondents", "number of respondents", "respondents charged",
            # the smugglers or facilitators a group met ("Smugglers involved")
            "smugglers involved", "facilitators involved", "traffickers involved",
            "passeurs impliques", "traficantes involucrados",
            # a financial-intelligence unit's "implicados" (the persons implicated)
            "implicados", "numero de implicados", "cantidad de implicados",
        ),
        suspect_role=True,
        rules=(
            _Rule((_SUSPECTS_FR_EN | _SUSPECTS_ES,), allowed=_SUSPECT_QUALIFIERS),
            # French "Nombre d'auteurs" is a count; Spanish "Nombre del autor" a name.
            _Rule((frozenset({"nombre"}), _SUSPECTS_FR_EN), allowed=_SUSPECT_QUALIFIERS),
            # US investigators' "subjects": counted ("num_subjects", "No. of subjects") or
            # qualified ("Subjects arrested"); "Subject" alone may be a title
            _Rule((frozenset({"number"}), _words("subject")), allowed=_SUSPECT_QUALIFIERS),
            _Rule(
                (_words("subject"), _SUSPECT_QUALIFIERS - frozenset({"number"})),
                allowed=_SUSPECT_QUALIFIERS,
            ),
            _Rule((_RESPONSIBLE, _ALLEGED), allowed=_SUSPECT_QUALIFIERS),
            # the "responsables" counted or identified ("Nº responsables identificados", a
            # sector fund's); "Responsable" alone is a case officer's column
            _Rule((frozenset({"number"}), _RESPONSIBLE), allowed=_SUSPECT_QUALIFIERS),
            _Rule((_RESPONSIBLE, _IDENTIFIED_WORDS), allowed=_SUSPECT_QUALIFIERS),
            # a social audit's recruiters or go-betweens involved in a finding; "Agent"
            # alone is an officer
            _Rule(
                (_INTERMEDIARIES, _AFFECTED),
                allowed=_SUSPECT_QUALIFIERS | _INTERMEDIARIES | _words("labour labor"),
            ),
        ),
    ),
    "crime_type": _Column(
        (
            "crime type", "type of crime", "crime", "offence", "offense", "type of offence",
            "reato", "tipo reato", "tipo di reato",  # Italian
            "offence type", "crime category", "type d'infraction", "infraction",
            "qualification",  # French police: the legal qualification of the facts
            # Interpol's and Europol's "crime area(s)" (THB, migrant smuggling...)
            "crime area", "criminal area", "crime domain", "domaine de criminalite",
            "domaine criminel", "area delictiva", "ambito delictivo",
            "nature de l'infraction", "tipo de delito", "delito", "tipo penal",
            "tipologia delictiva", "figura delictiva", "calificacion juridica",
            "calificacion penal", "qualification penale", "qualification juridique",
            "legal qualification", "legal classification", "qualification of the offence",
            "nature des faits", "categorie d'infraction", "offence category", "case type",
            "type of case", "tipo de caso", "type d'affaire", "modalidad delictiva",
            "hecho delictivo", "naturaleza del delito", "crime classification",
            "main offence", "infraction principale", "delito principal", "type of crime detected",
            # US prosecutors' and courts' "(lead) charge": the offence the case is brought for
            # ("main" and "primary" are stop words: "Main charge" is "Charge")
            "charge", "lead charge", "main charge", "top charge", "most serious charge",
            # US: the statute violated ("Primary violation"); a case's "typology"
            "violation", "primary violation", "lead violation", "tipologia", "typologie",
            "violation category", "violation cat", "violation type",
            "typology",
            # court dockets: the statute charged ("statute": "8 U.S.C. § 1324")
            "statute", "statute charged", "statutes charged", "statute violated",
            "charging statute", "offense statute", "offence statute",
            "charge principale", "chef d'accusation principal",
            # Spanish "tipificación" (penal): the legal classification of the facts
            "tipificacion", "tipificacion penal", "tipificacion del delito", "tipificacion legal",
            # Europol / ICMPD: the crime "phenomenon" (THB, SoM)
            "phenomenon", "crime phenomenon", "phenomene", "phenomene criminel", "fenomeno",
            "fenomeno delictivo",
            # the legal qualification retained ("Qualification retenue")
            "qualification retenue", "calificacion retenida", "qualification juridique retenue",
            # French-speaking police records: the "fait" (offence) and its "libellé"
            "fait", "fait libelle", "libelle du fait", "nature du fait",
            # Paraguay's penal code: "hecho punible" (the punishable act)
            "hecho punible", "hecho punible principal",
        ),
        rules=(
            _Rule((_KIND_WORDS, _OFFENCE_WORDS), unless=_OTHER_OFFENCE),
            # the article of a law or code ("Criminal Law art.", "Art. CP"): the crime
            # unless another header names it ("Offence" beside "Penal Code art.")
            _Rule(
                (_LAW_WORDS, _ARTICLE_WORDS),
                allowed=_LAW_WORDS | _ARTICLE_WORDS | _words("number applicable applied"),
                unless=_OTHER_OFFENCE,
                coarse=True,
            ),
            # "Incident type", "Type d'incident", "Tipo de incidente": the kind of event
            # a police or protection log records is its crime
            _Rule((_KIND_WORDS, _words("incident incidente")), unless=_OTHER_OFFENCE),
            # "Infraction constatée", "Delito cometido", "Offence committed"
            _Rule(
                (_OFFENCE_WORDS - _words("case caso affaire dossier expediente fait hecho"),),
                allowed=_words(
                    "committed commise commis cometido recorded constatee constate detected "
                    "detectado detectee registrado enregistree investigated investigado "
                    "imputado reported signale denunciado "
                    # "Offence (legal basis)", "Infraction (fondement juridique)",
                    # "offence_act_section" (the act and section charged)
                    "legal basis base juridica juridique fondement article articulo "
                    "act section law code statute"
                ),
            ),
        ),
        # the legal provision the facts fall under ("Legal basis", "Base légale"): the
        # crime, unless another header names it ("Offence" beside "Legal basis")
        coarse=(
            "legal basis", "base legale", "base legal", "base juridica", "base juridique",
            "fondement juridique", "fondement legal", "legal provision", "legal reference",
            "disposition legale", "referencia legal",
        ),
        unless=_OTHER_OFFENCE,
    ),
    "exploitation": _Column(
        (
            "form of exploitation", "type of exploitation", "exploitation type", "exploitation",
            "exploit", "exploit type",  # abbreviated ("exploit", "exploit_type")
            "purpose of exploitation", "forme d'exploitation", "type d'exploitation",
            "purpose", "finalite", "finalidad", "fines de explotacion",
            "forma de explotacion", "tipo de explotacion", "explotacion",
            "modalidad de explotacion", "finalidad de la explotacion",
        ),
        keywords=(
            "exploitation", "explotacion",
        ),
        rules=(
            _Rule((_FORM_WORDS, _TRAFFICKING_WORDS), allowed=_words("human humain ser humano")),
        ),
        # US: the trafficking-in-persons category ("TIP category", "TIP type"); a hotline's
        # "tipCategory" is its tip's category (the crime), so it loses against a plain
        # exploitation header beside it ("exploitationType")
        coarse=("tip category", "tip type", "tip form"),
    ),
    "gender": _Column(
        (
            "sex", "gender", "sexe", "genre", "sexo", "genero",
        ),
        keywords=(
            "sex", "gender", "sexe", "sexo", "genero",
        ),
    ),
    "age_group": _Column(
        (
            "age group", "age", "age category", "tranche d'age", "groupe d'age", "categorie d'age",
            "edad", "edades", "grupo de edad", "grupo etario", "rango de edad", "rango etario",
            "franja etaria", "age band", "age range", "age bracket", "classe d'age",
            "ciclo vital", "ciclo de vida",  # Colombia: stage of the life cycle
            # US CBP's "Demographic": single adults, family units (FMUA), UC / UAC
            "demographic", "demographics", "demographic group", "demographic category",
            # airlines' passenger type codes (ADT adult, CHD child, INF infant, UM minor)
            "pax type", "passenger type", "type de passager", "tipo de pasajero",
        ),
        keywords=(
            "age", "edad", "etario", "etaria",
        ),
        rules=(
            _Rule((_ADULT_WORDS, _MINOR_WORDS), allowed=_words("edad age or ou o")),
        ),
    ),
    "transport_mode": _Column(
        (
            "transport mode", "mode of transport", "means of transport", "type of transport",
            "vecteur", "type de vecteur", "mode d'acheminement", "moyen d'acheminement",
            "via de entrada", "via de llegada", "medio de llegada", "medio de entrada",
            "tipo de frontera", "type de frontiere", "border type", "type of border",
            "conveyance", "mode of entry", "means of arrival", "voie d'entree",
            "modalidad de ingreso",
            "mode", "transport", "transportation", "medio", "moyen", "means", "moyen de transport",
            "mode de transport", "medio de transporte", "modo de transporte", "transporte",
            "means of conveyance", "moyen de locomotion",
            # a sea log's boat: its type is the mode ("Boat type", "Type d'embarcation")
            "boat type", "type of boat", "vessel type", "type of vessel",
            "type d'embarcation", "embarcation", "type de bateau", "embarcacion",
            "tipo de embarcacion", "tipo de barco",
        ),
        # a vehicle's type ("Ford Transit 350", "VUL") tells the mode less than a "Mode"
        # beside it (a car-rental desk's log): read only without a finer header
        coarse=("vehicle type", "type de vehicule", "tipo de vehiculo"),
        keywords=(
            "transport", "transporte",
        ),
        rules=(
            _Rule((_WAY_WORDS, _JOURNEY_WORDS), allowed=frozenset()),
            # a form's question: "¿Cómo llegó?", "How did they travel?", "Comment sont-ils
            # arrivés ?", a log's "How travelling"
            _Rule((_HOW_WORDS, _TRAVEL_VERBS), allowed=_HOW_FILLERS),
            # "Medio empleado", "Moyen utilisé", "Means used": the means used (to travel)
            _Rule(
                (_WAY_WORDS - _words("forma form method methode metodo manner"),),
                allowed=_words("empleado empleada utilizado utilizada usado usada utilise used"),
            ),
            _Rule(
                (_SEA_WORDS, _LAND_AIR_WORDS),
                allowed=_WAY_WORDS | _SEA_WORDS | _LAND_AIR_WORDS
                | _words("modus transport transporte type tipo border frontiere frontera"),
            ),
        ),
    ),
    "lat": _Column(
        (
            "latitude", "lat", "latitud",
        ),
        keywords=(
            "latitude", "latitud", "lat",
        ),
    ),
    "lon": _Column(
        (
            "longitude", "long", "lng", "lon", "longitud",
            # "long" is a longitude beside a word of positions ("gps_long", "GPS long.")
            "gps long", "long gps", "coord long", "position long",
            # a vehicle tracker's position ("Tracker lat" / "Tracker long")
            "tracker long", "tracker longitude", "long tracker",
        ),
        keywords=(
            "longitude", "longitud", "lng", "lon",
        ),
        rules=(
            # "Long, deg E", "Long. (W)", "Long (dd, WGS84)": "long" with a unit, a
            # hemisphere or a datum only ("Long stay", "Long-term" say nothing of these)
            _Rule((_words("long"),), allowed=_DEGREE_WORDS),
        ),
    ),
    "coordinates": _Column(
        (
            "coordinates", "gps", "gps coordinates", "lat lon", "lat long", "latlon", "coordonnees",
            # a rescue line's or patrol's last fix of a boat
            "last known position", "last position", "derniere position", "ultima posicion",
            "coordonnees gps", "coordenadas", "coordenadas gps",
            # a GPS or geographic position / location
            "position", "posicion",  # of a boat or a patrol: its coordinates
            "rescue position", "position of rescue", "position du sauvetage",
            "posicion del rescate", "interception position", "position d'interception",
            "gps position", "position gps", "geo position", "geoposition", "gps location",
            "location gps", "gps fix", "posicion gps", "ubicacion gps", "localisation gps",
            "geo location", "geolocation", "geolocalisation", "geolocalizacion",
            "geographic coordinates", "coordonnees geographiques", "coordenadas geograficas",
            "latitude longitude", "latitud longitud", "lat lng",
            # a point as well-known text (WKT "POINT (lon lat)") or a geometry column
            "wkt", "location wkt", "wkt location", "point wkt", "geometry", "geom", "the geom",
            "geometria", "geometrie",
        ),
        keywords=(
            "coordinates", "coordonnees", "coordenadas",
        ),
    ),
    "linked_offences": _Column(
        (
            "linked offences", "linked offenses", "linked crimes", "related offences",
            "associated offences", "other offences", "infractions liees", "infractions connexes",
            "assoc offences", "assoc offenses",  # abbreviated
            "co offences", "co offenses", "co offending",  # a law clinic's "co_offenses"
            "autres infractions", "delitos conexos", "delitos relacionados", "otros delitos",
            "reati connessi", "altri reati", "reati collegati",  # Italian
            # US: the other statutes violated ("Associated violations", "Additional charges")
            "associated violations", "related violations", "other violations",
            "additional violations", "associated charges", "additional charges",
            "delitos concurrentes", "delitos concurrentes conexos",
            # French and Belgian police: the "connexes" (related facts)
            "connexes", "faits connexes", "delits connexes",
            # Paraguay: "otros hechos punibles" (other punishable acts)
            "otros hechos punibles", "hechos punibles conexos",
        ),
        rules=(
            # "Links to other crime areas", "Autres types d'infraction": the kind of an offence
            # may be named beside it
            _Rule(
                (_LINK_WORDS, _LINKED_OFFENCE_WORDS),
                allowed=_words("area domaine ambito type tipo kind categorie category categoria"),
            ),
        ),
    ),
    "source_ref": _Column(
        (
            "id", "ref", "reference", "case id", "case number", "case ref", "case reference",
            "id caso", "id de caso", "id del caso", "id dossier", "id affaire", "id expediente",
            # the id or number of the record's own noun in Spanish and French: "id_incidencia"
            # (a Spanish incident platform), "ID événement", "id_signalement", "Nº denuncia"
            *(
                f"{prefix} {noun}"
                for noun in (
                    "incidencia", "incidente", "evento", "evenement", "signalement",
                    "reporte", "denuncia", "registro",
                )
                for prefix in ("id", "id de", "id del", "numero de")
            ),
            "codigo caso", "codigo de caso", "codigo del caso", "case code", "code affaire",
            "main id", "record id", "incident id", "event id", "file number",
            # UK police: the Unique Reference Number
            "urn", "unique reference number",
            "crn",  # UK police: crime reference number
            "numero de registro", "n de registro",  # a register's entry number
            # the number of the criminal complaint the case was opened on
            "complaint number", "numero de plainte", "numero de denuncia",
            # a French prosecutor's number for the case ("N° parquet", "Numéro de parquet")
            "numero parquet", "numero de parquet", "n parquet", "parquet number",
            # the record's own noun + ref ("incident_ref"): about the row, not a column
            "numero de informe", "informe", "informe policial", "numero de informe policial",
            "incident ref", "incident reference", "event ref", "event reference", "report ref",
            # the event's or incident's number, in French and Spanish too ("N° événement")
            "numero d'evenement", "numero de l'evenement", "numero de evento",
            "numero d'incident", "numero de incidente",
            "uid", "record uid", "incident uid",  # a database's unique id
            # a register's protocol number ("Prot. n.", "Prot. No.", "N. protocollo")
            "prot", "protocol", "protocollo", "protocol number", "numero di protocollo",
            # a patrol's or rescue service's intervention ("intervention_id")
            "intervention id", "intervention number", "intervention ref", "id intervention",
            "numero d'intervention", "numero de intervencion",
            "report reference", "record ref", "record reference", "record number",
            "reference du dossier", "numero de dossier", "dossier", "identifiant", "numero de caso",
            "expediente", "numero de expediente", "identificador",
            # police procedure numbers: French "procédure" / "PV", Spanish "atestado",
            # "denuncia", "diligencias", "carpeta", UK "crime reference number"
            "procedure", "numero de procedure", "pv", "numero de pv", "proces verbal",
            "atestado", "numero de atestado", "denuncia", "numero de denuncia", "diligencias",
            "carpeta de investigacion", "folio", "affaire", "numero d'affaire", "referencia",
            # a French railway police log's "N° fait" (the number of the fact recorded)
            "n fait", "no fait", "numero de fait", "numero du fait", "n du fait",
            "numero de referencia", "incident number", "event number", "report number",
            "report id", "crime reference number", "crime reference", "occurrence number",
            # Colombia: "radicado" (filing number), "noticia criminal" (NUNC)
            "radicado", "numero de radicado", "radicacion", "numero de radicacion",
            "noticia criminal", "numero de noticia criminal", "nunc",
            # a compliance desk's alert, notification or suspicious-transaction report
            # ("ID alerta", "Nº notificación", "N° DS": France's déclaration de soupçon,
            # "folio_roi": Mexico's reporte de operaciones inusuales)
            "alert id", "alert number", "alert ref", "id alerta", "id de alerta",
            "numero de alerta", "n alerta", "id alerte", "numero d'alerte", "n alerte",
            "notification number", "numero de notificacion", "n notificacion",
            "numero de notification", "n notification", "numero de signalement",
            "n signalement", "n de signalement", "numero de comunicacion", "n comunicacion",
            "n ds", "numero ds", "numero de ds", "sar number", "sar ref", "str number",
            "folio roi", "folio ror", "folio reporte", "folio de reporte",
            # a regulators' exchange's notice; Panama's and Colombia's ROS (reporte de
            # operación sospechosa)
            "notice id", "notice number", "notice ref", "notice reference",
            "ros", "n ros", "numero ros", "numero de ros", "id ros",
            # an inspection's minutes ("No. de Acta", "N° de procès-verbal")
            "numero de acta", "n de acta", "n acta", "numero de proces verbal",
            "n de proces verbal",
            # Uruguay's and Argentina's police "novedad" (the incident entry; SGSP, the
            # Uruguayan police records system) and prosecutors' "carpeta fiscal"
            "novedad", "numero de novedad", "novedad sgsp", "numero de novedad sgsp",
            "carpeta fiscal", "numero de carpeta fiscal", "carpeta",
            # Andean police: the "parte" (police report) number ("Nro. Parte")
            "parte", "numero de parte", "parte policial", "numero de parte policial",
            # Mexican prosecutors: the "investigación ministerial" / "averiguación previa"
            "investigacion ministerial", "averiguacion previa", "numero de averiguacion previa",
        ),
    ),
    "source": _Column(
        (
            "source", "data source", "reporting agency", "reporting authority",
            "agency", "agence", "organisme", "organismo", "agencia",
        ),
    ),
    "indicator": _Column(
        (
            "indicator", "indicateur", "indicador",
        ),
    ),
    "breakdown": _Column(
        (
            "breakdown", "dimension", "ventilation", "desglose", "disaggregation",
        ),
    ),
    "censored": _Column(
        (
            "censored", "suppressed", "censure", "suprimido",
        ),
    ),
    "suspect_names": _Column(
        (
            "suspect names", "suspects names", "names of suspects", "suspect name",
            "offender names", "noms des suspects", "nom du suspect", "noms des auteurs",
            "nombres de los sospechosos", "nombre del sospechoso",
        ),
        suspect_role=True,
        rules=(
            _Rule((frozenset({"nombre"}), _SUSPECTS_ES)),
            _Rule((_words("name nom identity identite identidad apellido alias"),
                   _SUSPECTS_FR_EN | _SUSPECTS_ES)),
        ),
    ),
    "phones": _Column(
        (
            "phone numbers", "phone", "phones", "telephone", "telephones", "mobile",
            "mobile numbers", "msisdn", "numeros de telephone", "telefono", "telefonos",
            "numeros de telefono",
        ),
        keywords=(
            "phone", "telephone", "telefono", "msisdn", "mobile", "whatsapp",
        ),
        suspect_role=True,
    ),
    "documents": _Column(
        (
            "passport numbers", "passport", "passports", "document numbers", "documents",
            "id documents", "travel documents", "numeros de document", "passeport",
            "numero de passeport", "documents d'identite", "numero de pasaporte", "pasaporte",
            "documentos",
        ),
        keywords=(
            "passport", "passeport", "pasaporte", "document", "documento",
        ),
        suspect_role=True,
    ),
    "vehicles": _Column(
        (
            "plates", "licence plates", "license plates", "number plates", "vehicle registration",
            "vehicles", "immatriculation", "plaques", "plaques d'immatriculation", "vehicules",
            "matricula", "matriculas", "placas", "vehiculos",
        ),
        keywords=(
            "plate", "plaque", "placa", "matricula", "immatriculation",
        ),
        suspect_role=True,
    ),
    "accounts": _Column(
        (
            "iban", "accounts", "bank accounts", "account numbers", "comptes bancaires",
            "numero de compte", "cuentas bancarias", "numero de cuenta", "wallets",
        ),
        keywords=(
            "iban", "account", "compte", "cuenta", "wallet",
        ),
        suspect_role=True,
    ),
    "emails": _Column(
        (
            "e-mail", "email", "emails", "email address", "courriel", "adresse e-mail",
            "adresse electronique", "correo electronico", "correo",
        ),
        keywords=(
            "email", "courriel",
        ),
        suspect_role=True,
    ),
}
# fmt: on

# Words that carry no meaning for matching: articles, prepositions, format notes.
_STOPWORDS: Final = frozenset(
    "a an and or of the in at by for per to on with s "
    "de du des la le les l d et ou en au aux par pour sur "
    "del las el los y o al por para con lo "
    "iso iso2 iso3 alpha2 alpha3 code codigo wgs84 dd ddm dmm dms gms mm yyyy yy jj aaaa "
    "text texte texto main principal primary total "
    # what the persons declared ("Itinéraire déclaré", "Destino declarado"): the column
    # is the same, as a header says it (stems: "declarées" -> "declaree")
    "declared declare declaree declarado declarada".split()
)
# Spellings of "number" (FR "nombre" is not here: in Spanish it means "name").
_NUMBER_WORDS: Final = frozenset(
    {"no", "nb", "nbr", "nbre", "num", "numero", "n", "nro", "cantidad", "cant", "quantity"}
    | {"qty", "qte", "quantite", "count"}  # "Nbre migrants", "Cant. sospechosos"
    | {"ct", "cnt"}  # records systems' short "count" ("VICTIM_CT", "PAX_CNT")
    # a form's question asks for the count: "¿Cuántas personas afectadas?", "Combien de
    # personnes ?" (and "How many", made "number" by header_key)
    | {"cuanto", "cuantos", "cuanta", "cuantas", "combien"}
)
# Headers read as a column only when no header names it in full: "Nation" is a clipped
# "nationality", but beside "Nationality (as stated)" it is the UK nation the event was in
# ("England", "Scotland"), left to the cleaner's reading by values.
_WEAK_ALONE: Final = frozenset({"nation"})
# Clipped words of short (database-style) headers: "country_detect", "country_dest".
_CLIPPED: Final = {
    "detect": "detection",
    "detected": "detection",
    "dest": "destination",
    "destin": "destination",
    "orig": "origin",
    "nation": "nationality",
    "transp": "transport",
    "encountered": "encounter",
    "dt": "date",  # "incident_dt", "event_dt"
    "dte": "date",
    "ref": "reference",
    "referencia": "reference",
    "coord": "coordinates",  # "Coord. GPS", "Coord. (WGS84)"
    "ctry": "country",  # US forms: "EVENT CTRY", "TRANSIT CTRYS"
    "ctrys": "country",
    "susp": "suspect",  # "Nb susp."
    "cntry": "country",  # US federal systems: "ctzn_cntry", "detection_cntry", "transit_cntrys"
    "cntrys": "country",
    "ctzn": "citizenship",
    "natl": "nationality",  # US military and federal forms: "NATL"
    # "Nb pers.", "No. of pers.": persons, as forms clip the word
    "pers": "person",
    # French police "MEC" (mis en cause): the suspects ("Nb MEC")
    "mec": "suspect",
    # US court records: "No. of Defts", "Defs" (defendants)
    "deft": "defendant",
    "defts": "defendant",
    "dft": "defendant",
    "dfts": "defendant",
    "defs": "defendant",
    # "State of detection", "Transit states": a State is a country in EU and UN usage
    "state": "country",
    # human trafficking as agencies abbreviate it: "HT Type", "THB form", "Forme TEH"
    "ht": "trafficking",
    "thb": "trafficking",
    "teh": "traite",
    "tsh": "trata",
}
# US and UK spellings of one word (after the plural "s" is dropped).
_SPELLING: Final = {"offense": "offence", "labor": "labour", "defense": "defence"}
# Words that make a header about something else than the column a keyword names.
_BLOCKERS: Final = frozenset(
    "birth naissance nacimiento fraud fraude region subregion continent city ville ciudad "
    "province provincia district municipality municipio commune place lieu lugar".split()
)
_SUSPECT_WORDS: Final = frozenset(
    "suspect offender perpetrator trafficker smuggler facilitator arrested facilitador "
    "facilitadore sindicado sindicada "
    "auteur passeur trafiquant arrete sospechoso tratante traficante detenido "
    "interpelle interpellee detenu prevenu arrestee capturado capturada indiciado indiciada "
    "imputado imputada defendant accused accuse exploiter exploiteur explotador vinculado "
    "exploiteuse explotadora explotadore intermediario intermediaria intermediaire "
    "intermediary "
    "driver chauffeur conductor chofer".split()
)

# Kinds of place among the blockers: with a latitude or a longitude they say which
# place's coordinates ("Latitud (lugar de detección)", "Longitude (commune)"), no other
# column.
_PLACE_KINDS: Final = frozenset(
    "region subregion city ville ciudad province provincia district municipality municipio "
    "commune place lieu lugar".split()
)

# Place words block a keyword match ("Lieu de naissance") unless the header names the
# country itself ("Lugar de detección (país)").
_PLACE_WORDS: Final = frozenset({"place", "lieu", "lugar"})
# Place words that, with an event word ("Lieu de constatation"), name where it happened.
# "Zone d'intervention", "Zona de interceptación": the area of a rescue or patrol.
_EVENT_PLACE_WORDS: Final = _PLACE_WORDS | {
    *("location", "localisation", "localizacion", "ubicacion", "zone", "zona")
}

# "Detected in", "Interceptado en", "Interpellé à": where the event happened. Matched on
# the folded key because the tokens drop the preposition ("Detection" alone is no place).
# Database fields "country_to" / "to_country": the country a journey goes to.
_COUNTRY_TO: Final = re.compile(r"^(?:(?:country|pays|pais) (?:to|vers|hacia)|to country)$")
_WHERE: Final = re.compile(
    r"^(?:detected|intercepted|apprehended|encountered|arrested|rescued|found|identified"
    r"|detecte|detectee|intercepte|interceptee|interpelle|interpellee|secouru|secourue"
    r"|detectado|detectada|interceptado|interceptada|aprehendido|aprehendida|rescatado"
    r"|rescatada|localizado|localizada) (?:in|en|a|at)$"
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_APOSTROPHE = re.compile(r"[\u0027\u2018\u2019\u02bc\u0060\u00b4]")


def header_key(header: str) -> str:
    """Fold a header to its comparison key (apostrophes and ``camelCase`` become spaces).

    Parameters
    ----------
    header : str
        A column header as written in a file.

    Returns
    -------
    str
        Lower-case ASCII words joined by single spaces.

    Examples
    --------
    >>> header_key("Pays d'origine")
    'pays d origine'
    >>> header_key("dateOfDetection")
    'date of detection'
    >>> header_key("  PAÍS_DE-ORIGEN ")
    'pais de origen'
    """
    text = _IDENTIFIED.sub("identified", str(header))
    text = _ADDITIONAL.sub("additional", text)
    text = _AT_SIGN.sub("o", _INCLUSIVE.sub(r"\1", text))
    text = _HASH.sub(" number ", text)
    text = _HOW_MANY.sub(" number ", text)
    text = _CO_PREFIX.sub("co", text)
    text = _AGGREGATE_PREFIX.sub("", text)
    return fold(_CAMEL.sub(" ", _APOSTROPHE.sub(" ", text)))


# Power BI and Excel pivot exports name a summed column after its field: "Sum of Persons
# Detected", "Somme de Nb victimes", "Suma de Víctimas" (the field's own header follows)
_AGGREGATE_PREFIX: Final = re.compile(r"^\s*(?:sum of|somme de|suma de)\s+(?=\S)", re.IGNORECASE)


# "ID'd" / "IDed" (identified), as English logs abbreviate it: "Facilitators ID'd"
_IDENTIFIED: Final = re.compile(r"\bID['’]?e?d\b", re.IGNORECASE)
# "Add'l" / "Addl" (additional), as US forms abbreviate it: "Add'l Charges"
_ADDITIONAL: Final = re.compile(r"\badd['’]?l\b", re.IGNORECASE)
# Spanish inclusive endings: "Detenidos/as", "Detenido/a", "Detenidos(as)", "Detenid@s",
# "Trabajadores/as": the word as the masculine form writes it (a header's words are
# matched as written; "/as" would be a word of its own).
_INCLUSIVE: Final = re.compile(
    r"(?<=\w)([oe]s?|[oe]r(?:es)?)\s*(?:/\s*as?|\(\s*as?\s*\))(?![\w(])", re.IGNORECASE
)
_AT_SIGN: Final = re.compile(r"(?<=[^\W\d_])@(?=s?(?!\w))")
# "Co-occurring", "Co-accused", "Co-ordinates": one word, as the prefix is written joined
# elsewhere ("cooccurring", "coaccused", "coordinates").
_CO_PREFIX: Final = re.compile(r"\b([Cc][Oo])-(?=[^\W\d_])")
# "Incident #", "Case #", "# of persons": the sign is the word "number".
_HASH: Final = re.compile(r"#")
# "How many people?", "How many smugglers accompanied the group?": a count, as "number of"
_HOW_MANY: Final = re.compile(r"\bhow\s+many\b", re.IGNORECASE)


def _stem(word: str) -> str:
    # Plural "s" only: enough for headers ("victims", "suspects", "países" -> "paise"
    # is harmless because synonyms go through the same function).
    if word in _NUMBER_WORDS:
        return "number"
    word = _CLIPPED.get(word, word)
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _SPELLING.get(word, word)


def _tokens(key: str) -> tuple[str, ...]:
    words = [_stem(w) for w in key.split()]
    content = tuple(w for w in words if w not in _STOPWORDS)
    return content


@dataclass(frozen=True)
class _Synonym:
    canonical: str
    key: str
    compact: str
    tokens: tuple[str, ...]
    keyword: bool
    suspect_role: bool
    coarse: bool = False


@functools.cache
def _synonym_table() -> tuple[_Synonym, ...]:
    rows: list[_Synonym] = []
    for canonical, col in _SYNONYMS.items():
        names = (canonical, *col.synonyms, *col.coarse)
        for name in names:
            key = header_key(name)
            rows.append(
                _Synonym(
                    canonical,
                    key,
                    key.replace(" ", ""),
                    _tokens(key),
                    False,
                    col.suspect_role,
                    name in col.coarse,
                )
            )
        for word in col.keywords:
            key = header_key(word)
            rows.append(_Synonym(canonical, key, key, _tokens(key), True, col.suspect_role))
    rows.extend(_event_country_synonyms(rows))
    return tuple(rows)


def _event_country_synonyms(rows: list[_Synonym]) -> list[_Synonym]:
    """Return "country of <event>" synonyms for every event word the date synonyms know.

    "Date d'interpellation" names the date of an arrest, so "Pays d'interpellation"
    names the country where it happened: the detection country. Derived from the
    date synonyms so that the two lists never drift apart.
    """
    date_words = {"date", "fecha", "day", "jour", "dia"}
    events = {
        s.tokens[1]
        for s in rows
        if s.canonical == "event_date"
        and not s.keyword
        and not s.coarse
        and len(s.tokens) == 2
        and s.tokens[0] in date_words
    } | {
        s.tokens[0]
        for s in rows
        if s.canonical == "event_date"
        and not s.keyword
        and not s.coarse
        and len(s.tokens) == 2
        and s.tokens[1] in date_words
    }
    out = []
    for event in sorted(events - date_words):
        for country in sorted(_COUNTRY_WORDS):
            tokens = (country, event)
            key = " ".join(tokens)
            out.append(
                _Synonym("detection_country", key, key.replace(" ", ""), tokens, False, False)
            )
        # "Lieu de constatation", "Lugar de aprehensión", "Encounter location": the place
        # may be a town, so these lose against any "country of <event>" header (coarse).
        for place in sorted(_EVENT_PLACE_WORDS):
            for tokens in ((place, event), (event, place)):
                key = " ".join(tokens)
                out.append(
                    _Synonym(
                        "detection_country", key, key.replace(" ", ""), tokens, False, False, True
                    )
                )
    return out


@dataclass(frozen=True)
class _Proposal:
    header: str
    canonical: str
    score: tuple[int, int, int, int]  # (level, matched words, -extra words, -position)
    # the column the header names when another header of the file names ``canonical``
    alternative: str | None = None
    # a coarse match (a place, a month): it never pushes another header to its alternative
    coarse: bool = False


# A database's timestamp column: "detected_at", "intercepted_at" (snake_case, "_at"): the
# time of the event, where "Detected at" written for people names its place.
_SNAKE_AT: Final = re.compile(r"[a-z]+_at")
# Words for a place alone, which a country-code suffix makes the country of the event.
_LOCATION_WORDS: Final = _words(
    "location place lieu lugar site localisation emplacement ubicacion localidad locality"
)
_STANDARD_CODE: Final = re.compile(r"iso|m49|alpha")
# Premises where exploitation happens, as hotel groups and rental platforms name them.
_PREMISES_WORDS: Final = _words(
    "listing property hotel venue premises establishment etablissement establecimiento site "
    "accommodation hebergement alojamiento"
)
_COUNTRY_COLUMNS: Final = frozenset(
    {"nationality", "origin_country", "destination_country", "detection_country"}
    | {"transit_countries"}
)


def _propose(header: str, position: int) -> _Proposal | None:
    key = header_key(header)
    if not key:
        return None
    bare = COUNTRY_CODE_SUFFIX.sub("", key)
    if bare != key and bare:
        found = _propose(bare, position)
        if found is not None and found.canonical in _COUNTRY_COLUMNS:
            return _Proposal(header, found.canonical, found.score, found.alternative)
        if set(_tokens(bare)) <= _LOCATION_WORDS and _STANDARD_CODE.search(key[len(bare) :]):
            # "location_m49", "Lieu (ISO3)": a place written as a country's standard code
            # is the country where it happened ("site_code" may be the agency's own code)
            return _Proposal(header, "detection_country", (1, 1, 0, -position))
    compact = key.replace(" ", "")
    tokens = _tokens(key)
    if _WHERE.match(key):
        if _SNAKE_AT.fullmatch(header.strip()):
            return _Proposal(header, "event_date", (1, 1, 0, -position))
        return _Proposal(header, "detection_country", (2, 1, 0, -position))
    if _COUNTRY_TO.match(key):  # "to" is a stop word: "Country" alone must stay unread
        return _Proposal(header, "destination_country", (2, 1, 0, -position))
    words = set(tokens)
    if _REPORTING_COUNTRY.match(key):
        # "Reporting country", "Pays déclarant", "País declarante": the country whose
        # authorities report the case, which is where they met it, unless another header
        # names that country; then it says who reports (the source)
        return _Proposal(header, "detection_country", (1, 1, 0, -position), "source")
    if words & _COUNTRY_WORDS and words & (_PLACE_WORDS | _PREMISES_WORDS) and len(words) == 2:
        # "place_country", "Country of place", "País del lugar": the country of the place
        # where it happened (a place of birth or residence says so and is not this); of
        # the premises where it happened ("listing_country" of a rental platform, "Pays
        # de l'établissement" of a hotel group)
        return _Proposal(header, "detection_country", (1, 2, 0, -position))
    if words & _COUNTRY_WORDS and words & _ARRIVAL_WORDS and len(words) == 2:
        # "País de llegada", "Country of arrival": where the persons arrived and were
        # met; the destination when another header of the file names that country
        return _Proposal(header, "detection_country", (1, 2, 0, -position), "destination_country")
    if (
        words & _MIGRANT_WORDS
        and words & _HELD_WORDS
        and words <= (_MIGRANT_WORDS | _HELD_WORDS | _GENERIC_PERSONS)
    ):
        # "Nbre migrants interpellés", "Migrantes detenidos": the migrants intercepted
        return _Proposal(header, "n_persons", (2, len(words), 0, -position))
    if words & _APPREHENDED and words <= _APPREHENDED | _GENERIC_PERSONS:
        # "Aprehendidos", "Apprehensions": persons, or suspects beside a persons column
        level = 2 if len(words) == 1 else 1
        return _Proposal(header, "n_persons", (level, len(words), 0, -position), "n_suspects")
    table = _synonym_table()
    exact = [
        s
        for s in table
        if not s.keyword
        and (
            s.key == key
            or s.compact == compact
            or (tokens and s.tokens == tokens and set(tokens) != {"number"})
            # two words in the other order ("ID caso" for "caso id", "Type crime")
            or (len(tokens) == 2 and s.tokens == tokens[::-1] and "number" not in tokens)
            # "Nº de detenidos", "No. of arrests": "number of" + a one-word synonym;
            # "Reference number", "Passport no.": a one-word synonym + "number"
            or (len(tokens) == 2 and tokens[0] == "number" and s.tokens == tokens[1:])
            or (len(tokens) == 2 and tokens[1] == "number" and s.tokens == tokens[:1])
        )
    ]
    if len({s.canonical for s in exact}) == 1:
        if all(s.coarse for s in exact):  # a month, a place: below any finer header
            return _Proposal(header, exact[0].canonical, (1, 0, 0, -position), coarse=True)
        if key in _WEAK_ALONE:  # "Nation": below any header saying "nationality"
            return _Proposal(header, exact[0].canonical, (1, 0, 0, -position))
        return _Proposal(header, exact[0].canonical, (2, 1, 0, -position))
    if exact:  # the same words name two columns: leave the header alone
        return None
    if _is_named_reference(tokens) or _is_agency_number(header):
        return _Proposal(header, "source_ref", (1, len(tokens), 0, -position))
    best: dict[str, tuple[int, int]] = {}
    for s in table:
        if not s.tokens or not (s.keyword or len(s.tokens) >= 2):
            continue
        needed = set(s.tokens)
        if not needed <= words:
            continue
        extra = words - needed
        blockers = _BLOCKERS - _PLACE_WORDS if needed & _COUNTRY_WORDS else _BLOCKERS
        if s.canonical in ("lat", "lon"):
            blockers = _BLOCKERS - _PLACE_KINDS  # "Latitud (lugar de detección)": where
        if extra & blockers or (extra & _SUSPECT_WORDS and not s.suspect_role):
            continue
        if extra & _stemmed(_SYNONYMS[s.canonical].unless):
            continue
        score = (len(needed), -len(extra))
        if s.coarse or (s.canonical == "event_date" and extra & _ADMIN_DATE_WORDS):
            score = (0, -len(extra))  # "Lieu de constatation (ville)", "Date of report"
        if score > best.get(s.canonical, (-1, -99)):
            best[s.canonical] = score
    for canonical, col in _SYNONYMS.items():
        for rule in col.rules:
            rule_score = _rule_score(rule, words, suspect_role=col.suspect_role)
            if rule_score is not None and rule.coarse:
                rule_score = (0, rule_score[1])  # a place: below any finer header
            if rule_score is not None and rule_score > best.get(canonical, (-1, -99)):
                best[canonical] = rule_score
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # ambiguous, e.g. "Nationality / age"
    canonical, (matched, neg_extra) = ranked[0]
    if canonical == "exploitation" and words & _CRIME_WORDS:
        # "Offence / exploitation (CC RA)", "Infraction et forme d'exploitation": one
        # column for the offence and its purpose ("Trafficking - sexual exploitation (art.
        # 110/a)"): the crime type, whose words also give the form of exploitation; the
        # exploitation when another header names the crime type
        return _Proposal(header, "crime_type", (1, matched, neg_extra, -position), "exploitation")
    return _Proposal(header, canonical, (1, matched, neg_extra, -position), coarse=matched == 0)


# Words that name the offence itself beside "exploitation" (tokens: plurals and accents
# dropped); "case" or "fait" beside it name the case, not its crime.
_CRIME_WORDS: Final = _words(
    "offence crime infraction infraccion delito qualification tipificacion calificacion charge "
    "violation"
)


# Halves of a header written in two languages ("Qualification / Kwalificatie"): a slash
# or bar with spaces around it ("Migrants/victims" is one column).
_HALVES: Final = re.compile(r"\s+[/|]\s+")
_TIGHT_HALVES: Final = re.compile(r"\s*[/|]\s*")


def _propose_halves(header: str, position: int, *, tight: bool = False) -> _Proposal | None:
    """Propose a column for a header written in two languages, from its halves.

    Belgian, Swiss or Canadian files write "Qualification / Kwalificatie" or
    "Majeur-Mineur / Meerderjarig-Minderjarig": the whole header names nothing, as half
    of it is Dutch or German. The header names the column its halves name when they
    name one only ("Nationality / age" names two: left alone); scored below any match
    of a whole header. With ``tight``, halves joined by a slash without spaces too
    ("Delikt/offence (§)", "Anzahl TV/suspects"): tried last, when nothing else read
    the header.
    """
    halves = [half for half in (_TIGHT_HALVES if tight else _HALVES).split(header) if half.strip()]
    if len(halves) < 2:
        return None
    found = [
        p
        for half in halves  # a half may carry its own remark: "tratantes (dato policial)"
        if (p := _propose(half, position) or _propose_unbracketed(half, position)) is not None
    ]
    if len({(p.canonical, p.alternative) for p in found}) != 1:
        return None
    return _in_part(header, found[0], position)


# A field path as survey tools export it (KoboToolbox / ODK groups "grp_people/sex",
# flattened JSON "location/gps"): identifiers joined by slashes, no spaces.
_PATH: Final = re.compile(r"[^\W\d][\w.-]*(?:/[^\W\d][\w.-]*)+")


def _propose_path(header: str, position: int) -> _Proposal | None:
    """Propose a column for a field path from its last part ("grp_people/total_individuals").

    Survey tools prefix each field with the names of its groups; the group names
    ("grp_people", "section_b") say nothing of the column. When the whole path names
    nothing, its last part is tried, then its last two; scored below any match of a
    whole header.
    """
    if not _PATH.fullmatch(header.strip()):
        return None
    parts = header.strip().split("/")
    for tail in (parts[-1:], parts[-2:]):
        found = (
            _propose("/".join(tail), position)
            if len(tail) == 1
            else _propose(" ".join(tail), position)
        )
        if found is not None:
            return _in_part(header, found, position)
    return None


def _is_group_path(header: str) -> bool:
    """Tell whether a header is a survey's group path ("grupo_personas/sexo").

    Its group names ("grupo_personas") would lend their words to the whole header
    (persons, for a sex or a nationality field): the last part names the field. Two
    words joined by a slash ("Sexe/Sex") are halves, not a path.
    """
    head = header.strip()
    return bool(_PATH.fullmatch(head)) and "_" in head.split("/")[0] and head == head.lower()


def _in_part(header: str, found: _Proposal, position: int) -> _Proposal:
    """Return the proposal for a part of ``header`` as one for the whole header.

    Scored below any match of a whole header.
    """
    return _Proposal(
        header, found.canonical, (1, 0, 0, -position), found.alternative, coarse=found.coarse
    )


# A remark in brackets: "(según atestado)", "(coyotes)", "(selon PV)", "(as reported)".
_BRACKETED: Final = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")


def _propose_unbracketed(header: str, position: int) -> _Proposal | None:
    """Propose a column for a header from its words outside brackets.

    "Posición (según atestado)", "Nº de facilitadores (coyotes)": a remark in brackets
    (a source, a local word, a format) keeps the header from matching as a whole. When
    the whole header names nothing, its words outside the brackets are tried; scored
    below any match of a whole header.
    """
    outside = _BRACKETED.sub(" ", header).strip()
    if not outside or outside == header.strip():
        return None
    inside = {w for remark in _BRACKETED.findall(header) for w in _tokens(header_key(remark))}
    if inside & _BLOCKERS:  # "Lieu où constaté (ville)": the remark says what it is about
        return None
    found = _propose(outside, position)
    return None if found is None else _in_part(header, found, position)


# Headers of free text, whose remark in brackets says what kind of text ("Notes
# (long)", "Summary (short)"), not a gloss of the header.
_FREE_TEXT_WORDS: Final = _words(
    "note remark comment description summary observation text narrative detail resume "
    "resumen commentaire comentario observacion"
)


def _propose_gloss(header: str, position: int) -> _Proposal | None:
    """Propose a column for a header from its gloss in brackets ("Bujur (Long)").

    Desks that write headers in their own language often gloss them in English in
    brackets ("Lintang (Lat)", "Tgl Kejadian (Date of incident)"). When the words
    outside the brackets name nothing, a remark that is on its own an exact synonym of
    a column names the header's column; scored below any match of a whole header.
    """
    m = re.fullmatch(r"\s*([^()]*?)\s*\(([^()]+)\)\s*", header)
    if m is None or not m.group(1) or set(_tokens(header_key(m.group(1)))) & _FREE_TEXT_WORDS:
        return None
    found = _propose(m.group(2), position)
    if found is None or found.score[0] < 2:  # an exact synonym only
        return None
    return _in_part(header, found, position)


# A shapefile's (dBase) field names are cut at ten characters ("NATIONALIT",
# "PAYS_DETEC", "EXPLOITAT"); a cut word is at least this long.
_DBF_WIDTH: Final = 10
_MIN_CUT_WORD: Final = 5


@functools.cache
def _known_words() -> tuple[str, ...]:
    """Every word (token) of the synonym table, sorted: the words a cut word may begin."""
    return tuple(sorted({w for s in _synonym_table() for w in s.tokens}))


def _propose_truncated(header: str, position: int) -> _Proposal | None:
    """Propose a column for a field name cut at ten characters, as shapefiles cut them.

    The last word of the name, when no synonym holds it (at least five letters:
    "nationalit", "detec", "trans"), is completed with each known word it begins; the
    completed names are matched as any header, and the one column they agree on (those
    that name one) is proposed, scored below a match of a whole header.
    """
    if not _MIN_CUT_WORD <= len(header.strip()) <= _DBF_WIDTH:
        return None
    words = header_key(header).split()
    if not words or len(words[-1]) < _MIN_CUT_WORD or _stem(words[-1]) in _known_words():
        return None
    found = {
        p.canonical: p
        for k in _known_words()
        if k.startswith(words[-1])
        and (p := _propose(" ".join([*words[:-1], k]), position)) is not None
    }
    if set(map(_stem, words[:-1])) & _COUNTRY_WORDS:  # "PAYS_TRANS": transit, not transport
        found = {c: p for c, p in found.items() if c in _COUNTRY_COLUMNS}
    if len(found) != 1:
        return None
    only = next(iter(found.values()))
    return _Proposal(header, only.canonical, (1, 0, 0, -position), only.alternative)


def _is_named_reference(tokens: tuple[str, ...]) -> bool:
    """Tell whether ``tokens`` are a reference of someone's ("Liaison ref", "Our ref").

    A reference word and one or two other words that name no column: an agency, a
    desk or a possessive ("Europol ref", "File ref", "Réf. interne"). "Date ref",
    "Country reference" are about a date and a country.
    """
    words = set(tokens)
    if "reference" not in words or not 2 <= len(words) <= 3:
        return False
    return not (words - {"reference", "number"}) & _column_vocabulary()


# An agency's acronym and "No." ("USAO No.", "EOUSA Nr", "NCA #"): its number for the case.
_AGENCY_NUMBER: Final = re.compile(
    r"^\s*(?P<acronym>[A-Z]{3,6})\s*(?:No\.?|Nr\.?|N[°ºo]\.?|#|Number|Num\.?)\s*$"
)


def _is_agency_number(header: str) -> bool:
    """Tell whether ``header`` is an agency's acronym and a number word ("USAO No.")."""
    m = _AGENCY_NUMBER.match(str(header))
    return m is not None and not {_stem(m["acronym"].lower())} & _column_vocabulary()


@functools.cache
def _column_vocabulary() -> frozenset[str]:
    """Every word that names (part of) a column other than the file's reference or source."""
    vocab: set[str] = set()
    for s in _synonym_table():
        if s.canonical not in {"source_ref", "source"}:
            vocab.update(s.tokens)
    for canonical, col in _SYNONYMS.items():
        if canonical not in {"source_ref", "source"}:
            for rule in col.rules:
                for group in rule.need:
                    vocab.update(_stem(w) for w in group)
    vocab |= _BLOCKERS | _SUSPECT_WORDS | _COUNTRY_WORDS | _EVENT_PLACE_WORDS
    return frozenset(vocab - {"number"})


@functools.cache
def _stemmed(group: frozenset[str]) -> frozenset[str]:
    """Return a word group as written and as :func:`_tokens` stems it ("detected").

    A header's words are stemmed; a group's words are written as people write them, so
    both forms are kept (a group word's stem is the form a header's word takes).
    """
    return group | frozenset(_stem(w) for w in group)


def _rule_score(rule: _Rule, words: set[str], *, suspect_role: bool) -> tuple[int, int] | None:
    """Score of a keyword rule on a header's words (as a token match), None if it fails."""
    matched: set[str] = set()
    for group in rule.need:
        hit = words & _stemmed(group)
        if not hit:
            return None
        matched |= hit
    extra = words - matched
    allowed = None if rule.allowed is None else _stemmed(rule.allowed)
    if words & _stemmed(rule.unless) or (allowed is not None and not extra <= allowed):
        return None
    if extra & _BLOCKERS or (extra & _SUSPECT_WORDS and not suspect_role):
        return None
    return (len(rule.need), -len(extra))


@dataclass(frozen=True)
class HeaderMatch:
    """Which headers of one file were recognised.

    Attributes
    ----------
    header_map : dict
        Original header -> canonical column name, in file order.
    unmapped : list of str
        Headers kept under their own name, in file order.
    """

    header_map: dict[str, str] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)


def match_headers(
    headers: Sequence[str],
    *,
    values: Mapping[str, pd.Series] | None = None,
    exclude: Iterable[str] = (),
    taken: Iterable[str] = (),
) -> HeaderMatch:
    """Recognise ``headers`` as canonical columns without configuration.

    Parameters
    ----------
    headers : sequence of str
        The file's headers, in order.
    values : mapping, optional
        Header -> column values; used to tell a route name from a list of countries.
    exclude : iterable of str, optional
        Headers not to recognise (already mapped by the caller).
    taken : iterable of str, optional
        Canonical names already used (by a caller's mapping): never proposed again.

    Returns
    -------
    HeaderMatch
        The header map and the headers left unmapped.

    Examples
    --------
    >>> m = match_headers(["Fecha de detección", "Nationalité", "Notes", "Victim nationality"])
    >>> m.header_map
    {'Fecha de detección': 'event_date', 'Nationalité': 'nationality'}
    >>> m.unmapped
    ['Notes', 'Victim nationality']
    """
    skip = set(exclude)
    used = set(taken)
    proposals: list[_Proposal] = []
    for position, header in enumerate(headers):
        if header in skip:
            continue
        proposal = (
            (_propose_path(header, position) if _is_group_path(header) else None)
            or _propose(header, position)
            or _propose_halves(header, position)
            or _propose_unbracketed(header, position)
            or _propose_path(header, position)
            or _propose_gloss(header, position)
            or _propose_halves(header, position, tight=True)
            or _propose_truncated(header, position)
        )
        if (
            (proposal is None or proposal.canonical == "accounts")
            and values is not None
            and header in values
            and _counts_suspect_accounts(header)
            and looks_like_counts(values[header])
        ):
            # "nb_comptes_suspects", "Nb comptes mis en cause", "Cuentas sospechosas",
            # "subject_accounts_count" holding 0, 1, 2...: a platform's count of the
            # suspects' accounts (as "suspect_accounts" below)
            proposal = _Proposal(header, "n_suspects", (1, 0, 0, -position))
        if (
            proposal is None
            and values is not None
            and header in values
            and _names_journey_start(header)
            and looks_like_country_lists(values[header])
        ):
            # "Journey Started In", "Voyage commencé à" holding countries (an airline
            # crew's report): where the persons set out from; "Journey start date" holds
            # dates, and its date word gives it to the event date
            proposal = _Proposal(header, "origin_country", (1, 0, 0, -position))
        if proposal is not None and proposal.canonical == "coordinates":
            # one axis of a point ("_Ubicación GPS_latitude": KoboToolbox splits a
            # geopoint into _<question>_latitude, _longitude, _altitude, _precision)
            kinds = {_AXIS_WORDS[w] for w in set(_tokens(header_key(header))) & _AXIS_WORDS.keys()}
            if len(kinds) == 1:  # "(latitud, longitud)" names both: the pair
                kind = kinds.pop()
                proposal = None if kind is None else _Proposal(header, kind, proposal.score)
        if proposal is None:
            continue
        if (
            proposal.canonical == "route_label"
            and values is not None
            and header in values
            and looks_like_country_lists(values[header])
        ):
            proposal = _Proposal(header, "transit_countries", proposal.score)
        if (
            proposal.canonical in IDENTIFIER_COLUMNS
            and set(_tokens(header_key(header))) & _SUSPECT_WORDS
            and values is not None
            and header in values
            and looks_like_counts(values[header])
        ):
            # "facilitator_accounts", "suspect_accounts" holding 0, 1, 2...: a platform's
            # count of the suspects' accounts, not their ids; below a suspects header
            proposal = _Proposal(header, "n_suspects", (1, 0, 0, proposal.score[3]))
        if proposal.canonical == "n_suspects" and _names_subjects(header):
            # "subjects_count": the persons when another header names the suspects
            proposal = _Proposal(header, "n_suspects", proposal.score, "n_persons")
        proposals.append(proposal)
    for position, header in enumerate(headers):
        if (
            header not in skip
            and header not in {p.header for p in proposals}
            and _names_subjects(header)
            and values is not None
            and header in values
            and looks_like_counts(values[header])
        ):
            # "Subjects", "num_sujetos" holding 0, 1, 2...: an investigator's count of the
            # subjects of a case, the suspects, or the persons when another header names
            # the suspects ("subjects_count" beside "facilitators_count"); alone,
            # "Subject" may be a name or an e-mail's subject
            proposals.append(_Proposal(header, "n_suspects", (1, 0, 0, -position), "n_persons"))
    # "Shop Long" beside "Shop Lat": "long" is the longitude where the same words with
    # "lat" name the latitude; alone, "long" after other words may be a length or a stay
    # ("Incident Location (Long)" beside "Incident Location (Lat)": the longitude, whatever
    # else its other words proposed, here the place)
    lat_words = {_tokens(header_key(p.header)) for p in proposals if p.canonical == "lat"}
    for position, header in enumerate(headers):
        words = _tokens(header_key(header))
        if header in skip or "long" not in words:
            continue
        if any(tuple(axis if w == "long" else w for w in words) in lat_words for axis in _LAT):
            proposals = [p for p in proposals if p.header != header]
            proposals.append(_Proposal(header, "lon", (1, len(words), 0, -position)))
    # A header that names one column or, when another header names it, a second one
    # ("Aprehendidos" beside "Cantidad de personas": the suspects) takes the second; a
    # coarse header ("Isla", "Provincia") names no column so firmly ("Pays de
    # débarquement" beside "Isla" is still the detection country).
    clear = used | {p.canonical for p in proposals if p.alternative is None and not p.coarse}
    proposals = [
        _Proposal(p.header, p.alternative, (1, 0, 0, p.score[3]))
        if p.alternative is not None and p.canonical in clear
        else p
        for p in proposals
    ]
    proposals = [p for p in proposals if p.canonical not in used]
    winners: dict[str, _Proposal] = {}
    for p in proposals:
        if p.canonical not in winners or p.score > winners[p.canonical].score:
            winners[p.canonical] = p
    chosen = {p.header: p.canonical for p in winners.values()}
    header_map = {h: chosen[h] for h in headers if h in chosen}
    unmapped = [h for h in headers if h not in chosen and h not in skip]
    return HeaderMatch(header_map, unmapped)


# The latitude's words a "long" header pairs with (match_headers)
_LAT: Final = ("lat", "latitude", "latitud")

# Words naming one axis of a point, or a part of a GPS reading that is no position
_AXIS_WORDS: Final[dict[str, str | None]] = {
    "latitude": "lat", "latitud": "lat", "longitude": "lon", "longitud": "lon",
    "altitude": None, "altitud": None, "precision": None, "accuracy": None,
}  # fmt: skip
_JOURNEY: Final = _words("journey voyage viaje trip")
_STARTED: Final = _words("started start began begun commence inicio iniciado debut")


def _names_journey_start(header: str) -> bool:
    """Tell whether a header says where a journey started ("Journey Started In")."""
    words = set(_tokens(header_key(header)))
    return bool(words & _JOURNEY) and bool(words & _STARTED)


def _counts_suspect_accounts(header: str) -> bool:
    """Tell whether a header names accounts whose owners are suspects.

    An account word ("comptes", "cuentas", "accounts", "profiles") beside words that on
    their own name the suspects ("mis en cause", "sospechosas", "subject", "suspects").
    """
    words = _tokens(header_key(header))
    rest = [w for w in words if w not in _ACCOUNT_WORDS]
    if len(rest) == len(words) or not rest:
        return False
    if set(rest) & _SUSPECT_WORDS:
        return True
    proposal = _propose(" ".join(rest), 0)
    return proposal is not None and proposal.canonical == "n_suspects"


def _names_subjects(header: str) -> bool:
    """Tell whether a header says "subjects" and nothing more ("Subjects", "num_sujetos")."""
    return set(_tokens(header_key(header))) - {"number"} in ({"subject"}, {"sujeto"})


_LIST_SPLIT = re.compile(r"\s*(?:[|;,>/→➔➝]|->|=>|–|—|\s-\s)\s*")


@functools.cache
def _country_keys() -> frozenset[str]:
    """Folded country names (English, French, Spanish) and ISO codes, from pycountry."""
    import pycountry  # a few ms; only needed when a "Route" column must be judged

    names: set[str] = set()
    translators = [gettext.NullTranslations()]
    for lang in ("fr", "es"):
        try:
            translators.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            )
        except OSError:  # pragma: no cover - locale files missing from a slim install
            pass
    for country in pycountry.countries:
        names.update({country.alpha_2.lower(), country.alpha_3.lower()})
        for attr in ("name", "official_name", "common_name"):
            text = getattr(country, attr, None)
            if text:
                names.update(fold(t.gettext(text)) for t in translators)
    return frozenset(names)


def looks_like_country_lists(values: pd.Series, *, sample: int = 500) -> bool:
    """Tell whether a route column holds lists of countries rather than route names.

    Parameters
    ----------
    values : Series
        Raw text of the column.
    sample : int, default=500
        How many distinct values to look at (the most frequent ones).

    Returns
    -------
    bool
        True when at least 60 % of the distinct values split (on ``| ; , > / → -``)
        into country names or ISO codes only.

    Examples
    --------
    >>> looks_like_country_lists(pd.Series(["LBY > ITA", "Libya, Malta, Italy", None]))
    True
    >>> looks_like_country_lists(pd.Series(["Central Mediterranean", "US-Mexico border crossing"]))
    False
    """
    counts = values.dropna().astype(str).value_counts()
    uniques = counts.index[:sample]
    if len(uniques) == 0:
        return False
    keys = _country_keys()
    hits = np.array(
        [
            all(fold(part) in keys for part in _LIST_SPLIT.split(u) if part.strip())
            and bool(u.strip())
            for u in uniques
        ]
    )
    return bool(hits.mean() >= 0.6)
