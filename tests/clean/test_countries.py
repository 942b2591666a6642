"""Tests of trendlib.clean.countries: names, codes, demonyms, typos, lists."""

from __future__ import annotations

import pandas as pd
import pycountry
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trendlib.clean.countries import (
    DEFAULT_THRESHOLD,
    country_name,
    parse_country,
    parse_country_list,
    to_iso3,
)
from trendlib.errors import ParameterError

VALID = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def one(value: object, **kwargs: float) -> tuple[object, object, bool]:
    p = parse_country(pd.Series([value], dtype=object), **kwargs)
    v = p.values.iloc[0]
    return (None if pd.isna(v) else v), p.rule.iloc[0], bool(p.invalid.iloc[0])


# --- exact expectations per category ---------------------------------------------------

NAMES = [
    # English names, official and common names
    ("Nigeria", "NGA", "country.name_en"),
    ("Syrian Arab Republic", "SYR", "country.name_en"),
    ("Iran, Islamic Republic of", "IRN", "country.name_en"),
    ("Viet Nam", "VNM", "country.name_en"),
    ("Republic of Moldova", "MDA", "country.name_en"),
    ("Türkiye", "TUR", "country.name_en"),
    ("Czech Republic", "CZE", "country.name_en"),
    ("Laos", "LAO", "country.name_en"),
    ("Bolivia (Plurinational State of)", "BOL", "country.name_en"),
    ("Venezuela (Bolivarian Republic of)", "VEN", "country.name_en"),
    ("Côte d'Ivoire", "CIV", "country.name_en"),
    ("CÃ´te dâ€™Ivoire", "CIV", "country.name_en"),  # mojibake repaired
    ("  south   SUDAN ", "SSD", "country.name_en"),
    # French
    ("Pays-Bas", "NLD", "country.name_fr"),
    ("Allemagne", "DEU", "country.name_fr"),
    ("Royaume-Uni", "GBR", "country.name_fr"),
    ("Erythrée", "ERI", "country.name_fr"),
    ("Maroc", "MAR", "country.name_fr"),
    ("Libye", "LBY", "country.name_fr"),
    ("Turquie", "TUR", "country.name_fr"),
    ("République démocratique du Congo", "COD", "country.name_fr"),
    ("Guinée équatoriale", "GNQ", "country.name_fr"),
    ("Syrie", "SYR", "country.name_fr"),
    # Spanish
    ("Alemania", "DEU", "country.name_es"),
    ("Reino Unido", "GBR", "country.name_es"),
    ("Costa de Marfil", "CIV", "country.name_es"),
    ("Marruecos", "MAR", "country.name_es"),
    ("Libia", "LBY", "country.name_es"),
    ("Turquía", "TUR", "country.name_es"),
    ("Países Bajos", "NLD", "country.name_es"),
    ("Sudán del Sur", "SSD", "country.name_es"),
    ("Afganistán", "AFG", "country.name_es"),
]

CODES = [
    ("NG", "NGA", "country.iso2"),
    ("ng", "NGA", "country.iso2"),
    ("NGA", "NGA", "country.iso3"),
    ("nga ", "NGA", "country.iso3"),
    ("566", "NGA", "country.numeric"),
    ("566.0", "NGA", "country.numeric"),
    ("4", "AFG", "country.numeric"),
    ("004", "AFG", "country.numeric"),
    ("XKX", "XKX", "country.iso3"),
    ("XK", "XKX", "country.alias"),
]

ALIASES = [
    ("Tyrkiet", "TUR"),  # Danish: missing from pycountry's Danish catalogue
    ("UK", "GBR"),
    ("Great Britain", "GBR"),
    ("England", "GBR"),
    ("USA", "USA"),
    ("U.S.A.", "USA"),
    ("Ivory Coast", "CIV"),
    ("Libyan Arab Jamahiriya", "LBY"),  # UN name until 2011
    ("State of Libya", "LBY"),
    ("RCI", "CIV"),  # République de Côte d'Ivoire
    ("C. de Marfil", "CIV"),  # Costa de Marfil, its first word cut short
    ("Greese", "GRC"),  # one slip from "Greece" as written (its skeleton is "Grece"'s)
    ("É.-U.", "USA"),  # Canadian French
    ("Turkey", "TUR"),
    ("Russia", "RUS"),
    ("DR Congo", "COD"),
    ("DRC", "COD"),
    ("RDC", "COD"),
    ("Congo-Brazzaville", "COG"),
    ("Kosovo", "XKX"),
    ("Kosovo under UNSCR 1244", "XKX"),
    ("Palestine", "PSE"),
    ("Macedonia", "MKD"),
    ("Burma", "MMR"),
    ("Holland", "NLD"),
    ("Holanda", "NLD"),
    ("Congolese (DRC)", "COD"),
    ("UAE", "ARE"),
]

DEMONYMS = [
    ("Nigerian", "NGA"),
    ("nigérian", "NGA"),
    ("nigériane", "NGA"),
    ("nigeriano", "NGA"),
    ("Nigerianas", "NGA"),
    ("iraquienne", "IRQ"),  # the French Interior ministry's spelling of irakienne
    ("Nigerien", "NER"),
    ("nigérienne", "NER"),
    ("nigerino", "NER"),
    ("Syrian", "SYR"),
    ("syrienne", "SYR"),
    ("sirio", "SYR"),
    ("Afghans", "AFG"),
    ("afgana", "AFG"),
    ("érythréenne", "ERI"),
    ("eritrea", "ERI"),
    ("Moroccan", "MAR"),
    ("marroquí", "MAR"),
    ("marroquíes", "MAR"),
    ("albanaise", "ALB"),
    ("albanesa", "ALB"),
    ("vietnamita", "VNM"),
    ("roumain", "ROU"),
    ("ucraniana", "UKR"),
    ("vénézuélienne", "VEN"),
    ("haïtien", "HTI"),
    ("guinéenne", "GIN"),
    ("Ivorian", "CIV"),
    ("marfileña", "CIV"),
    ("Bangladeshi", "BGD"),
    ("Pakistanis", "PAK"),
    ("iraquí", "IRQ"),
    ("soudanaise", "SDN"),
    ("South Sudanese", "SSD"),
    ("tunecino", "TUN"),
    ("égyptien", "EGY"),
    ("libyenne", "LBY"),
    ("maliense", "MLI"),
    ("sénégalaise", "SEN"),
    ("senegaleses", "SEN"),
    ("Gambian", "GMB"),
    ("camerounais", "CMR"),
    ("chinoise", "CHN"),
    ("Indian", "IND"),
    ("colombiana", "COL"),
    ("équatorien", "ECU"),
    ("Cuban", "CUB"),
    ("hondureña", "HND"),
    ("guatémaltèque", "GTM"),
    ("mexicana", "MEX"),
    ("turque", "TUR"),
    ("Iranian", "IRN"),
    ("somalí", "SOM"),
    ("etíope", "ETH"),
    ("algérienne", "DZA"),
    ("Kosovar", "XKX"),
]

