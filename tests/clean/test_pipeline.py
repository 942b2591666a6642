import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trendlib.clean import CleanResult, clean_records, quality_summary
from trendlib.errors import DataContractError, TrendlibError
from trendlib.schema import AUDIT_COLUMNS, RECORD_COLUMNS, validate_records

TODAY = "2026-01-01"


def _raw(**cols):
    frame = pd.DataFrame(cols, dtype="object")
    n = len(frame)
    frame["source"] = "FR-police"
    frame["source_ref"] = [f"ref{i}" for i in range(n)]
    frame["source_file"] = "fr.csv"
    frame["source_row"] = pd.array(range(2, n + 2), dtype="Int64")
    return frame


def test_tiny_multilingual_frame_exact():
    raw = _raw(
        event_date=["17/05/2023", "03/06/2023", "2023-07", "T3 2023"],
        nationality=["Nigeira", "Côte d'Ivoire", "Syrie", "marruecos"],
        n_persons=["12", "1 200", "<5", "0"],
        crime_type=["traite des êtres humains", "THB", "trafic illicite de migrants", "ambos"],
        exploitation=["exploitation sexuelle", "travail forcé", "", "mendicité forcée"],
        transport_mode=["bateau", "camión", "avion", ""],
    )
    res = clean_records(raw, today=TODAY)
    rec = res.records
    assert len(rec) == 4
    assert res.quarantine.empty
    assert rec["nationality"].tolist() == ["NGA", "CIV", "SYR", "MAR"]
    assert rec["event_date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2023-05-17",
        "2023-06-03",
        "2023-07-01",
        "2023-07-01",
    ]
    assert rec["date_precision"].astype(str).tolist() == ["day", "day", "month", "quarter"]
    assert rec["n_persons"].tolist() == [12, 1200, pd.NA, 0]
    assert rec["censored"].tolist() == [pd.NA, pd.NA, "<5", pd.NA]
    assert rec["crime_type"].astype(str).tolist() == [
        "trafficking",
        "trafficking",
        "smuggling",
        "both",
    ]
    # exploitation is NA for pure smuggling, "unknown" where trafficking has none given
    assert rec["exploitation"].tolist()[:2] == ["sexual", "forced_labour"]
    assert pd.isna(rec["exploitation"].iloc[2])
    assert rec["exploitation"].iloc[3] == "forced_criminality"
    assert rec["transport_mode"].astype(str).tolist() == ["sea", "land", "air", "unknown"]
    validate_records(rec)


def test_day_month_order_is_decided_per_file():
    raw = pd.concat(
        [
            _raw(event_date=["13/05/2023", "05/06/2023"], n_persons=["1", "2"]).assign(
                source_file="eu.csv"
            ),
            _raw(event_date=["05/13/2023", "05/06/2023"], n_persons=["1", "2"]).assign(
                source_file="us.csv", source="US"
            ),
        ],
        ignore_index=True,
    )
    rec = clean_records(raw, today=TODAY).records
    assert rec["event_date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2023-05-13",
        "2023-06-05",
        "2023-05-13",
        "2023-05-06",
    ]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"event_date": "", "n_persons": "3"}, "no_date"),
        ({"event_date": "unknown", "n_persons": "3"}, "no_date"),  # a word for none
        ({"event_date": "s/f", "n_persons": "3"}, "no_date"),  # sin fecha
        ({"event_date": "not a date", "n_persons": "3"}, "bad_date"),
        ({"event_date": "-", "n_persons": "3"}, "no_date"),
        ({"event_date": "٣١/٠٢/٢٠٢١", "n_persons": "3"}, "bad_date"),  # Arabic-Indic: a date
        ({"event_date": "31/02/2023", "n_persons": "3"}, "bad_date"),
        ({"event_date": "17/05/2031", "n_persons": "3"}, "future_date"),
        ({"event_date": "17/05/2023", "n_persons": "-3"}, "negative_count"),
        ({"event_date": "17/05/2023", "n_persons": "lots"}, "bad_count"),
        ({"event_date": "", "n_persons": ""}, "empty_row"),
        ({"event_date": "17/05/2023", "n_persons": ""}, "no_content"),
    ],
)
def test_bad_rows_are_quarantined_with_reason(row, reason):
    good = {"event_date": "18/05/2023", "n_persons": "4"}
    raw = _raw(**{k: [good[k], row[k]] for k in good})
    res = clean_records(raw, today=TODAY)
    assert len(res.records) == 1
    assert res.quarantine["reason"].tolist() == [reason]
    assert res.quarantine["source_row"].tolist() == [3]
    # the original values are kept as they were
    assert res.quarantine["n_persons"].iloc[0] == row["n_persons"]
    assert res.quarantine["detail"].iloc[0]


def test_audit_has_every_change_with_rule():
    raw = _raw(event_date=["17/05/2023"], nationality=["Lybia"], n_persons=["12"])
    res = clean_records(raw, today=TODAY)
    audit = res.audit
    assert list(audit.columns) == list(AUDIT_COLUMNS)
    by_col = audit.set_index("column")
    assert by_col.loc["nationality", "before"] == "Lybia"
    assert by_col.loc["nationality", "after"] == "LBY"
    assert by_col.loc["event_date", "after"] == "2023-05-17"
    assert "n_persons" not in by_col.index  # "12" -> 12 is not a change
    assert audit["rule"].notna().all()
    assert (audit["record_id"] == res.records["record_id"].iloc[0]).all()
    assert audit["source_row"].tolist() == [2] * len(audit)


def test_record_ids_are_stable_and_resubmission_is_marked():
    raw = _raw(event_date=["17/05/2023", "18/05/2023"], n_persons=["3", "4"])
    first = clean_records(raw, today=TODAY).records
    again = clean_records(pd.concat([raw, raw], ignore_index=True), today=TODAY).records
    assert again["record_id"].is_unique
    assert again["record_id"].iloc[:2].tolist() == first["record_id"].tolist()
    assert again["is_duplicate_of"].tolist() == [pd.NA, pd.NA, *first["record_id"].tolist()]


def test_cross_source_duplicate_is_marked():
    a = _raw(
        event_date=["17/05/2023"],
        n_persons=["40"],
        detection_country=["Italie"],
        transport_mode=["mer"],
    )
    b = _raw(
        event_date=["2023-05-18"],
        n_persons=["40"],
        detection_country=["Italy"],
        transport_mode=["boat"],
    ).assign(source="IT-GdF", source_file="it.csv")
    rec = clean_records(pd.concat([a, b], ignore_index=True), today=TODAY).records
    assert rec["is_duplicate_of"].tolist() == [pd.NA, rec["record_id"].iloc[0]]


