from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trendlib.clean._unique import Parsed
from trendlib.clean.vocab import parse_linked_offences, parse_vocab
from trendlib.errors import ParameterError
from trendlib.schema import LINKED_OFFENCES, VOCABULARIES

CASES: dict[str, list[tuple[str, str]]] = {
    "crime_type": [
        ("Trafficking in human beings", "trafficking"),
        ("THB", "trafficking"),
        ("TIP", "trafficking"),
        ("human trafficking", "trafficking"),
        ("Trafficking in persons", "trafficking"),
        ("traite des êtres humains", "trafficking"),
        ("TEH", "trafficking"),
        ("Trafic d'êtres humains", "trafficking"),
        ("trata de personas", "trafficking"),
        ("trata de seres humanos", "trafficking"),
        ("migrant smuggling", "smuggling"),
        ("smuggling of migrants", "smuggling"),
        ("SoM", "smuggling"),
        ("facilitation of illegal immigration", "smuggling"),
        ("aide à l'entrée irrégulière", "smuggling"),
        ("trafic de migrants", "smuggling"),
        ("trafic illicite de migrants", "smuggling"),  # French: smuggling, not trafficking
        ("passeurs", "smuggling"),
        ("tráfico ilícito de migrantes", "smuggling"),  # Spanish tráfico = smuggling
        ("tráfico de migrantes", "smuggling"),
        ("both", "both"),
        ("THB and SoM", "both"),
        ("les deux", "both"),
        ("ambos", "both"),
        ("trafficking/smuggling", "both"),
        ("trafficking", "trafficking"),
    ],
    "exploitation": [
        ("sexual exploitation", "sexual"),
        ("exploitation sexuelle", "sexual"),
        ("prostitution", "sexual"),
        ("explotación sexual", "sexual"),
        ("forced labour", "forced_labour"),
        ("forced labor", "forced_labour"),
        ("travail forcé", "forced_labour"),
        ("trabajo forzoso", "forced_labour"),
        ("labour exploitation", "forced_labour"),
        ("domestic servitude", "forced_labour"),
        ("servitude domestique", "forced_labour"),
        ("servidumbre", "forced_labour"),
        ("forced criminality", "forced_criminality"),
        ("forced begging", "forced_criminality"),
        ("mendicité forcée", "forced_criminality"),
        ("criminalité forcée", "forced_criminality"),
        ("mendicidad forzada", "forced_criminality"),
        ("actividades delictivas forzadas", "forced_criminality"),
        ("organ removal", "organ_removal"),
        ("prélèvement d'organes", "organ_removal"),
        ("extracción de órganos", "organ_removal"),
        ("forced marriage", "forced_marriage"),
        ("mariage forcé", "forced_marriage"),
        ("matrimonio forzado", "forced_marriage"),
        ("other", "other"),
        ("autre", "other"),
        ("otras", "other"),
        ("Other forms of exploitation", "other"),
        ("forced_labour", "forced_labour"),
    ],
    "gender": [
        ("F", "female"),
        ("M", "male"),
        ("female", "female"),
        ("Male", "male"),
        ("woman", "female"),
        ("women", "female"),
        ("girls", "female"),
        ("femme", "female"),
        ("femmes", "female"),
        ("homme", "male"),
        ("hommes", "male"),
        ("mujer", "female"),
        ("mujeres", "female"),
        ("hombre", "male"),
        ("hombres", "male"),
        ("H", "male"),
        ("V", "male"),
        ("varones", "male"),
        ("niña", "female"),
        ("both", "mixed"),
        ("mixte", "mixed"),
        ("mixto", "mixed"),
        ("F+M", "mixed"),
        ("M/F", "mixed"),
        ("2 women and 3 men", "mixed"),
        ("Total", "mixed"),
        ("Other", "unknown"),
    ],
    "age_group": [
        ("child", "child"),
        ("children", "child"),
        ("minor", "child"),
        ("mineur", "child"),
        ("Mineurs non accompagnés", "child"),
        ("menor", "child"),
        ("menores", "child"),
        ("enfant", "child"),
        ("niño", "child"),
        ("0-17", "child"),
        ("0 to 17 years", "child"),
        ("under 18", "child"),
        ("<18", "child"),
        ("moins de 18 ans", "child"),
        ("adult", "adult"),
        ("majeur", "adult"),
        ("adulto", "adult"),
        ("18+", "adult"),
        ("18 years or over", "adult"),
        ("18 ans et plus", "adult"),
        ("25-34", "adult"),
        ("mixed", "mixed"),
        ("12-25", "mixed"),
        ("adults and children", "mixed"),
        ("Total", "mixed"),
    ],
    "transport_mode": [
        ("sea", "sea"),
        ("boat", "sea"),
        ("maritime", "sea"),
        ("mer", "sea"),
        ("bateau", "sea"),
        ("embarcación", "sea"),
        ("patera", "sea"),
        ("cayuco", "sea"),
        ("zodiac", "sea"),
        ("rubber dinghy", "sea"),
        ("ferry", "sea"),
        ("land", "land"),
        ("truck", "land"),
        ("car", "land"),
        ("lorry", "land"),
        ("bus", "land"),
        ("train", "land"),
        ("on foot", "land"),
        ("camion", "land"),
        ("voiture", "land"),
        ("à pied", "land"),
        ("terrestre", "land"),
        ("camión", "land"),
        ("coche", "land"),
        ("a pie", "land"),
        ("tren", "land"),
        ("air", "air"),
        ("plane", "air"),
        ("flight", "air"),
        ("airport", "air"),
        ("avion", "air"),
        ("aérien", "air"),
        ("avión", "air"),
        ("aéreo", "air"),
    ],
}
ALL = [(field, text, word) for field, cases in CASES.items() for text, word in cases]