UNKNOWN = [
    "Unknown", "Inconnu", "Desconocido", "N/A", "Mixed", "Multiple", "Stateless",
    "Apatride", "UNK", "XXX", "-", "?", "no determinada", "Unknown (Sub-Saharan Africa)",
]  # fmt: skip

TYPOS = [
    ("Nigeira", "NGA"),
    ("Lybia", "LBY"),
    ("Marocco", "MAR"),
    ("Afghanestan", "AFG"),
    ("Ethopia", "ETH"),
    ("Phillipines", "PHL"),
    ("Guinee Bisau", "GNB"),
    ("Dominica Republic", "DOM"),
    ("Senegall", "SEN"),
    ("Kazakhistan", "KAZ"),
]


@pytest.mark.parametrize(("raw", "code", "rule"), NAMES + CODES)
def test_names_and_codes(raw: str, code: str, rule: str) -> None:
    assert one(raw) == (code, rule, False)


@pytest.mark.parametrize(("raw", "code"), ALIASES)
def test_aliases(raw: str, code: str) -> None:
    value, _, invalid = one(raw)
    assert (value, invalid) == (code, False)


@pytest.mark.parametrize(("raw", "code"), DEMONYMS)
def test_demonyms(raw: str, code: str) -> None:
    value, rule, _ = one(raw)
    assert value == code
    assert rule in {"country.demonym", "country.name_es", "country.name_en"}


@pytest.mark.parametrize("raw", UNKNOWN)
def test_unknown_words_are_na_but_valid(raw: str) -> None:
    assert one(raw) == (None, "country.unknown_word", False)


@pytest.mark.parametrize(("raw", "code"), TYPOS)
def test_small_typos(raw: str, code: str) -> None:
    # "Marocco" is also Italian for Morocco: read as that name, before any typo is sought
    rule = "country.endonym" if raw == "Marocco" else "country.fuzzy"
    assert one(raw) == (code, rule, False)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("Niger", "NER"), ("Nigeria", "NGA"), ("Guinea", "GIN"), ("Guinea-Bissau", "GNB"),
        ("Equatorial Guinea", "GNQ"), ("Papua New Guinea", "PNG"), ("Sudan", "SDN"),
        ("South Sudan", "SSD"), ("Congo", "COG"), ("DR Congo", "COD"), ("Dominica", "DMA"),
        ("Dominican Republic", "DOM"), ("Iran", "IRN"), ("Iraq", "IRQ"), ("Austria", "AUT"),
        ("Australia", "AUS"), ("Mali", "MLI"), ("Malawi", "MWI"), ("Slovakia", "SVK"),
        ("Slovenia", "SVN"), ("Nigerien", "NER"), ("Nigerian", "NGA"),
    ],
)  # fmt: skip
def test_look_alike_countries_stay_apart(raw: str, code: str) -> None:
    assert one(raw)[0] == code
    assert one(raw.upper())[0] == code


@pytest.mark.parametrize(
    "raw",
    # equally close to two countries: never guessed
    ["Austrlia", "Nigerin", "Irak Iran", "Slovnia Slovakia", "Sudn Sudan", "Malwi Mali"],
)
def test_near_ties_are_not_guessed(raw: str) -> None:
    value, _rule, invalid = one(raw)
    assert value is None
    assert invalid


@pytest.mark.parametrize(
    ("pair"),
    [("Niger", "Nigeria"), ("Iran", "Iraq"), ("Austria", "Australia"), ("Mali", "Malawi"),
     ("Slovakia", "Slovenia"), ("Sudan", "South Sudan"), ("Guinea", "Guinea-Bissau"),
     ("Dominica", "Dominican Republic"), ("Congo", "DR Congo")],
)  # fmt: skip
def test_fuzzy_never_swaps_confusable_pairs(pair: tuple[str, str]) -> None:
    # Every one-letter deletion of each name reads as that name or as nothing.
    for name, other in (pair, pair[::-1]):
        want, rival = one(name)[0], one(other)[0]
        variants = [name[:i] + name[i + 1 :] for i in range(len(name))]
        got = parse_country(pd.Series(variants)).values
        assert rival not in set(got.dropna()), (name, list(got))
        assert set(got.dropna()) <= {want}


@pytest.mark.parametrize(
    ("raw", "code"),
    [("Panam\ufffd", "PAN"), ("ESPA\ufffdA", "ESP"), ("C\ufffdte d\ufffdIvoire", "CIV"),
     ("T\ufffdrkiye", "TUR"), ("M\ufffdXICO", "MEX")],
)  # fmt: skip
def test_letters_lost_to_replacement_characters(raw: str, code: str) -> None:
    assert one(raw) == (code, "country.fuzzy", False)


def test_ambiguous_words_are_flagged() -> None:
    assert one("Congolese") == (None, "country.ambiguous", True)
    assert one("Korea") == (None, "country.ambiguous", True)


def test_unresolved_text_is_invalid() -> None:
    assert one("Atlantis") == (None, "country.unresolved", True)
    assert one("Lagos") == (None, "country.unresolved", True)  # a city, not Laos


def test_regions_and_lists_in_a_single_country_field() -> None:
    assert one("Africa") == (None, "country.region", False)
    assert one("Egypt, Sudan") == (None, "country.multiple", False)
    assert one("Syrian Arab Republic,Unknown") == (None, "country.multiple", False)
    assert one("Nigeria / Nigeria")[0] == "NGA"


def test_missing_and_blank_are_na_without_rule() -> None:
    p = parse_country(pd.Series([None, "", "  ", float("nan")], dtype=object))
    assert p.values.isna().all()
    assert p.rule.isna().all()
    assert not p.invalid.any()


def test_numeric_input_series() -> None:
    p = parse_country(pd.Series([566, 4.0, None]))
    assert p.values.tolist() == ["NGA", "AFG", pd.NA]


def test_threshold_one_turns_fuzzy_off() -> None:
    assert one("Nigeira", threshold=1.0) == (None, "country.unresolved", True)
    assert one("Nigeira", threshold=DEFAULT_THRESHOLD)[0] == "NGA"


@pytest.mark.parametrize("bad", [0, -0.5, 1.5, "0.8", True])
def test_bad_threshold(bad: object) -> None:
    with pytest.raises(ParameterError, match="threshold"):
        parse_country(pd.Series(["Niger"]), threshold=bad)  # type: ignore[arg-type]


def test_result_shape_index_and_input_untouched() -> None:
    raw = pd.Series(
        ["Libye", None, "Libye", "Atlantis!"], index=[10, 7, 3, 99], name="nat", dtype=object
    )
    before = raw.copy()
    p = parse_country(raw)
    pd.testing.assert_series_equal(raw, before)
    for s in (p.values, p.rule, p.invalid):
        assert s.index.equals(raw.index)
        assert s.name == "nat"
    assert p.values.dtype == "string"
    assert p.rule.dtype == "string"
    assert p.invalid.dtype == bool
    assert p.values.tolist() == ["LBY", pd.NA, "LBY", pd.NA]
    assert p.rule.tolist() == ["country.name_fr", pd.NA, "country.name_fr", "country.unresolved"]