def test_missing_date_column_is_a_clear_error():
    with pytest.raises(DataContractError, match=r"no recognisable date column.*mapping"):
        clean_records(pd.DataFrame({"Quand": ["2023-01-01"]}))
    with pytest.raises(TrendlibError, match="DataFrame"):
        clean_records([1, 2, 3])  # type: ignore[arg-type]


def test_empty_frame_gives_empty_result():
    res = clean_records(pd.DataFrame({"event_date": pd.Series([], dtype="object")}))
    assert isinstance(res, CleanResult)
    assert res.records.empty
    assert res.quarantine.empty
    assert res.audit.empty
    assert list(res.records.columns[: len(RECORD_COLUMNS)]) == list(RECORD_COLUMNS)


def test_coordinates_text_swapped_and_decimal_commas():
    raw = _raw(
        event_date=["2023-05-17"] * 3,
        n_persons=["1"] * 3,
        coordinates=["35,5; 12,6", "12.6, 35.5", "95, 200"],
    )
    rec = clean_records(raw, today=TODAY).records
    assert rec["lat"].round(1).tolist()[:1] == [35.5]
    assert rec["lon"].round(1).tolist()[:1] == [12.6]
    assert rec["lat"].isna().tolist() == [False, False, True]


def test_quality_summary_counts():
    raw = _raw(event_date=["17/05/2023", ""], nationality=["Nigeira", "NGA"], n_persons=["1", "2"])
    summary = quality_summary(clean_records(raw, today=TODAY))
    row = summary[summary.column == "(row)"].iloc[0]
    assert (row["rows"], row["filled"], row["quarantined"]) == (2, 1, 1)
    nat = summary[summary.column == "nationality"].iloc[0]
    assert (nat["filled"], nat["changed"]) == (1, 1)


# ---------------------------------------------------------------- properties

_cell = st.one_of(
    st.just(""),
    st.sampled_from(["17/05/2023", "2023-05", "Q2 2023", "45063", "31/02/2023", "garbage"]),
    st.text(max_size=8),
)
_count = st.one_of(
    st.just(""), st.sampled_from(["3", "-2", "1 200", "<5", "x"]), st.integers(0, 99).map(str)
)
_country = st.one_of(st.just(""), st.sampled_from(["Nigeria", "Libye", "ESP", "Ivory Coast", "??"]))


@st.composite
def raw_frames(draw):
    n = draw(st.integers(0, 12))
    return _raw(
        event_date=draw(st.lists(_cell, min_size=n, max_size=n)),
        n_persons=draw(st.lists(_count, min_size=n, max_size=n)),
        nationality=draw(st.lists(_country, min_size=n, max_size=n)),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_frames())
def test_no_row_lost_and_input_not_modified(raw):
    before = raw.copy()
    res = clean_records(raw, today=TODAY)
    pd.testing.assert_frame_equal(raw, before)
    assert len(res.records) + len(res.quarantine) == len(raw)
    got = sorted(res.records["source_row"].tolist() + res.quarantine["source_row"].tolist())
    assert got == sorted(raw["source_row"].tolist())
    assert res.records["record_id"].is_unique


def _as_text(records):
    text = records[["source", "source_ref", "source_file", "source_row"]].copy()
    text["event_date"] = records["event_date"].dt.strftime("%Y-%m-%d")
    for col in ("n_persons", "nationality", "crime_type", "transport_mode"):
        text[col] = records[col].astype("string")
    return text.astype({c: "object" for c in text.columns if c != "source_row"})


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_frames())
def test_cleaning_is_idempotent(raw):
    once = clean_records(raw, today=TODAY).records
    twice = clean_records(_as_text(once), today=TODAY).records
    assert len(twice) == len(once)
    for col in ("event_date", "n_persons", "nationality", "crime_type", "transport_mode"):
        left = once[col].astype("string").tolist()
        right = twice[col].astype("string").tolist()
        assert left == right, col
    assert np.array_equal(once["record_id"].to_numpy(), twice["record_id"].to_numpy())


def test_columns_recognised_by_their_values_file_by_file():
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 8,
            "Clase": ["menores", "adultos", "adultos", "menor de edad"] * 2,
            "Paso": ["Libia > Túnez", "Níger, Libia", "Libia", "Túnez"] * 2,
            "Origen2": ["Malí", "Níger", "Guinea", "Senegal"] * 2,  # single countries
            "Autores": ["1", "2", "0", "3"] * 2,  # counts say nothing of their field
            "source_file": ["a.csv"] * 8,
        }
    )
    assert recognise_by_values(raw) == {"Clase": "age_group", "Paso": "transit_countries"}
    res = clean_records(raw, today="2026-01-01")
    assert res.records["age_group"].tolist()[:2] == ["child", "adult"]
    assert res.records["transit_countries"].iloc[0] == "LBY|TUN"


def test_unreadable_suspect_count_keeps_the_record():
    raw = pd.DataFrame(
        {"event_date": ["2023-05-17"] * 2, "n_persons": ["3", "4"], "n_suspects": ["?!x", "-1"]}
    )
    res = clean_records(raw, today="2026-01-01")
    assert res.records["n_suspects"].isna().all()
    assert len(res.records) == 1
    assert res.quarantine["reason"].tolist() == ["negative_count"]


def test_coordinates_swapped_within_range_are_fixed_and_audited():
    raw = _raw(
        event_date=["2023-05-17", "2023-05-18"],
        n_persons=["40", "12"],
        detection_country=["Italie", "Italie"],
        lat=["12,6", "35,4"],
        lon=["35,4", "12,6"],
    )
    res = clean_records(raw, today=TODAY)
    assert res.records["lat"].tolist() == [35.4, 35.4]
    assert res.records["lon"].tolist() == [12.6, 12.6]
    audit = res.audit[res.audit["column"].isin(["lat", "lon"])]
    # per column: the swapped row, then the other row's decimal comma (a rewritten
    # number is a changed value too)
    swapped, comma = "coords.swapped_country", "number.decimal_comma"
    assert audit["rule"].astype("string").tolist() == [swapped, comma, swapped, comma]
    assert audit["before"].astype("string").tolist() == ["12,6", "35,4", "35,4", "12,6"]
    assert audit["source_row"].tolist() == [2, 3, 2, 3]