@pytest.fixture(scope="module")
def parsed() -> dict[tuple[str, str], tuple[str, str, bool]]:
    """Every case parsed with one call per field."""
    out = {}
    for field, cases in CASES.items():
        texts = [text for text, _ in cases]
        p = parse_vocab(pd.Series(texts), field=field)
        for text, v, r, i in zip(texts, p.values, p.rule, p.invalid, strict=True):
            out[(field, text)] = (v, r, bool(i))
    return out


@pytest.mark.parametrize(("field", "text", "word"), ALL)
def test_wording(
    parsed: dict[tuple[str, str], tuple[str, str, bool]], field: str, text: str, word: str
) -> None:
    value, rule, invalid = parsed[(field, text)]
    assert value == word
    assert rule in {"vocab.exact", "vocab.keyword", "vocab.age_number"}
    assert invalid is False


@pytest.mark.parametrize(
    ("field", "text", "rule"),
    [
        ("crime_type", "tráfico de personas", "vocab.ambiguous"),  # trafficking or smuggling
        ("crime_type", "trafic", "vocab.ambiguous"),
        ("crime_type", "drug trafficking ring", "vocab.unrecognised"),
        ("crime_type", "burglary", "vocab.unrecognised"),
        ("exploitation", "exploitation", "vocab.unrecognised"),
        ("exploitation", "sexual exploitation and forced labour", "vocab.ambiguous"),
        ("transport_mode", "boat then truck", "vocab.ambiguous"),
        ("gender", "xyz", "vocab.unrecognised"),
    ],
)
def test_unrecognised_and_ambiguous(field: str, text: str, rule: str) -> None:
    p = parse_vocab(pd.Series([text]), field=field)
    assert (p.values.iloc[0], p.rule.iloc[0], bool(p.invalid.iloc[0])) == ("unknown", rule, True)


def test_missing_is_unknown_not_invalid() -> None:
    raw = pd.Series([None, "", "  ", "Unknown", "inconnu", "desconocido", "n/a"], dtype=object)
    p = parse_vocab(raw, field="gender")
    assert p.values.tolist() == ["unknown"] * len(raw)
    assert p.rule.tolist() == ["vocab.missing"] * len(raw)
    assert not p.invalid.any()