# --- lists -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "codes", "rule"),
    [
        ("Libya, Tunisia", "LBY|TUN", "country_list.parsed"),
        ("LBY|TUN", "LBY|TUN", "country_list.parsed"),
        ("Libye -> Tunisie => Italie", "LBY|TUN|ITA", "country_list.parsed"),
        ("Niger > Libya → Italy", "NER|LBY|ITA", "country_list.parsed"),
        ("Turquía y Grecia", "TUR|GRC", "country_list.parsed"),
        ("Maroc et Espagne", "MAR|ESP", "country_list.parsed"),
        ("Mali to Algeria", "MLI|DZA", "country_list.parsed"),
        ("Sudan; Libya / Italy", "SDN|LBY|ITA", "country_list.parsed"),
        ("Guinea-Bissau - Senegal", "GNB|SEN", "country_list.parsed"),
        ("Timor-Leste, Indonesia", "TLS|IDN", "country_list.parsed"),
        ("Bosnia and Herzegovina and Croatia", "BIH|HRV", "country_list.parsed"),
        ("Trinidad and Tobago, Venezuela", "TTO|VEN", "country_list.parsed"),
        ("Iran, Islamic Republic of, Turkey", "IRN|TUR", "country_list.parsed"),
        ("Korea, Republic of", "KOR", "country_list.parsed"),
        ("Congo, The Democratic Republic of the; Uganda", "COD|UGA", "country_list.parsed"),
        ("Saint Kitts and Nevis", "KNA", "country_list.parsed"),
        ("Libya, Libya, Italy, Libya", "LBY|ITA|LBY", "country_list.parsed"),
        ("Lybia - Italy", "LBY|ITA", "country_list.fuzzy"),
        ("Libya, Atlantis, Italy", "LBY|ITA", "country_list.partial"),
        ("Syrian Arab Republic,Unknown", "SYR", "country_list.partial"),
        ("Unknown", None, "country_list.unknown_word"),
        ("Atlantis / Narnia", None, "country_list.unresolved"),
    ],
)
def test_country_lists(raw: str, codes: str | None, rule: str) -> None:
    p = parse_country_list(pd.Series([raw]))
    value = p.values.iloc[0]
    assert (None if pd.isna(value) else value) == codes
    assert p.rule.iloc[0] == rule
    assert bool(p.invalid.iloc[0]) == (rule == "country_list.unresolved")


def test_country_list_alignment_and_missing() -> None:
    raw = pd.Series(["Libya, Italy", None, ""], index=["a", "b", "c"])
    p = parse_country_list(raw)
    assert p.values.index.equals(raw.index)
    assert p.values.tolist() == ["LBY|ITA", pd.NA, pd.NA]
    assert p.rule.tolist() == ["country_list.parsed", pd.NA, pd.NA]


# --- helpers ---------------------------------------------------------------------------


def test_to_iso3() -> None:
    assert to_iso3("Royaume-Uni") == "GBR"
    assert to_iso3("Costa de Marfil") == "CIV"
    assert to_iso3("Unknown") is None
    assert to_iso3(None) is None
    assert to_iso3(float("nan")) is None


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("TUR", "en", "Türkiye"), ("LBY", "en", "Libya"), ("SYR", "en", "Syria"),
        ("IRN", "en", "Iran"), ("COD", "en", "DR Congo"), ("XKX", "en", "Kosovo"),
        ("RUS", "en", "Russia"), ("VEN", "en", "Venezuela"), ("TZA", "en", "Tanzania"),
        ("DEU", "fr", "Allemagne"), ("SYR", "fr", "Syrie"), ("RUS", "fr", "Russie"),
        ("MAR", "es", "Marruecos"), ("GBR", "es", "Reino Unido"), ("nga", "en", "Nigeria"),
    ],
)  # fmt: skip
def test_country_name(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang=lang) == name


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_country_name_round_trips(lang: str) -> None:
    codes = sorted(VALID)
    names = pd.Series([country_name(code, lang=lang) for code in codes])
    back = parse_country(names, threshold=1.0).values
    assert back.tolist() == codes


def test_country_name_errors() -> None:
    with pytest.raises(ParameterError, match="alpha-3"):
        country_name("ZZZ")
    with pytest.raises(ParameterError, match="lang"):
        country_name("NGA", lang="de")


# --- properties ------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        *[c.name for c in pycountry.countries][:60],
        *["Nigeira", "Lybia", "unknown", "DRC", "Congolese", "566", "ng", "Atlantis", "Guinée"],
    ]
)
_TEXT = st.one_of(_WORDS, st.text(max_size=12), _WORDS.map(str.upper))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, max_size=8))
def test_property_codes_valid_deterministic_idempotent(values: list[str]) -> None:
    raw = pd.Series(values, dtype=object)
    first = parse_country(raw)
    assert set(first.values.dropna()) <= VALID
    again = parse_country(raw)
    pd.testing.assert_series_equal(first.values, again.values)
    pd.testing.assert_series_equal(first.rule, again.rule)
    reparsed = parse_country(first.values.astype(object))
    pd.testing.assert_series_equal(reparsed.values, first.values)
    lists = parse_country_list(raw)
    for v in lists.values.dropna():
        assert set(v.split("|")) <= VALID
    pd.testing.assert_series_equal(
        parse_country_list(lists.values.astype(object)).values, lists.values
    )


@pytest.mark.parametrize(
    ("raw", "code"),
    [("Spian", "ESP"), ("Itlay", "ITA"), ("Hati", "HTI"), ("Chnia", "CHN"), ("Guniea", "GIN")],
)  # fmt: skip
def test_one_slip_in_a_short_name_is_read(raw: str, code: str) -> None:
    assert one(raw) == (code, "country.fuzzy", False)


def test_one_slip_rule_is_off_at_threshold_one() -> None:
    assert one("Spian", threshold=1.0)[0] is None


# --- unknown words shared with the vocabularies, and placeholders by file language ----------


@pytest.mark.parametrize(
    "raw",
    [
        "se desconoce",
        "no especificado",
        "sin especificar",
        "non communiqué",
        "non déterminé",
        "N/C",
        "S/D",
        "ignoré",
        "ignorado",
        "not recorded",
        "withheld",
        "desconegut",  # Catalan (Catalonia's prisons, blind360)
        "Desconeguda",
    ],
)
def test_unknown_words_of_three_languages(raw: str) -> None:
    assert one(raw) == (None, "country.unknown_word", False)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("GER", "DEU"),
        ("GUA", "GTM"),
        ("HON", "HND"),
        ("BAN", "BGD"),
        ("SUI", "CHE"),
        ("NIG", "NER"),
    ],
)
def test_sports_bodies_codes_in_capitals(raw: str, code: str) -> None:
    # FIFA's and the IOC's codes, as a sports body's security desk writes them (blind203,
    # blind375)
    assert one(raw) == (code, "country.sports_code", False)