def test_steps_side_by_side_give_what_steps_in_order_give(tmp_path, monkeypatch):
    # the two chains of steps run in threads; one core runs them in order: same result
    import trendlib as tl
    from trendlib.samples import write_samples

    paths = write_samples(tmp_path, n_events=200, seed=3)
    raw = tl.read_records([p for k, p in paths.items() if not k.startswith("truth")])
    threaded = clean_records(raw, today=TODAY)
    monkeypatch.setattr("trendlib.clean.pipeline.os.cpu_count", lambda: 1)
    ordered = clean_records(raw, today=TODAY)
    for part in ("records", "quarantine", "audit"):
        pd.testing.assert_frame_equal(getattr(threaded, part), getattr(ordered, part))


def test_ids_made_beside_the_steps_are_those_of_the_records_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two cores: the ids of every raw row are hashed and written beside the steps and
    # the records take theirs by position; one core: the records' own rows are hashed.
    # Distinct references (the ids' texts are taken) and repeated ones (the records'
    # hashes are checked, and the kept rows' "A1" twice hashed again with its suffix),
    # with quarantined rows among them.
    from trendlib.clean import pipeline

    monkeypatch.setattr("trendlib.clean.pipeline.os.cpu_count", lambda: 2)
    distinct: list[bool] = []

    def row_ids(key: pd.DataFrame) -> pipeline._RowIds:
        found = row_ids_made(key)
        distinct.append(found.distinct)
        return found

    row_ids_made = pipeline._row_ids
    monkeypatch.setattr("trendlib.clean.pipeline._row_ids", row_ids)
    dates = ["17/05/2023", "", "2023-05-18", "2099-01-01", "18/05/2023", "2023-13-45"]
    for refs in (["A1", "A2", "A3", "A4", "A5", "A6"], ["A1", "A1", "A3", "A4", "A1", "A6"]):
        raw = _raw(
            event_date=dates,
            n_persons=["2", "3", "-1", "4", "5", "6"],
            lat=["36,5", "", "12.1", "1", "35.2", "9"],
            lon=["12,1", "", "-3.1", "2", "", "8"],
        )
        raw["source_ref"] = refs
        beside = clean_records(raw, today=TODAY)
        with monkeypatch.context() as one_core:
            one_core.setattr("trendlib.clean.pipeline.os.cpu_count", lambda: 1)
            after = clean_records(raw, today=TODAY)
        assert len(beside.quarantine) > 0
        assert beside.records["record_id"].is_unique
        for part in ("records", "quarantine", "audit"):
            pd.testing.assert_frame_equal(getattr(beside, part), getattr(after, part))
    assert distinct == [True, False]  # both ways of taking the ids were taken


def test_an_error_in_a_threaded_step_reaches_the_caller(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom in the coordinates step")

    monkeypatch.setattr("trendlib.clean.pipeline.geo.fix_coordinates", broken)
    raw = _raw(event_date=["17/05/2023"], lat=["36,5"], lon=["12,6"])
    with pytest.raises(RuntimeError, match="boom in the coordinates step"):
        clean_records(raw, today=TODAY)


def test_an_error_in_the_points_step_stops_the_step_waiting_for_it(monkeypatch):
    # "coordinates" (one chain) waits for "points" (the other): when "points" fails, the
    # waiting step does not run, and the error is the one the caller gets
    import time

    from trendlib.clean.pipeline import _run_steps

    monkeypatch.setattr("trendlib.clean.pipeline.os.cpu_count", lambda: 2)
    ran: list[str] = []

    def step(name, *, fail=False, pause=0.0):
        def run(audit):
            time.sleep(pause)
            if fail:
                raise RuntimeError(f"boom in {name}")
            ran.append(name)

        return run

    steps = [
        ("points", step("points", fail=True)),
        ("dates", step("dates")),
        ("counts", step("counts")),
        ("countries", step("countries", pause=0.2)),
        ("vocabularies", step("vocabularies")),
        ("coordinates", step("coordinates")),
    ]
    with pytest.raises(RuntimeError, match="boom in points"):
        _run_steps(steps, lambda name: None)
    assert "coordinates" not in ran
    assert "countries" in ran  # the other chain finished the step it was in


def test_gender_codes_are_read_per_file() -> None:
    # Two Spanish files: one codes sex V/M (varón / mujer), the other M/F (masculino /
    # femenino). "M" is female in the first and male in the second.
    words = {"crime_type": "tráfico ilícito de migrantes", "nationality": "Marruecos"}
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 6,
            "gender": ["V", "M", "V", "M", "F", "M"],
            "source_file": ["ucrif.csv"] * 3 + ["senafront.jsonl"] * 3,
            "source": ["ucrif"] * 3 + ["senafront"] * 3,
            "transport_mode": ["Embarcación neumática"] * 6,
            **{col: [value] * 6 for col, value in words.items()},
        }
    )
    res = clean_records(raw, today="2026-01-01")
    assert res.records["gender"].astype(str).tolist() == [
        "male",
        "female",
        "male",
        "male",
        "female",
        "male",
    ]


def test_ms_is_read_per_file() -> None:
    # A UK taskforce's file spells "Modern slavery" out: its "MS/HT" is modern slavery and
    # human trafficking. An FIU's file never does: its "HT/MS" is trafficking and migrant
    # smuggling, its "MS" migrant smuggling. Both in one run.
    uk = ["Modern slavery", "MS/HT", "Facilitation"]
    fiu = ["MS", "HT/MS", "Human trafficking"]
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 6,
            "crime_type": uk + fiu,
            "source_file": ["oictf.xlsx"] * 3 + ["fiu.csv"] * 3,
            "source": ["oictf"] * 3 + ["fiu"] * 3,
            "nationality": ["Albania"] * 6,
        }
    )
    res = clean_records(raw, today="2026-01-01")
    assert res.records["crime_type"].astype(str).tolist() == [
        "trafficking",
        "trafficking",
        "smuggling",
        "smuggling",
        "both",
        "trafficking",
    ]