@pytest.mark.parametrize("field", list(VOCABULARIES))
def test_categories_index_and_input_untouched(field: str) -> None:
    raw = pd.Series(["x", None, "Unknown", "x"], index=[5, 1, 9, 2], name="col", dtype=object)
    before = raw.copy()
    p = parse_vocab(raw, field=field)
    assert isinstance(p, Parsed)
    pd.testing.assert_series_equal(raw, before)
    assert list(p.values.cat.categories) == list(VOCABULARIES[field])
    for part in (p.values, p.rule, p.invalid):
        assert part.index.equals(raw.index)
    assert p.rule.dtype == "string"
    assert p.invalid.dtype == bool


def test_unknown_field_is_a_clear_error() -> None:
    with pytest.raises(ParameterError, match="crime_type"):
        parse_vocab(pd.Series(["x"]), field="crimes")


WORDS = st.sampled_from([text for _, text, _ in ALL] + ["", "?", "xyz", "Trafic", "n/a"])


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(list(VOCABULARIES)), st.lists(st.one_of(WORDS, st.text(max_size=12))))
def test_output_always_in_vocabulary_and_idempotent(field: str, texts: list[str]) -> None:
    p = parse_vocab(pd.Series(texts, dtype=object), field=field)
    assert set(p.values.astype(str)) <= set(VOCABULARIES[field])
    again = parse_vocab(p.values.astype(str).astype(object), field=field)
    pd.testing.assert_series_equal(again.values, p.values)
    assert not again.invalid.any()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("document fraud", "document_fraud"),
        ("fraude documentaire", "document_fraud"),
        ("falsificación de documentos", "document_fraud"),
        ("forged passports", "document_fraud"),
        ("corruption", "corruption"),
        ("corrupción", "corruption"),
        ("bribery", "corruption"),
        ("money laundering", "money_laundering"),
        ("blanchiment", "money_laundering"),
        ("blanqueo de capitales", "money_laundering"),
        ("drugs", "illicit_goods"),
        ("weapons", "illicit_goods"),
        ("stupéfiants", "illicit_goods"),
        ("trafic d'armes", "illicit_goods"),
        ("armas", "illicit_goods"),
        ("cybercrime", "cybercrime"),
        ("cybercriminalité", "cybercrime"),
        ("ciberdelito", "cybercrime"),
        ("online", "cybercrime"),
        ("terrorism", "terrorism"),
        ("terrorisme", "terrorism"),
        ("terrorismo", "terrorism"),
        ("terrorism|corruption", "corruption|terrorism"),
        (
            "blanchiment; fraude documentaire, corruption",
            "corruption|document_fraud|money_laundering",
        ),
        ("drugs, weapons", "illicit_goods"),
        ("bribery and money laundering", "corruption|money_laundering"),
    ],
)
def test_linked_offences(text: str, expected: str) -> None:
    p = parse_linked_offences(pd.Series([text]))
    assert p.values.iloc[0] == expected
    assert (p.rule.iloc[0], bool(p.invalid.iloc[0])) == ("offences.keyword", False)


def test_linked_offences_missing_none_and_unread() -> None:
    raw = pd.Series([None, "", "none", "aucune", "tax evasion", "tax evasion; corruption"])
    p = parse_linked_offences(raw)
    assert p.values.tolist() == [pd.NA, pd.NA, pd.NA, pd.NA, pd.NA, "corruption"]
    assert p.rule.tolist() == [
        pd.NA,
        "offences.none",
        "offences.none",
        "offences.none",
        "offences.unrecognised",
        "offences.partial",
    ]
    assert p.invalid.tolist() == [False, False, False, False, True, True]
    assert p.values.dtype == "string"


@settings(max_examples=20, deadline=None)
@given(st.lists(st.lists(st.sampled_from(LINKED_OFFENCES), min_size=1), max_size=8))
def test_linked_offences_idempotent(lists: list[list[str]]) -> None:
    raw = pd.Series(["|".join(x) for x in lists], dtype=object)
    p = parse_linked_offences(raw)
    assert p.values.tolist() == ["|".join(sorted(set(x))) for x in lists]
    again = parse_linked_offences(p.values.astype(object))
    pd.testing.assert_series_equal(again.values, p.values)