def test_sports_codes_yield_to_iso_and_to_words() -> None:
    assert one("BRN")[:2] == ("BRN", "country.iso3")  # Brunei; Bahrain's IOC code
    assert one("DEU")[:2] == ("DEU", "country.iso3")
    assert one("ban")[0] is None  # a word in lower case, no code
    assert one("Ger")[0] is None
    lists = parse_country_list(pd.Series(["GUA > MEX", "TUR-BUL-SRB-BIH"]))
    assert lists.values.tolist() == ["GTM|MEX", "TUR|BGR|SRB|BIH"]


@pytest.mark.parametrize(
    ("lang", "raw", "code"),
    [
        (None, "NC", "NCL"),  # English or unknown language: New Caledonia
        ("en", "NC", "NCL"),
        ("fr", "NC", None),  # non communiqué
        ("fr", "NR", None),  # non renseigné
        ("es", "NC", None),  # no consta
        ("es", "SD", None),  # sin datos
        ("fr", "SD", "SDN"),  # not a French placeholder: Sudan
        ("es", "NR", "NRU"),
    ],
)
def test_short_placeholders_depend_on_the_file_language(
    lang: str | None, raw: str, code: str | None
) -> None:
    p = parse_country(pd.Series(["Irak", raw, "Syrie"]), lang=lang)
    got = p.values.iloc[1]
    assert (None if pd.isna(got) else got) == code
    assert not p.invalid.any()
    if code is None:
        assert p.rule.iloc[1] == "country.unknown_word"


def test_columns_written_in_alpha2_codes_keep_nc_as_new_caledonia() -> None:
    p = parse_country(pd.Series(["FR", "NC", "IQ", "SY", "NC"]), lang="fr")
    assert p.values.tolist() == ["FRA", "NCL", "IRQ", "SYR", "NCL"]


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        (["Date de détection", "Pays d'origine", "Nombre de personnes", "traite"], "fr"),
        (["Fecha", "País de origen", "Número de personas", "trata de personas"], "es"),
        (["Date of detection", "Country of origin", "Number of persons", "smuggling"], "en"),
        (["Date", "12", "NC"], None),
        ([], None),
    ],
)
def test_guess_language(texts: list[str], lang: str | None) -> None:
    from trendlib.clean._unique import guess_language

    assert guess_language(texts) == lang


def test_clean_records_reads_nc_by_the_language_of_each_file() -> None:
    from trendlib.clean.pipeline import clean_records

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 4,
            "nationality": ["Irak", "NC", "Iraq", "NC"],
            "crime_type": ["traite des êtres humains", "trafic de migrants", "smuggling", "THB"],
            "gender": ["femmes", "hommes", "men", "women"],
            "n_persons": ["1", "2", "3", "4"],
            "source_file": ["fr.csv", "fr.csv", "uk.csv", "uk.csv"],
        }
    )
    raw.attrs["trendlib"] = {
        "files": [
            {"path": "fr.csv", "header_map": {"Nationalité": "nationality", "Sexe": "gender"}},
            {"path": "uk.csv", "header_map": {"Nationality": "nationality", "Sex": "gender"}},
        ]
    }
    rec = clean_records(raw, today="2026-01-01").records
    assert rec["nationality"].tolist() == ["IRQ", pd.NA, "IRQ", "NCL"]


@pytest.mark.parametrize(
    ("lang", "raw", "codes"),
    [
        ("fr", "Libye, NC, Italie", "LBY|ITA"),  # non communiqué dropped
        ("fr", "NC", None),
        (None, "NC > FR", "NCL|FRA"),
        ("fr", "NC > FR", "NCL|FRA"),  # items written as alpha-2 codes
        ("es", "Marruecos - SD - España", "MAR|ESP"),
    ],
)
def test_country_lists_read_placeholders_by_language(
    lang: str | None, raw: str, codes: str | None
) -> None:
    got = parse_country_list(pd.Series([raw]), lang=lang).values.iloc[0]
    assert (None if pd.isna(got) else got) == codes


@pytest.mark.parametrize(
    ("raw", "code"),
    [("PRC", "CHN"), ("Mainland China", "CHN"), ("RPC", "CHN"), ("Chine populaire", "CHN")],
)
def test_more_aliases(raw: str, code: str) -> None:
    assert one(raw)[0] == code


def test_kurdistan_is_a_region() -> None:
    assert one("Kurdistan") == (None, "country.region", False)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("Argelia", "DZA"),  # missing from pycountry's Spanish catalogue
        ("Comoras", "COM"),
        ("Gabonese", "GAB"),
        ("Argleia", "DZA"),  # one slip from Argelia
        ("Tuniie", "TUN"),  # the slip makes a double letter: closer as written
        ("Irna", "IRN"),  # one slip, no other country one slip away
        ("Irack", "IRQ"),  # "ck" for the "k" of French "Irak"
        ("Paikstan", "PAK"),
        ("Vietnamese nationals", "VNM"),
        ("ressortissants algériens", "DZA"),
        ("ciudadanos venezolanos", "VEN"),
    ],
)
def test_more_names_and_slips(raw: str, code: str) -> None:
    assert parse_country(pd.Series([raw])).values.tolist() == [code]


@pytest.mark.parametrize("raw", ["national", "citizens", "Austrlia", "Irag"])
def test_filler_alone_and_two_way_slips_stay_unread(raw: str) -> None:
    # "Austrlia" is one slip from Australia and from Austria; "Irag" from Iran and Iraq
    assert parse_country(pd.Series([raw])).values.isna().all()


@pytest.mark.parametrize(
    ("raw", "code"),
    [("Greace", "GRC"), ("Greice", "GRC"), ("Itaaly", "ITA"), ("Nigeira", "NGA")],
)
def test_vowel_slips_are_read(raw: str, code: str) -> None:
    assert parse_country(pd.Series([raw])).values.iloc[0] == code


@pytest.mark.parametrize("raw", ["Lagos", "Maawi", "Gaana"])
def test_vowel_slip_rule_does_not_invent_countries(raw: str) -> None:
    # a consonant too many is not a slip; a near tie between countries is never guessed
    assert pd.isna(parse_country(pd.Series([raw])).values.iloc[0])