def test_points_under_an_unknown_header_are_read_by_their_values() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    points = ["36,52 15,12", "POINT (12.5 35.4)", "36.5, 15.1", "35°30'N 14°6'E", "36.1; 14.9"]
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "Punto (WGS84)": points,
            "Pair of counts": ["12 3", "4 5", "10 2", "7 1", "3 3"],  # two numbers: not a point
            "Notes": ["boat", "truck", "boat", "boat", "foot"],
        }
    )
    assert recognise_by_values(raw) == {"Notes": "transport_mode", "Punto (WGS84)": "coordinates"}
    res = clean_records(raw, today=TODAY)
    assert res.records["lat"].round(2).tolist() == [36.52, 35.4, 36.5, 35.5, 36.1]
    # a frame that names its points keeps them; counts are never taken for points
    named = raw.rename(columns={"Punto (WGS84)": "coordinates"})
    assert "coordinates" not in recognise_by_values(named).values()
    assert recognise_by_values(raw.drop(columns="Punto (WGS84)")) == {"Notes": "transport_mode"}


def test_money_is_never_read_as_points_whatever_its_values() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    # a remittance shop's amounts in euros, thousands dotted and cents after a comma:
    # "14.869,27" reads as the pair 14.869, 27 but its header names money
    amounts = ["14.869,27", "16.036,57", "16.484,66", "2.151,90", "9.302,11"]
    raw = pd.DataFrame({"event_date": ["2023-05-17"] * 5, "Importe operaciones (EUR)": amounts})
    assert recognise_by_values(raw) == {}
    res = clean_records(raw, today=TODAY)
    assert res.records["lat"].isna().all()
    assert res.records["lon"].isna().all()
    # the same values under a header that names no money are points (as before)
    gps = raw.rename(columns={"Importe operaciones (EUR)": "Posición GPS"})
    assert recognise_by_values(gps) == {"Posición GPS": "coordinates"}


def test_dates_under_an_unknown_header_are_read_by_their_values() -> None:
    # file b names its date column in a way no header rule knows: without the values'
    # help, every row of it would be quarantined as dateless
    raw = pd.DataFrame(
        {
            "event_date": ["17/05/2023", "18/05/2023", None, None, None, None, None],
            "Quand (jj/mm)": [
                None,
                None,
                "19/05/2023",
                "2 mai 2023",
                "Q2 2023",
                "20/05/2023",
                "21/05/2023",
            ],
            "Effectif": [None, None, "12", "3", "5", "7", "9"],  # numbers are no dates
            "source_file": ["a.csv"] * 2 + ["b.csv"] * 5,
            "nationality": ["Syrie"] * 7,
        }
    )
    res = clean_records(raw, today=TODAY)
    assert len(res.quarantine) == 0
    assert res.records["event_date"].dt.strftime("%Y-%m-%d").tolist()[2:4] == [
        "2023-05-19",
        "2023-05-02",
    ]
    from trendlib.clean.pipeline import recognise_by_values

    assert "Effectif" not in recognise_by_values(
        raw.iloc[2:].drop(columns=["event_date", "Quand (jj/mm)"])
    )


def test_a_bare_country_column_is_the_detection_country_beside_the_persons_countries() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "nationality": ["Syrie", "Irak", "Syrie", "Érythrée", "Soudan"],
            "Pays": ["Croatie", "GR", "ITALIE", "Grèce", "Italie"],
        }
    )
    assert recognise_by_values(raw) == {"Pays": "detection_country"}
    res = clean_records(raw, today=TODAY)
    assert res.records["detection_country"].tolist() == ["HRV", "GRC", "ITA", "GRC", "ITA"]
    # alone, "Country" could be the persons' own: not taken without their countries
    assert recognise_by_values(raw.drop(columns="nationality")) == {}
    # nor when the file names the detection country, nor under a header that says more
    named = raw.assign(detection_country="Italie")
    assert recognise_by_values(named) == {}
    assert recognise_by_values(raw.rename(columns={"Pays": "Pays du signalant"})) == {}
    # a "Country" column of places that are not countries is left alone
    towns = raw.assign(Pays=["Lampedusa", "Samos", "Lesbos", "Turin", "Palerme"])
    assert recognise_by_values(towns) == {}
    # a bilingual bare header says no more
    bilingual = raw.rename(columns={"Pays": "Pays / Country"})
    assert recognise_by_values(bilingual) == {"Pays / Country": "detection_country"}
    greek = raw.rename(columns={"Pays": "Χώρα / Country"})  # the Greek half says nothing
    assert recognise_by_values(greek) == {"Χώρα / Country": "detection_country"}
    # a Croatian desk's "Država / State": "State" beside a country word; alone it may be
    # a US state's column and is left alone
    croatian = raw.rename(columns={"Pays": "Država / State"})
    assert recognise_by_values(croatian) == {"Država / State": "detection_country"}
    assert recognise_by_values(raw.rename(columns={"Pays": "State"})) == {}
    # a boundary commission's "Side" of the border ("U.S.", "MX"); not a column of words
    side = raw.rename(columns={"Pays": "Side"})
    assert recognise_by_values(side) == {"Side": "detection_country"}
    assert recognise_by_values(side.assign(Side=["left", "right"] * 2 + ["left"])) == {}


def test_a_gis_exports_x_and_y_are_longitude_and_latitude() -> None:
    # a park rangers' Survey123 export: "x" (longitude) and "y" (latitude) columns
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "nationality": ["VEN"] * 5,
            "x": ["-77.419910", "-77.5", "-77.61", "-77.41", "-77.42"],
            "y": ["8.560570", "8.5", "8.61", "8.41", "8.42"],
        }
    )
    assert recognise_by_values(raw) == {"x": "lon", "y": "lat"}
    res = clean_records(raw, today=TODAY)
    assert res.records["lat"].round(5).tolist() == [8.56057, 8.5, 8.61, 8.41, 8.42]
    assert res.records["lon"].iloc[0] == pytest.approx(-77.41991)
    # counts or codes under "x" / "y" are no points; nor is "y" alone
    assert recognise_by_values(raw.assign(x=["1", "2", "3", "4", "5"])) == {}
    assert recognise_by_values(raw.drop(columns="x")) == {}


def test_a_bare_country_column_of_codes_is_no_transport_mode() -> None:
    # "PL" is Poland in a "country" column (a French "poids lourd", a lorry, elsewhere)
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 6,
            "nationality": ["Syrian", "Iraqi", "Afghan", "Syrian", "Yemeni", "Iraqi"],
            "country": ["PL", "PL", "Poland", "PL", "PL", "PL"],
        }
    )
    assert recognise_by_values(raw) == {"country": "detection_country"}
    res = clean_records(raw, today=TODAY)
    assert res.records["detection_country"].tolist() == ["POL"] * 6
    assert res.records["transport_mode"].tolist() == ["unknown"] * 6  # no column of it
    # the same codes under a header that is not a country's are still read by value
    mode = raw.rename(columns={"country": "vehicule"})
    assert recognise_by_values(mode) == {"vehicule": "transport_mode"}


def test_a_detection_column_of_places_gives_way_to_a_bare_country_column() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    places = ["Lampedusa", "Samos", "Lesbos", "Lampedusa", "Evros"]
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "nationality": ["Syrie", "Irak", "Syrie", "Érythrée", "Soudan"],
            "detection_country": places,  # the reader's reading of "Lieu des faits"
            "Pays": ["Italie", "Grèce", "Grèce", "ITALIE", "Grèce"],
        }
    )
    assert recognise_by_values(raw) == {"Pays": "detection_country"}
    res = clean_records(raw, today=TODAY)
    assert res.records["detection_country"].tolist() == ["ITA", "GRC", "GRC", "ITA", "GRC"]
    assert res.records["detection_place"].tolist() == places  # kept, not lost
    # a detection column of countries stays
    countries_too = raw.assign(detection_country=["Italie", "Grèce", "Grèce", "Italie", "Grèce"])
    assert recognise_by_values(countries_too) == {}


def test_a_route_column_of_country_lists_is_read_as_transit_countries() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    routes = [
        "Russia - Belarus - Poland - Germany - France",
        "CHN-RUS-POL-DEU-FRA",
        "Turkey",
        "France",
        "Iran > Turkey",
    ]
    raw = pd.DataFrame({"event_date": ["2023-05-17"] * 5, "route_label": routes})
    assert recognise_by_values(raw) == {"route_label": "transit_countries"}
    res = clean_records(raw, today=TODAY)
    assert res.records["transit_countries"].tolist() == [
        "RUS|BLR|POL|DEU|FRA",
        "CHN|RUS|POL|DEU|FRA",
        "TUR",
        "FRA",
        "IRN|TUR",
    ]
    assert res.records["route_label"].tolist() == routes  # the column as read stays
    # named routes stay route names; a frame with transit countries keeps its own
    named = raw.assign(route_label=["Central Mediterranean", "Western Balkans"] * 2 + ["Darién"])
    assert recognise_by_values(named) == {}
    assert recognise_by_values(raw.assign(transit_countries="LBY")) == {}


def test_a_dash_is_nil_in_a_file_that_writes_the_statistical_offices_dots() -> None:
    # INEC's legend: "-" nil, "..." not available, ".." not applicable; elsewhere a blank
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 7,
            "n_suspects": ["3", "-", "...", "..", "4", "-", "\u2013"],
            "source_file": ["inec.xlsx"] * 3 + ["police.csv"] * 2 + ["ngo.csv", "inec.xlsx"],
        }
    )
    res = clean_records(raw, today=TODAY)
    assert res.records["n_suspects"].tolist() == [3, 0, pd.NA, pd.NA, 4, pd.NA, 0]
    audit = res.audit[res.audit["column"] == "n_suspects"]
    assert audit[["before", "after", "rule"]].values.tolist() == [
        ["-", "0", "count.nil_dash"],
        ["...", pd.NA, "n_suspects.normalised"],
        ["..", pd.NA, "n_suspects.normalised"],
        ["-", pd.NA, "n_suspects.normalised"],
        ["\u2013", "0", "count.nil_dash"],  # each dash as written
    ]


def test_a_vehicle_column_of_vehicle_kinds_is_the_transport_mode() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    # "Véhicule" is read as the vehicles (plates); a hauliers' log writes kinds there
    kinds = ["small boat", "embarcation", "semi-remorque", "poids lourd", "ensemble routier"]
    raw = pd.DataFrame({"event_date": ["2023-05-17"] * 5, "vehicles": kinds})
    assert recognise_by_values(raw) == {"vehicles": "transport_mode"}
    res = clean_records(raw, today=TODAY)
    assert res.records["transport_mode"].tolist() == ["sea", "sea", "land", "land", "land"]
    # plates stay plates; a frame with a transport mode keeps its own
    plates = raw.assign(vehicles=["AB-123-CD", "1234 KLM", "GX12 ABC", "AB-123-CD", "XY-9"])
    assert recognise_by_values(plates) == {}
    assert recognise_by_values(raw.assign(transport_mode="land")) == {}


def test_a_via_column_of_countries_is_the_transit_and_gives_the_mode_away(tmp_path) -> None:
    import json

    import trendlib as tl
    from trendlib.clean.pipeline import recognise_by_values

    # a data desk's JSON: "via" the countries passed through (read as the mode by its
    # header: Spanish "Vía" is the way), "travel" the mode (blind354)
    lines = [
        {"incident_date": "2023-05-17", "via": "GTM, MEX", "travel": "land"},
        {"incident_date": "2023-05-18", "via": "LBY", "travel": "sea"},
        {"incident_date": "2023-05-19", "via": "TUR, BGR, SRB", "travel": "land"},
        {"incident_date": "2023-05-20", "via": None, "travel": "air"},
        {"incident_date": "2023-05-21", "via": "NER, LBY", "travel": "sea"},
        {"incident_date": "2023-05-22", "via": "LBY", "travel": "sea"},
    ]
    path = tmp_path / "desk.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    raw = tl.read_records(path)
    assert "transport_mode" in raw  # as the header rules read "via"
    assert "travel" in raw
    assert recognise_by_values(raw) == {
        "transport_mode": "transit_countries",
        "travel": "transport_mode",
    }
    rec = clean_records(raw, today=TODAY).records
    assert rec["transit_countries"].tolist() == [
        "GTM|MEX", "LBY", "TUR|BGR|SRB", pd.NA, "NER|LBY", "LBY"
    ]  # fmt: skip
    assert rec["transport_mode"].tolist() == ["land", "sea", "land", "air", "sea", "sea"]
    # a "Vía" of ways stays the mode; a frame with its transit countries keeps its columns
    ways = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "transport_mode": ["marítima", "terrestre", "aérea", "marítima", "terrestre"],
            "travel": ["sea", "land", "air", "sea", "land"],
        }
    )
    assert recognise_by_values(ways) == {}
    routed = raw.assign(transit_countries="LBY")
    assert "transport_mode" not in recognise_by_values(routed)
    # a large file: its routes are many distinct lists
    codes = ["LBY", "TUN", "NER", "TUR", "GRC", "SRB", "BIH", "HRV", "MEX", "GTM", "COL"]
    routes = [f"{a}, {b}" for a in codes for b in codes if a != b]
    many = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * len(routes),
            "transport_mode": routes,
            "travel": ["land", "sea"] * (len(routes) // 2),
        }
    )
    assert recognise_by_values(many) == {
        "transport_mode": "transit_countries",
        "travel": "transport_mode",
    }