@pytest.mark.parametrize(
    ("raw", "codes"),
    [
        ("CN, Russia, Poland, DE, France", "CHN|RUS|POL|DEU|FRA"),
        ("Libya > DE > NL", "LBY|DEU|NLD"),
        ("Poland; ET", "POL|ETH"),
        # "de" inside a name is running text, not Germany
        ("República de Colombia; Panamá", "COL|PAN"),
        ("Trinité-et-Tobago, Libya", "TTO|LBY"),
        ("Iran, Islamic Republic of > Turkey", "IRN|TUR"),
        ("Congo, The Democratic Republic of the - Uganda", "COD|UGA"),
    ],
)
def test_codes_inside_lists_are_not_swallowed_by_names(raw: str, codes: str) -> None:
    assert parse_country_list(pd.Series([raw])).values.iloc[0] == codes


def test_two_letter_non_codes_in_lists_are_not_invented() -> None:
    out = parse_country_list(pd.Series(["Libya, XY, Italy", "Libya, ok, Italy"]))
    assert out.values.tolist() == ["LBY|ITA", "LBY|ITA"]
    assert out.rule.tolist() == ["country_list.partial", "country_list.partial"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Pamana", "PAN"), ("Guatelama", "GTM"), ("Austira", "AUT"), ("Mila", None), ("Rmoa", None)],
)
def test_two_letters_swapped(raw: str, expected: str | None) -> None:
    # a swap of letters that are not side by side costs two slips in the distance;
    # read when one country only is spelt so (names of five letters or more)
    value, rule, _ = one(raw)
    assert value == expected
    if expected is not None:
        assert rule == "country.fuzzy"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Polska", "POL"), ("Hrvatska", "HRV"), ("Österreich", "AUT"), ("Magyarország", "HUN")],
)
def test_endonyms(raw: str, expected: str) -> None:
    # a country's name in its own language, from pycountry's catalogues
    assert one(raw)[:2] == (expected, "country.endonym")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Spagna", "ESP"), ("Costa d'Avorio", "CIV"), ("Regno Unito", "GBR"), ("Marokko", "MAR")],
)
def test_names_in_liaison_languages(raw: str, expected: str) -> None:
    # Italian, Portuguese, German and Dutch names slip into EN/FR/ES files at liaison desks
    assert one(raw)[:2] == (expected, "country.endonym")


def test_endonyms_never_take_a_word_the_three_languages_have() -> None:
    from trendlib.clean.countries import _endonyms, _table

    assert not set(_endonyms()) & set(_table().exact)
    assert parse_country_list(pd.Series(["Russia -> Polska -> Deutschland"])).values[0] == (
        "RUS|POL|DEU"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Vietnam (Socialist Rep.)", "VNM"),  # a qualifier in brackets
        ("Spain (Canary Islands)", "ESP"),
        ("Niger (Nigeria)", None),  # the brackets name another country: no guess
        ("RFA", "DEU"),  # République fédérale d'Allemagne
        ("FRG", "DEU"),  # the Federal Republic
        ("Bengali", "BGD"),  # Libyan and Italian registers' name for Bangladeshis
    ],
)
def test_bracketed_qualifiers_and_rfa(raw: str, expected: str | None) -> None:
    assert one(raw)[0] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Rep. Bolivariana de Venezuela", "VEN"),
        ("Rep. Popular China", "CHN"),
        ("Rép. démocratique du Congo", "COD"),
    ],
)
def test_rep_abbreviates_republic_in_three_languages(raw: str, expected: str) -> None:
    assert one(raw)[0] == expected


def test_a_country_with_a_place_or_a_part_of_it() -> None:
    raw = pd.Series(
        [
            *("Panamá - Darién", "Lampedusa, Italia", "Italy (Latina (Agro Pontino))"),
            *("Interior US", "Southern Nigeria", "Mali nord", "R.-U."),
        ]
    )
    p = parse_country(raw)
    assert p.values.tolist() == ["PAN", "ITA", "ITA", "USA", "NGA", "MLI", "GBR"]
    assert p.rule.tolist()[:2] == ["country.with_place"] * 2
    assert p.rule.tolist()[3:6] == ["country.part_of"] * 3
    # names that hold a compass word stay themselves; a part word alone is no country;
    # two countries are not one; "RU" stays Russia
    other = parse_country(
        pd.Series(["South Africa", "Sud Soudan", "North Cyprus", "Nord", "Italy (France)", "RU"])
    )
    assert other.values.tolist() == ["ZAF", "SSD", pd.NA, pd.NA, pd.NA, "RUS"]


def test_route_words_and_direct_journeys_in_transit_lists() -> None:
    raw = pd.Series(
        [
            *("via Niger Republic & Libya", "via Tunisia", "through Libya", "par la Libye"),
            *("por Guatemala y México", "Niger via Libya", "Direct", "vuelo directo"),
        ]
    )
    p = parse_country_list(raw)
    assert p.values.tolist()[:6] == ["NER|LBY", "TUN", "LBY", "LBY", "GTM|MEX", "NER|LBY"]
    assert p.values.isna().tolist()[6:] == [True, True]
    assert p.rule.tolist()[6:] == ["country_list.unknown_word"] * 2
    assert not p.invalid.any()
    # names that start like a route word are still names
    assert parse_country_list(pd.Series(["Paraguay, Portugal"])).values.tolist() == ["PRY|PRT"]


def test_a_place_with_a_code_is_not_read_as_that_code() -> None:
    # after a comma a two-letter code is often a state: Georgia and Arizona, not Gabon
    # and Azerbaijan; a US state is in the United States
    p = parse_country(pd.Series(["Atlanta, GA", "Phoenix, AZ", "New York, NY"]))
    assert p.values.tolist() == ["USA"] * 3
    assert p.rule.tolist() == ["country.us_state"] * 3
    # a province elsewhere, a country code, or a country before a state code stay unread
    other = parse_country(pd.Series(["Toronto, ON", "Paris, FR", "Nigeria, GA"]))
    assert other.values.isna().all()


def test_ditto_words_are_read_but_name_no_country() -> None:
    p = parse_country(pd.Series(["ídem", "IDEM", "same", "igual", "DO", "ID"]))
    assert p.rule.tolist()[:4] == ["country.ditto"] * 4
    assert p.values.isna().tolist()[:4] == [True] * 4
    assert not p.invalid.any()
    # "DO" and "ID" stay the Dominican Republic's and Indonesia's codes
    assert p.values.tolist()[4:] == ["DOM", "IDN"]


def test_conus_is_the_united_states() -> None:
    assert parse_country(pd.Series(["CONUS", "CONUS (U.S.)"])).values.tolist() == ["USA", "USA"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("kurde irakien", "IRQ"),  # a people beside its nationality
        ("Iraqi Kurd", "IRQ"),
        ("kurdo sirio", "SYR"),
        ("Afghan Hazara", "AFG"),
        ("Tamil sri-lankais", "LKA"),
        ("peul guinéen", "GIN"),
        ("San Antonio TX", "USA"),  # a US town and its state, without the comma
        ("Del Rio TX", "USA"),
    ],
)
def test_peoples_and_us_towns_without_comma(text: str, code: str) -> None:
    assert parse_country(pd.Series([text])).values.tolist() == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Kurd",  # a people alone names no country
        "kurde",
        "Sudan SD",  # a country and a code: no town of a US state
        "Lagos NG",  # NG is no US state
        "El Paso tx",  # the state as the Postal Service writes it only
    ],
)
def test_peoples_alone_and_countries_beside_state_codes_stay_unread(text: str) -> None:
    assert parse_country(pd.Series([text])).values.isna().all()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("eaux françaises", "FRA"),  # a country's waters are the country
        ("UK territorial waters", "GBR"),
        ("aguas españolas", "ESP"),
        ("territorial waters of Spain", "ESP"),
    ],
)
def test_a_countrys_waters(text: str, code: str) -> None:
    assert parse_country(pd.Series([text])).values.tolist() == [code]