def test_ditto_in_a_country_column_takes_the_country_of_the_column_before() -> None:
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 4,
            "nationality": ["Colombie", "Venezuela", None, "Syrie"],
            "origin_country": ["ídem", "Idem", "ídem", "Irak"],
        }
    )
    res = clean_records(raw, today=TODAY)
    assert res.records["origin_country"].tolist() == ["COL", "VEN", pd.NA, "IRQ"]
    audit = res.audit[res.audit["column"] == "origin_country"].sort_values("source_row")
    assert audit["after"].astype("string").tolist() == ["COL", "VEN", pd.NA, "IRQ"]
    assert audit["rule"].astype(str).tolist()[:3] == ["country.ditto"] * 3
    assert len(res.quarantine) == 0


def test_a_header_that_names_the_hemisphere_signs_unsigned_coordinates(tmp_path) -> None:
    import trendlib as tl

    west = tmp_path / "guardacostas.csv"
    west.write_text(
        "Fecha;Latitud (N);Longitud (W)\n"
        "12/03/2022;8,5375;77,35276\n"
        "13/03/2022;08°32,250';077°40,311'\n"
        "14/03/2022;8,5;-77,5\n"  # a sign of its own is kept
        "15/03/2022;8,5;77,5 E\n",  # so is a hemisphere letter
        encoding="utf-8",
    )
    either = tmp_path / "other.csv"
    either.write_text("Fecha;Lat;Long (E/W)\n12/03/2022;8,5;77,5\n", encoding="utf-8")
    res = clean_records(tl.read_records([west, either]), today=TODAY)
    lon = res.records.sort_values(["source_file", "source_row"])["lon"].round(5).tolist()
    assert lon == [-77.35276, -77.67185, -77.5, 77.5, 77.5]
    audit = res.audit[res.audit["column"] == "lon"]
    assert "coords.hemisphere_of_header" in set(audit["rule"].astype(str))


def test_exploitation_named_in_the_offence_fills_a_missing_exploitation() -> None:
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 7,
            "crime_type": [
                "THB (sexual exploitation)",
                "Trafficking in human beings - labour exploitation",
                "THB",
                "Smuggling of migrants",
                "THB (sexual exploitation)",
                "Modern slavery",  # the crime as a whole, not forced labour
                "Modern slavery (sexual exploitation)",
            ],
            "exploitation": [None, None, None, None, "forced labour", None, None],
        }
    )
    res = clean_records(raw, today=TODAY)
    got = res.records["exploitation"].astype("string").tolist()
    # a form written in its own column wins; smuggling has no exploitation
    assert got == [
        *("sexual", "forced_labour", "unknown", pd.NA, "forced_labour", "unknown", "sexual")
    ]
    audit = res.audit[res.audit["rule"].astype(str) == "exploitation.from_crime_type"]
    assert sorted(audit["source_row"].tolist()) == [1, 2, 7]
    assert audit["before"].astype(str).tolist()[0].startswith("THB")


def test_eurostats_geo_dimension_is_the_detection_country() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "nationality": ["SY", "IQ", "SY", "ER", "SD"],
            "geo": ["ITG1", "EL41", "IT", "ES70", "EL"],
        }
    )
    assert recognise_by_values(raw) == {"geo": "detection_country"}
    res = clean_records(raw, today=TODAY)
    assert res.records["detection_country"].tolist() == ["ITA", "GRC", "ITA", "ESP", "GRC"]
    # a "geo" column of points is the coordinates (a frame with no coordinate column)
    points = raw.assign(geo=["35.5, 12.6", "39.1, 26.5", "35.5, 12.6", "28.1, -15.4", "39.1, 26.5"])
    assert recognise_by_values(points) == {"geo": "coordinates"}


@pytest.mark.parametrize(
    ("country", "expected"),
    [("UK", "2022-01-01"), ("Australia", "2022-04-01"), ("France", None)],
)
def test_split_financial_year_quarters_by_the_files_detection_country(country, expected):
    # most of the file's rows say where it is; its financial year starts then
    raw = _raw(
        event_date=["FY21/22 Q4", "14/03/2022", "15/03/2022"],
        detection_country=[country, country, "Belgium"],
        n_persons=["3", "4", "5"],
    )
    res = clean_records(raw, today=TODAY)
    if expected is None:  # no split financial year there: the quarter is not read
        assert res.quarantine["reason"].tolist() == ["bad_date"]
        return
    first = res.records.iloc[0]
    assert (str(first["event_date"].date()), first["date_precision"]) == (expected, "quarter")


def test_split_financial_year_quarters_in_two_files_each_by_its_country():
    uk = _raw(event_date=["FY21/22 Q4", "01/03/2022"], detection_country=["UK", "UK"])
    au = _raw(event_date=["FY21/22 Q4", "01/03/2022"], detection_country=["AUS", "AUS"])
    au["source_file"] = "au.csv"
    res = clean_records(pd.concat([uk, au], ignore_index=True), today=TODAY)
    got = res.records.set_index("source_file")["event_date"].dt.strftime("%Y-%m-%d")
    assert got[got.index == "fr.csv"].tolist() == ["2022-01-01", "2022-03-01"]
    assert got[got.index == "au.csv"].tolist() == ["2022-04-01", "2022-03-01"]


def test_a_detection_place_that_names_a_town_and_a_bare_cntry_column():
    raw = _raw(
        event_date=["14/03/2022"] * 6,
        nationality=["Mali", "Mali", "Mila", "Mali", "Mali", "Mali"],
        detection_country=["Almería", "Huelva", "Almería", "Kent", "Tapachula", "Espagne"],
    )
    rec = clean_records(raw, today=TODAY).records
    # a place column: towns name their country; a person's column reads no town ("Mila")
    assert rec["detection_country"].tolist()[:3] == ["ESP", "ESP", "ESP"]
    assert pd.isna(rec["detection_country"].iloc[3])  # Kent: England's and Washington's
    assert rec["detection_country"].tolist()[4:] == ["MEX", "ESP"]
    assert pd.isna(rec["nationality"].iloc[2])  # not Algeria's town Mila
    # a bare "CNTRY" beside the persons' countries is where the event was
    bare = _raw(event_date=["14/03/2022"] * 5, nationality=["Mali"] * 5)
    bare["CNTRY"] = ["U.S.", "USA", "U.S.", "U.S.", "United States"]
    assert clean_records(bare, today=TODAY).records["detection_country"].eq("USA").all()