def test_international_waters_name_no_country() -> None:
    p = parse_country(pd.Series(["international waters", "eaux internationales"]))
    assert p.values.isna().all()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("tur bgr srb bih", "TUR|BGR|SRB|BIH"),  # a survey tool's multiple choice
        ("NER LBY", "NER|LBY"),
        ("TR BG RS BA", "TUR|BGR|SRB|BIH"),  # alpha-2 choices, in capitals
        ("RU BY", "RUS|BLR"),
        ("Sri Lanka", "LKA"),  # a name keeps its space
        # Kobo's multiple choice of names, "_" inside a name of several words
        ("ecuador colombia", "ECU|COL"),
        ("ecuador colombia estados_unidos", "ECU|COL|USA"),
        ("guinea bissau", "GNB"),  # a name, not Guinea then Bissau
        ("costa rica", "CRI"),
    ],
)
def test_alpha3_codes_with_spaces_are_a_list(text: str, codes: str) -> None:
    assert parse_country_list(pd.Series([text])).values.tolist() == [codes]


def test_two_letter_words_in_lower_case_are_no_codes() -> None:
    # French and Spanish words that are also alpha-2 codes ("de", "la", "et")
    assert parse_country_list(pd.Series(["de la"])).values.isna().all()


def test_spaced_words_that_are_not_all_codes_stay_one_text() -> None:
    p = parse_country_list(pd.Series(["tur bgr xyz", "the usa"]))
    assert p.values.isna().all()


def test_a_misspelt_name_before_a_place_in_brackets() -> None:
    p = parse_country(pd.Series(["Espagen (Lanzarote)", "Itlay (Sicily)", "Espagen (Italie)"]))
    assert p.values.tolist()[:2] == ["ESP", "ITA"]
    # the brackets name another country exactly: that one, as "Samos (Greece)" is Greece
    # and not Samoa (changed in session 7: a place that looks like a misspelt name is far
    # more common in these files than a misspelt country beside another)
    assert p.values.iloc[2] == "ITA"
    assert p.rule.iloc[2] == "country.with_place"


def test_a_us_state_in_brackets_is_no_other_country() -> None:
    p = parse_country(pd.Series(["E.U.A. (AZ)", "EE.UU. (TX)", "USA (CA)"]))
    assert p.values.tolist() == ["USA", "USA", "USA"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lampedusa (IT)", "ITA"),  # a place, then its country in brackets
        ("Darién (Panamá)", "PAN"),
        ("Nogales, Arizona (Estados Unidos)", "USA"),
        ("Cetingrad (HRV)", "HRV"),
        ("Grande Canarie (Espagne)", "ESP"),
        ("Samos (Greece)", "GRC"),  # not Samoa
        ("Samos, Greece", "GRC"),
        ("Chios, Grèce", "GRC"),
    ],
)
def test_a_place_then_its_country(raw: str, expected: str) -> None:
    assert one(raw)[:2] == (expected, "country.with_place")


def test_a_place_then_a_code_that_may_be_a_state_or_another_country() -> None:
    # "AZ" is Arizona and Azerbaijan, "MA" Massachusetts and Morocco: no guess; two
    # countries named exactly are never one; a code that is a state only is the USA
    p = parse_country(pd.Series(["Nogales (AZ)", "Tanger (MA)", "Italia (Francia)", "Laredo (TX)"]))
    assert p.values.tolist()[:3] == [pd.NA] * 3
    assert p.values.iloc[3] == "USA"
    # accepted: a misspelt country beside another reads as a place in the second
    assert one("Nigeira, Ghana")[0] == "GHA"
    # two countries named exactly stay several
    assert one("Egypt, Sudan")[:2] == (None, "country.multiple")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Frankrike", "FRA"),  # Swedish
        ("Storbritannien", "GBR"),
        ("Grekland", "GRC"),  # not two slips from Greenland
        ("Tyskland", "DEU"),
        ("Ranska", "FRA"),  # Finnish
        ("Niemcy", "DEU"),  # Polish
        ("Yunanistan", "GRC"),  # Turkish
    ],
)
def test_names_in_more_liaison_languages(raw: str, expected: str) -> None:
    assert one(raw)[:2] == (expected, "country.endonym")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Marroc", "MAR"),  # Catalan
        ("Xina", "CHN"),
        ("Costa d'Ivori", "CIV"),
        ("Frantzia", "FRA"),  # Basque
        ("Maroko", "MAR"),
        ("Espainia", "ESP"),
        ("Marrocos", "MAR"),  # Galician
    ],
)
def test_names_in_spains_co_official_languages(raw: str, expected: str) -> None:
    # a Catalan, Basque or Galician desk's countries in a Spanish file
    assert one(raw)[:2] == (expected, "country.endonym")


def test_an_endonym_one_slip_from_another_countrys_name_is_left_to_fuzzy_matching() -> None:
    from trendlib.clean.countries import _one_slip_from_other, _table

    assert _one_slip_from_other("nigera", "NER", _table())  # one slip from "nigeria"
    assert not _one_slip_from_other("grekland", "GRC", _table())


def test_ditto_abbreviations_and_phrases() -> None:
    p = parse_country(pd.Series(["id.", "Do.", "same as citizenship", "igual que origen"]))
    assert p.rule.tolist() == ["country.ditto"] * 4
    assert p.values.isna().all()


def test_serbian_names_and_rf() -> None:
    p = parse_country(pd.Series(["Nemačka", "Severna Makedonija", "RF", "Ruska Federacija"]))
    assert p.values.tolist() == ["DEU", "MKD", "RUS", "RUS"]
    lists = parse_country_list(pd.Series(["RF → Belarus", "Turkey – Greece – Severna Makedonija"]))
    assert lists.values.tolist() == ["RUS|BLR", "TUR|GRC|MKD"]


def test_federal_abbreviated() -> None:
    raw = pd.Series(["Fed. Rep. of Germany", "FED. REP. OF GERMANY", "Fed. Dem. Rep. of Ethiopia"])
    assert parse_country(raw).values.tolist() == ["DEU", "DEU", "ETH"]


def test_a_place_then_an_alpha3_code() -> None:
    raw = pd.Series(["Lampedusa, ITA", "Crotone, ITA", "Samos, GRC"])
    p = parse_country(raw)
    assert p.values.tolist() == ["ITA", "ITA", "GRC"]
    assert p.rule.tolist() == ["country.with_place"] * 3
    # a two-letter code after a comma is often a state: "Atlanta, GA" is not Gabon
    assert parse_country(pd.Series(["Atlanta, GA"])).values.tolist() == ["USA"]
    # two countries are still two
    assert parse_country(pd.Series(["ITA, FRA"])).rule.tolist() == ["country.multiple"]


def test_a_us_town_and_state_then_the_country_in_brackets() -> None:
    raw = pd.Series(["Nogales, AZ (EE. UU.)", "Sasabe, AZ (EE.UU.)", "Baku, AZ (Azerbaijan)"])
    assert parse_country(raw).values.tolist() == ["USA", "USA", "AZE"]


def test_the_mainland_of_a_country() -> None:
    raw = pd.Series(["France métropolitaine", "España peninsular", "Metropolitan France"])
    p = parse_country(raw)
    assert p.values.tolist() == ["FRA", "ESP", "FRA"]
    lists = parse_country_list(pd.Series(["Allemagne > France métropolitaine"]))
    assert lists.values.tolist() == ["DEU|FRA"]


def test_a_nuts_region_code_is_its_country() -> None:
    p = parse_country(pd.Series(["ITG1", "EL41", "ES70", "PL84", "UKI3"]))
    assert p.values.tolist() == ["ITA", "GRC", "ESP", "POL", "GBR"]
    assert p.rule.tolist() == ["country.nuts"] * 5
    # not a NUTS country, no digit, or too long: left alone
    other = parse_country(pd.Series(["MS13", "US1", "ITC", "AB12", "ITG123"]))
    assert other.values.isna().all()


@pytest.mark.parametrize(
    ("text", "places", "code"),
    [
        ("Almería", True, "ESP"),  # a place column: the town, not Algeria misspelt
        ("Almería", False, "DZA"),  # a person's country: a misspelt name first
        ("Huelva", True, "ESP"),
        ("El Ejido (Almería)", True, "ESP"),
        ("Tapachula", True, "MEX"),
        ("Pas-de-Calais", True, "FRA"),  # a département (ISO 3166-2 subdivision)
        ("Arguineguín (Las Palmas) (España)", True, "ESP"),  # remarks, then the country
        ("La Restinga (El Hierro)", True, "ESP"),  # an island of the Canaries
        ("Columbia", False, "COL"),  # a misspelt country, not the US town
    ],
)
def test_towns_and_regions_name_their_country(text: str, places: bool, code: str) -> None:
    p = parse_country(pd.Series([text]), places=places)
    assert p.values.tolist() == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Kent",  # an English county and a town of Washington State
        "Valencia",  # Spain's and Venezuela's cities alike
        "Nogales",  # Sonora and Arizona
        "Frontera",  # a town of Mexico, and the Spanish word for border
        "Dover, Kent",  # two places, neither of one country only
    ],
)
def test_places_of_two_countries_or_common_words_stay_unread(text: str) -> None:
    p = parse_country(pd.Series([text]), places=True)
    assert p.values.isna().all()


def test_towns_are_read_in_place_columns_only() -> None:
    # a person's country column: "Tapachula" is no country, "Mila" is Mali misspelt
    p = parse_country(pd.Series(["Tapachula", "Huelva", "Mila"]))
    assert p.values.isna().all()


def test_a_town_with_its_french_departement_in_a_french_file() -> None:
    raw = pd.Series(["GRAVELINES (59)", "Calais (62)", "Ajaccio (2A)", "Tanger (99)"])
    assert parse_country(raw, lang="fr").values.tolist()[:3] == ["FRA", "FRA", "FRA"]
    assert pd.isna(parse_country(raw, lang="fr").values.iloc[3])  # no such département
    assert parse_country(pd.Series(["GRAVELINES (59)"])).values.isna().all()  # not French


def test_croatia_as_its_police_abbreviate_it() -> None:
    assert parse_country(pd.Series(["RH"])).values.tolist() == ["HRV"]  # Republika Hrvatska


def test_iran_as_the_islamic_republic_abbreviates_itself() -> None:
    raw = pd.Series(["I.R. Iran", "IR Iran"])
    assert parse_country(raw).values.tolist() == ["IRN", "IRN"]
    assert parse_country_list(pd.Series(["I.R. Iran > Türkiye"])).values.tolist() == ["IRN|TUR"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # CLDR's short names in the liaison desks' languages, where ISO's are official
        ("Rosja", "RUS"),  # Polish; ISO: "Federacja Rosyjska"
        ("Russland", "RUS"),  # German, Norwegian
        ("Venäjä", "RUS"),  # Finnish
        ("Rusko", "RUS"),  # Czech, Slovak
        ("Storbritannia", "GBR"),  # Norwegian
        ("Großbritannien", "GBR"),  # German "Great Britain"
        ("Norsunluurannikko", "CIV"),  # Finnish
    ],
)
def test_short_names_in_exchange_languages(text: str, code: str) -> None:
    assert parse_country(pd.Series([text])).values.tolist() == [code]
    assert parse_country_list(pd.Series([f"{text} > Belarus"])).values.tolist() == [f"{code}|BLR"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # CLDR's names in other scripts: a Greek desk's "Ελλάδα", in capitals without
        # accents too; Cyrillic, Arabic, Chinese
        ("Ελλάδα", "GRC"),
        ("ΤΟΥΡΚΙΑ", "TUR"),
        ("Αφγανιστάν", "AFG"),
        ("Россия", "RUS"),
        ("Сърбия", "SRB"),  # Bulgarian
        ("ليبيا", "LBY"),
        ("中国", "CHN"),
    ],
)
def test_names_in_other_scripts(text: str, code: str) -> None:
    p = parse_country(pd.Series([text]))
    assert p.values.tolist() == [code]
    assert p.rule.tolist() == ["country.endonym"]
    assert parse_country_list(pd.Series([f"{text} > Belarus"])).values.tolist() == [f"{code}|BLR"]


def test_other_script_text_that_names_no_country_stays_unknown() -> None:
    p = parse_country(pd.Series(["Χώρα", "неизвестно", "—"]))  # "country", "unknown"
    assert p.values.isna().all()
    assert not p.invalid.any()


def test_a_code_after_a_name_in_a_list_is_its_own_country() -> None:
    # "Germany > FR" is Germany then France, not one name read in any word order
    raw = pd.Series(["Germany > FR", "China > RU > Poland > Germany > FR"])
    assert parse_country_list(raw).values.tolist() == ["DEU|FRA", "CHN|RUS|POL|DEU|FRA"]


def test_iraqi_as_german_and_greek_transliterations_write_it() -> None:
    assert parse_country(pd.Series(["Iraki", "IRAKI"])).values.tolist() == ["IRQ", "IRQ"]