def test_a_legend_row_explains_the_files_codes():
    raw = _raw(
        event_date=["14/03/2022", "15/03/2022", "16/03/2022", "21/12/2023"],
        gender=["MX", "H", "F", None],
        age_group=["MAJ", "MNA", "MX", None],
        transport_mode=["M", "T", "A", None],
        n_persons=["3", "4", "5", None],
    )
    raw.loc[3, "source_ref"] = (
        "Légende : Vecteur T = terrestre, M = maritime, A = aérien | Sexe H = hommes, "
        "F = femmes, MX = mixte | MAJ = majeurs, MNA = mineur non accompagné, MX = mixte"
    )
    res = clean_records(raw, today=TODAY)
    rec = res.records
    assert rec["gender"].astype(str).tolist() == ["mixed", "male", "female"]
    assert rec["age_group"].astype(str).tolist() == ["adult", "child", "mixed"]
    assert rec["transport_mode"].astype(str).tolist() == ["sea", "land", "air"]
    assert res.quarantine["reason"].tolist() == ["no_content"]  # the legend row itself


def test_without_a_legend_row_single_letters_keep_their_usual_reading():
    raw = _raw(event_date=["14/03/2022", "15/03/2022"], transport_mode=["M", "T"])
    rec = clean_records(raw, today=TODAY).records
    assert rec["transport_mode"].astype(str).tolist() == ["unknown", "unknown"]


def test_a_member_state_column_is_where_the_event_was():
    raw = _raw(event_date=["14/03/2022"] * 5, nationality=["Afghan"] * 5)
    raw["MS"] = ["EL", "HR", "EL", "EL", "HR"]  # EU codes: Greece, Croatia
    assert clean_records(raw, today=TODAY).records["detection_country"].tolist() == [
        "GRC",
        "HRV",
        "GRC",
        "GRC",
        "HRV",
    ]


def test_a_legend_row_that_explains_nothing_changes_nothing_and_loses_no_row():
    raw = _raw(
        event_date=["14/03/2022", "15/03/2022", None],
        transport_mode=["M", "bateau", None],
        n_persons=["3", "4", None],
    )
    raw.loc[2, "source_ref"] = "Légende : voir l'annexe 3 = = | ,"  # no code, no words
    res = clean_records(raw, today=TODAY)
    assert res.records["transport_mode"].astype(str).tolist() == ["unknown", "sea"]
    assert len(res.records) + len(res.quarantine) == len(raw)
    assert res.quarantine["reason"].tolist() == ["empty_row"]  # a note, not a record


def test_no_crime_and_no_form_leaves_the_exploitation_blank() -> None:
    # a rescue log or a shelter register says nothing of a crime: "unknown" exploitation
    # would say the row is trafficking of an unknown form
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 4,
            "crime_type": [None, None, "THB", None],
            "exploitation": [None, "n/k", None, "sexual exploitation"],
            "nationality": ["Nigeria"] * 4,
        }
    )
    got = clean_records(raw, today=TODAY).records["exploitation"].astype("string").tolist()
    assert got == [pd.NA, pd.NA, "unknown", "sexual"]


def test_a_bare_country_column_may_name_its_code() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "nationality": ["SYR", "IRQ", "SYR", "ERI", "SDN"],
            "country_iso2": ["HR", "GR", "IT", "GR", "IT"],
        }
    )
    assert recognise_by_values(raw) == {"country_iso2": "detection_country"}
    assert recognise_by_values(raw.rename(columns={"country_iso2": "Pays (code)"})) == {
        "Pays (code)": "detection_country"
    }
    glossed = raw.rename(columns={"country_iso2": "Country (Nước phát hiện)"})
    assert recognise_by_values(glossed) == {"Country (Nước phát hiện)": "detection_country"}
    # a JSON key in camel case, with M49 numbers (a risk-intelligence feed's)
    m49 = raw.assign(country_iso2=["191", "300", "380", "300", "380"])
    assert recognise_by_values(m49.rename(columns={"country_iso2": "countryCode"})) == {
        "countryCode": "detection_country"
    }
    # a header saying more than "country" and its code stays unread
    assert recognise_by_values(raw.rename(columns={"country_iso2": "reporting_country"})) == {}
    assert recognise_by_values(raw.rename(columns={"country_iso2": "countryOfBirth"})) == {}


@pytest.mark.parametrize(
    "header",
    [
        "listing_country",  # a rental platform's listing
        "Recovery Country",  # a medical examiner's remains
        "País hallazgo",
        "MS of detection",  # an EU body's Member State
        "location_m49",
        "locus_country",
        "iso",  # ACLED's numeric country code
        "Host Nation",  # a military base's host state
        "Jurisdiction",  # a FATF case compilation's country
        "Nation",  # a UK fire service's "England", "Scotland"
    ],
)
def test_a_country_column_of_an_unknown_role_is_the_detection_country(header: str) -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "nationality": ["SYR", "IRQ", "SYR", "ERI", "SDN"],
            header: ["HR", "GR", "IT", "GR", "IT"],
        }
    )
    assert recognise_by_values(raw) == {header: "detection_country"}


@pytest.mark.parametrize(
    "header",
    [
        "Country of residence",
        "birthCountry",
        "Flag country",  # a vessel's flag
        "Issuing country",  # a document's
        "Pays du signalant",  # who reports
        "Victim country",
    ],
)
def test_a_country_column_saying_whose_country_stays_unread(header: str) -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "nationality": ["SYR", "IRQ", "SYR", "ERI", "SDN"],
            header: ["HR", "GR", "IT", "GR", "IT"],
        }
    )
    assert recognise_by_values(raw) == {}


def test_two_country_columns_of_unknown_roles_are_left_alone() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "nationality": ["SYR", "IRQ", "SYR", "ERI", "SDN"],
            "listing_country": ["HR", "GR", "IT", "GR", "IT"],
            "hub_country": ["TR", "TR", "LY", "TR", "LY"],
        }
    )
    assert recognise_by_values(raw) == {}
    # nor without the persons' countries: alone it could be theirs
    assert recognise_by_values(raw.drop(columns=["nationality", "hub_country"])) == {}