def test_ceuta_and_melilla_as_maghrebi_ngos_write_them() -> None:
    raw = pd.Series(["Sebta", "Mlilia", "SEBTA"])
    assert parse_country(raw, places=True).values.tolist() == ["ESP", "ESP", "ESP"]


def test_venezuela_as_venezuelans_abbreviate_it() -> None:
    assert parse_country(pd.Series(["Vzla", "VZLA", "Vzla."])).values.tolist() == ["VEN"] * 3


def test_the_spanish_state_is_spain() -> None:
    assert (
        parse_country(pd.Series(["Estado español", "ESTADO ESPAÑOL"])).values.tolist()
        == ["ESP"] * 2
    )


def test_guatemala_as_central_americans_shorten_it() -> None:
    assert parse_country(pd.Series(["Guate", "GUATE"])).values.tolist() == ["GTM"] * 2
    assert parse_country_list(pd.Series(["Guate, México"])).values.tolist() == ["GTM|MEX"]


def test_a_single_letter_is_no_country() -> None:
    # "U" (unknown) is what is left of "U.S." without its filler: it names no country
    parsed = parse_country(pd.Series(["U", "u", "U.S.", "US"]))
    assert parsed.values[:2].isna().all()
    assert parsed.values.tolist()[2:] == ["USA", "USA"]


def test_mauritania_as_west_african_administrations_abbreviate_it() -> None:
    # République islamique de Mauritanie: "RIM" in Dakar's and Bamako's registers
    raw = pd.Series(["RIM", "R.I. Mauritania", "R.I.M."])
    assert parse_country(raw).values.tolist() == ["MRT", "MRT", "MRT"]
    assert parse_country_list(pd.Series(["Mali - RIM"])).values.tolist() == ["MLI|MRT"]
    assert parse_country(pd.Series(["RIMA"])).values.isna().all()  # not a slip of it


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("CLINT, TEXAS", "USA"),  # a town and its state, the state spelt out
        ("ROMA, TEXAS", "USA"),  # the region that contains the town decides
        ("ROMA, TX", "USA"),  # a state code: the US rule, not Rome
        ("Tapachula, Chiapas", "MEX"),
    ],
)
def test_a_place_and_its_region_after_a_comma(text: str, code: str) -> None:
    assert parse_country(pd.Series([text]), places=True).values.tolist() == [code]


def test_ru_is_the_united_kingdom_in_french_and_spanish_files() -> None:
    raw = pd.Series(["RU", "France", "Irak"])
    assert parse_country(raw, lang="fr").values.tolist() == ["GBR", "FRA", "IRQ"]
    assert parse_country(raw).values.tolist()[0] == "RUS"  # not French: Russia's code
    codes = pd.Series(["RU", "FR", "DE", "IT"])  # a column of alpha-2 codes
    assert parse_country(codes, lang="fr").values.tolist()[0] == "RUS"


def test_a_word_after_a_list_mark_is_a_separator_too() -> None:
    raw = pd.Series(
        [
            "Turquie, puis Bulgarie, puis Serbie, puis Bosnie-Herzégovine",
            "Mali; then Niger, and Libya",
            "Guatemala, luego México",
            "Trinité-et-Tobago, puis Guyana",  # a name with "et" inside stays one
        ]
    )
    p = parse_country_list(raw)
    assert p.values.tolist() == ["TUR|BGR|SRB|BIH", "MLI|NER|LBY", "GTM|MEX", "TTO|GUY"]
    assert not p.invalid.any()


def test_a_pointer_to_the_nationality_column_is_a_ditto() -> None:
    p = parse_country(pd.Series(["As nationality", "see nationality", "comme nationalité"]))
    assert p.rule.tolist() == ["country.ditto"] * 3
    assert p.values.isna().all()
    # a name after such words is still read
    assert parse_country(pd.Series(["as Nigeria"])).rule.tolist() != ["country.ditto"]


def test_abbreviated_reino_unido_and_the_olympic_code_of_croatia() -> None:
    p = parse_country(pd.Series(["R. Unido", "CRO", "cro", "Elfenbeinküste"]))
    assert p.values.tolist() == ["GBR", "HRV", "HRV", "CIV"]


def test_country_names_of_indonesian_and_vietnamese_desks() -> None:
    p = parse_country(pd.Series(["Spanyol", "Ba Lan", "Trung Quốc"]))
    assert p.values.tolist() == ["ESP", "POL", "CHN"]


def test_numeric_codes_in_a_json_array() -> None:
    p = parse_country_list(pd.Series(['["170"]', '["792", "100", "688", "070"]']))
    assert p.values.tolist() == ["COL", "TUR|BGR|SRB|BIH"]
    assert parse_country(pd.Series(['"484"', "12345"])).values.tolist() == ["MEX", pd.NA]


def test_a_slip_between_two_countries_is_the_one_the_column_names() -> None:
    # "Nigera" is one slip from Nigeria and from Niger: unread alone (blind413)
    alone = parse_country(pd.Series(["Nigera", "Syria"]))
    assert alone.values.isna().iloc[0]
    assert alone.rule.iloc[0] == "country.unresolved"
    # ... read as the one the column names elsewhere, by name or nationality
    for named, code in [("Nigeria", "NGA"), ("Nigerian", "NGA"), ("Niger", "NER")]:
        p = parse_country(pd.Series([named, "Nigera"]))
        assert p.values.tolist() == [code, code]
        assert p.rule.iloc[1] == "country.fuzzy"
    # ... and left unread when the column names both, or fuzzy matching is off
    both = parse_country(pd.Series(["Nigeria", "Niger", "Nigera"]))
    assert both.values.isna().iloc[2]
    off = parse_country(pd.Series(["Nigeria", "Nigera"]), threshold=1.0)
    assert off.values.isna().iloc[1]
    # one slip from one country only is read as before; a letter too many stays a town
    assert parse_country(pd.Series(["Laos", "Lagos"])).values.isna().iloc[1]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a region across borders, with the country of the part meant (a lift-industry
        # desk's "Iraqi Kurdistan", "Kurdistan Region of Iraq", blind421)
        ("Iraqi Kurdistan", "IRQ"),
        ("Kurdistan Region of Iraq", "IRQ"),
        ("Kurdistan iraquien", "IRQ"),
        ("Kurdistán iraquí", "IRQ"),
        ("Syrian Kurdistan", "SYR"),
        ("Pakistani Balochistan", "PAK"),
        # ... the region alone names no country
        ("Kurdistan", None),
        ("Région du Kurdistan", None),
        ("Kurdistan region", None),
    ],
)
def test_a_region_across_borders_with_its_country(text: str, code: str | None) -> None:
    p = parse_country(pd.Series([text]))
    got = p.values.iloc[0]
    assert (pd.isna(got) and code is None) or got == code
    if code is not None:
        assert p.rule.iloc[0] == "country.part_of"