@pytest.mark.parametrize(
    ("header", "cells", "field"),
    [
        # the suspects' count under a header no rule knows, beside the persons' count
        ("Sospechosos vistos", ["1", "0", "2", "NINGUNO", "1", "3"], "n_suspects"),
        ("vinculados", ["0", "1", "2", "0", "1", "1"], "n_suspects"),
        # small counts as words, beside two not-known marks ("Núm. sujetos reportados")
        ("Núm. sujetos reportados", ["0", "cero", "uno", "S/D", "N/D", "dos"], "n_suspects"),
    ],
)
def test_the_one_unread_column_of_counts_is_the_count_the_file_lacks(
    header: str, cells: list[str], field: str
) -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 6,
            "n_persons": ["12", "40", "3", "7", "22", "9"],
            header: cells,
        }
    )
    assert recognise_by_values(raw) == {header: field}
    # the persons' count beside the suspects'
    persons = raw.rename(columns={"n_persons": "n_suspects", header: "persons_seen"})
    persons["n_suspects"] = cells
    persons["persons_seen"] = ["81", "12", "5", "40", "3", "2"]
    assert recognise_by_values(persons) == {"persons_seen": "n_persons"}


@pytest.mark.parametrize(
    ("header", "cells"),
    [
        ("Vehicles", ["1", "2", "1", "1", "3", "1"]),  # counts of something else
        ("Nb enfants", ["1", "2", "0", "0", "3", "1"]),
        ("Deaths", ["0", "2", "0", "1", "3", "1"]),
        ("Notes", ["a", "b", "c", "d", "e", "f"]),  # no counts
        ("Wave", ["40", "52", "61", "38", "45", "70"]),  # too many for suspects
    ],
)
def test_other_counts_are_not_taken_for_the_lacking_count(header: str, cells: list[str]) -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 6,
            "n_persons": ["12", "40", "3", "7", "22", "9"],
            header: cells,
        }
    )
    assert recognise_by_values(raw) == {}


def test_two_unread_columns_of_counts_are_left_alone() -> None:
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 6,
            "n_persons": ["12", "40", "3", "7", "22", "9"],
            "vinculados": ["0", "1", "2", "0", "1", "1"],
            "lotes": ["3", "1", "2", "2", "1", "4"],
        }
    )
    assert recognise_by_values(raw) == {}
    # nor when neither count is named: which is which the values do not say
    assert recognise_by_values(raw.drop(columns=["n_persons", "lotes"])) == {}


def test_a_crime_column_of_other_offences_gives_way_to_a_column_of_crimes() -> None:
    # "offences" (read as the crime type by its header) lists other offences; the crime is
    # in "category": the offences are kept as the linked offences, no value lost
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 6,
            "nationality": ["Syria"] * 6,
            "crime_type": ["corruption", "illicit goods; money laundering", "document fraud"] * 2,
            "category": ["migrant smuggling"] * 3 + ["human trafficking"] * 3,
        }
    )
    res = clean_records(raw, today=TODAY)
    assert res.records["crime_type"].tolist() == ["smuggling"] * 3 + ["trafficking"] * 3
    assert res.records["linked_offences"].astype("string").tolist()[:3] == [
        "corruption",
        "illicit_goods|money_laundering",
        "document_fraud",
    ]
    # a crime column of crimes keeps its place
    crimes = raw.assign(crime_type=["smuggling"] * 6)
    kept = clean_records(crimes, today=TODAY).records
    assert kept["crime_type"].tolist() == ["smuggling"] * 6


def test_a_route_column_of_many_spellings_of_lists_is_the_transit() -> None:
    # a case system's "route" as JSON lists, each route spelt many ways: more distinct
    # values than a vocabulary has, still lists of countries
    from trendlib.clean.pipeline import recognise_by_values

    names = ["Turkey", "TUR", "Türkiye", "Bulgaria", "BGR", "Serbia", "SRB", "Greece", "Croatia"]
    routes = [f'["{a}", "{b}"]' for a in names for b in names if a != b] + ['["France"]'] * 10
    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * len(routes),
            "nationality": ["Syria"] * len(routes),
            "route_label": routes,
        }
    )
    assert raw["route_label"].nunique() > 60
    assert recognise_by_values(raw) == {"route_label": "transit_countries"}
    # route names stay route names
    named = raw.assign(route_label=[f"Route {i}" for i in range(len(routes))])
    assert recognise_by_values(named) == {}


def test_a_linked_offences_column_of_crimes_is_the_crime_type() -> None:
    # a labour court's "Delito conexo" (the criminal offence beside the claim) names the
    # crime; its "Otros delitos" the other offences
    from trendlib.clean.pipeline import recognise_by_values

    raw = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 6,
            "nationality": ["Syria"] * 6,
            "linked_offences": ["art. 318 bis CP"] * 3 + ["trata de seres humanos"] * 3,
            "Otros delitos": ["blanqueo de capitales", "tráfico de drogas"] * 2
            + ["cohecho", pd.NA],
        }
    )
    assert recognise_by_values(raw) == {
        "linked_offences": "crime_type",
        "Otros delitos": "linked_offences",
    }
    records = clean_records(raw, today=TODAY).records
    assert records["crime_type"].tolist() == ["smuggling"] * 3 + ["trafficking"] * 3
    assert records["linked_offences"].astype("string").tolist()[:2] == [
        "money_laundering",
        "illicit_goods",
    ]
    # linked offences that are offences keep their place
    offences = raw.assign(linked_offences=["corruption"] * 6).drop(columns=["Otros delitos"])
    assert "linked_offences" not in recognise_by_values(offences)


def test_a_column_recognised_in_one_file_does_not_blank_another_files_column() -> None:
    # the crime column found by its values in the second file must not displace the first
    # file's linked offences (the first file's "crime_type" is absent from the second)
    a = pd.DataFrame(
        {
            "event_date": ["2023-05-17"] * 5,
            "crime_type": ["smuggling"] * 5,
            "source_file": ["a.csv"] * 5,
        }
    )
    b = pd.DataFrame(
        {
            "event_date": ["2023-05-18"] * 5,
            "Type": ["smuggling", "people smuggling"] * 2 + ["smuggling"],
            "Other issues": ["forged documents"] * 5,
            "source_file": ["b.csv"] * 5,
        }
    )
    raw = pd.concat([a, b], ignore_index=True).assign(source_row=list(range(1, 11)))
    res = clean_records(raw, today=TODAY)
    got = res.records.set_index("source_file")["linked_offences"].astype("string")
    assert got.loc["b.csv"].tolist() == ["document_fraud"] * 5
