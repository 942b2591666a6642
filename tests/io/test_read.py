"""read_records on small hand-made files: formats, encodings, provenance, mapping, errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import trendlib.errors as err
from trendlib.io import read_records, write_records

CSV_ROWS = (
    "Case ID{d}Date of detection{d}Nationality{d}Victims{d}Notes\n"
    "A1{d}03/02/2021{d}Nigeria{d}2{d}\n"
    "A2{d}2021-02-04{d}Côte d'Ivoire{d}1{d}by boat\n"
)


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiters_are_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = _write(tmp_path / "cases.csv", CSV_ROWS.format(d=delimiter))
    raw = read_records(path)
    assert list(raw.columns) == [
        "source_ref",
        "event_date",
        "nationality",
        "n_persons",
        "Notes",
        "source",
        "source_file",
        "source_row",
    ]
    assert raw["event_date"].tolist() == ["03/02/2021", "2021-02-04"]
    assert raw["nationality"].tolist() == ["Nigeria", "Côte d'Ivoire"]
    assert raw["Notes"].isna().tolist() == [True, False]
    assert raw.attrs["trendlib"]["files"][0]["delimiter"] == delimiter


def test_raw_frame_provenance(tmp_path: Path) -> None:
    path = _write(tmp_path / "cases.csv", CSV_ROWS.format(d=","))
    raw = read_records(str(path))
    assert raw.index.equals(pd.RangeIndex(2))
    assert raw["source"].tolist() == ["cases", "cases"]
    assert raw["source_ref"].tolist() == ["A1", "A2"]
    assert raw["source_file"].tolist() == [str(path)] * 2
    assert raw["source_row"].dtype == "Int64"
    assert raw["source_row"].tolist() == [2, 3]
    info = raw.attrs["trendlib"]["files"][0]
    assert info["format"] == "csv"
    assert info["encoding"] == "utf-8"
    assert info["header_map"] == {
        "Case ID": "source_ref",
        "Date of detection": "event_date",
        "Nationality": "nationality",
        "Victims": "n_persons",
    }
    assert info["unmapped"] == ["Notes"]
    assert info["n_rows"] == 2
    assert len(info["sha256"]) == 64
    assert info["profile"] is None
    # every value column is text
    assert all(raw[c].dtype == raw["Notes"].dtype for c in raw.columns if c != "source_row")


def test_source_argument_and_row_number_refs(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "Fecha,Nacionalidad\n2021-01-01,Perú\n\n2021-01-03,España\n")
    raw = read_records(path, source="Policía Nacional")
    assert raw["source"].unique().tolist() == ["Policía Nacional"]
    # the blank line is kept as an empty row, so row numbers match the file
    assert raw["source_row"].tolist() == [2, 3, 4]
    assert raw["source_ref"].tolist() == ["2", "3", "4"]
    assert raw.loc[1, ["event_date", "nationality"]].isna().all()


def test_source_column_in_file_filled_with_stem(tmp_path: Path) -> None:
    path = _write(tmp_path / "mixed.csv", "Agency,Date\nPolice,2021\n,2022\n")
    raw = read_records(path)
    assert raw["source"].tolist() == ["Police", "mixed"]
    raw = read_records(path, source="Europol")
    assert raw["source"].tolist() == ["Europol", "Europol"]
    assert raw["Agency"].tolist()[0] == "Police"


def test_utf8_bom(tmp_path: Path) -> None:
    path = _write(tmp_path / "bom.csv", "\ufeffNationalité;Date\nSénégal;2020-01-01\n")
    raw = read_records(path)
    assert raw["nationality"].tolist() == ["Sénégal"]
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == "utf-8-sig"


def test_cp1252_french_file(tmp_path: Path) -> None:
    text = "Date de détection;Pays d'origine;Nationalité\n01/02/2021;Côte d'Ivoire;Sénégal\n"
    path = _write(tmp_path / "fr.csv", text, encoding="cp1252")
    raw = read_records(path)
    assert raw["origin_country"].tolist() == ["Côte d'Ivoire"]
    assert raw["nationality"].tolist() == ["Sénégal"]
    assert raw["event_date"].tolist() == ["01/02/2021"]
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == "cp1252"


def test_spanish_headers(tmp_path: Path) -> None:
    text = (
        "Número de caso,Fecha de detección,País de origen,Víctimas,Sospechosos,"
        "Forma de explotación,Sexo\n"
        "ES-1,2022-05-01,Colombia,3,1,Explotación sexual,Mujer\n"
    )
    raw = read_records(_write(tmp_path / "es.csv", text))
    assert raw.loc[
        0,
        [
            "source_ref",
            "event_date",
            "origin_country",
            "n_persons",
            "n_suspects",
            "exploitation",
            "gender",
        ],
    ].tolist() == [
        "ES-1",
        "2022-05-01",
        "Colombia",
        "3",
        "1",
        "Explotación sexual",
        "Mujer",
    ]


def test_utf16_tab_text(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Date\tNationality\n2021-01-01\tMéxico\n".encode("utf-16"))
    raw = read_records(path)
    assert raw["nationality"].tolist() == ["México"]


def test_short_rows_are_padded_and_quoted_newlines_kept(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "ragged.csv", 'Date,Notes,Victims\n2021-01-01,"two\nlines",2\n2021-01-02\n'
    )
    raw = read_records(path)
    assert raw["Notes"].tolist()[0] == "two\nlines"
    assert raw["n_persons"].isna().tolist() == [False, True]
    assert raw["source_row"].tolist() == [2, 3]


@pytest.mark.parametrize("every", [1, 7, 997, 40_000])
def test_quoted_line_breaks_in_a_file_read_in_blocks(tmp_path: Path, every: int) -> None:
    # > 1 MiB, so pyarrow cuts the file into blocks: a line break inside quotes at a
    # block's end must neither lose nor garble a row (40,000: no such value at all)
    notes = [
        f"note {i}\r\nsecond line" if i % every == 3 % every else f"note {i}" for i in range(40_000)
    ]
    body = "".join(f'{i};2021-01-{1 + i % 28:02d};"{n}";{i % 9}\n' for i, n in enumerate(notes))
    path = tmp_path / "blocks.csv"
    path.write_bytes(("Ref;Date;Notes;Victims\n" + body).encode())
    assert path.stat().st_size > 1 << 20
    raw = read_records(path)
    assert len(raw) == 40_000
    assert raw["Notes"].tolist() == notes
    assert raw["n_persons"].tolist() == [str(i % 9) for i in range(40_000)]
    assert raw["source_row"].iloc[-1] == 40_001


def test_xlsx_with_date_cells_and_banner(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Cases"
    sheet.append(["Police report"])
    sheet.append(["Fecha", "Víctimas", "Nacionalidad", "Lat"])
    sheet.append([dt.datetime(2021, 3, 4), 12.0, "Perú", 36.5])
    sheet.append([dt.datetime(2021, 3, 5, 14, 30), 3, None, 12.25])
    other_sheet = book.create_sheet("Other")
    other_sheet.append(["x"])
    other_sheet.append(["y"])
    path = tmp_path / "cases.xlsx"
    book.save(path)
    raw = read_records(path)
    assert raw["event_date"].tolist() == ["2021-03-04", "2021-03-05T14:30:00"]
    assert raw["n_persons"].tolist() == ["12", "3"]
    assert raw["lat"].tolist() == ["36.5", "12.25"]
    assert raw["nationality"].isna().tolist() == [False, True]
    assert raw["source_row"].tolist() == [3, 4]
    info = raw.attrs["trendlib"]["files"][0]
    assert (info["format"], info["sheet"], info["encoding"]) == ("xlsx", "Cases", None)
    other = read_records(path, sheet=1)
    assert other["x"].tolist() == ["y"]
    assert other.attrs["trendlib"]["files"][0]["sheet"] == "Other"


def test_parquet_values_become_text(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "Date": pd.to_datetime(["2021-01-01", None]),
            "Persons": [3.0, np.nan],
            "Suspects": pd.array([1, None], dtype="Int64"),
            "Nationality": pd.Categorical(["SYR", "AFG"]),
            "flag": [True, False],
        }
    )
    path = tmp_path / "in.parquet"
    frame.to_parquet(path)
    raw = read_records(path)
    assert raw["event_date"].tolist()[0] == "2021-01-01"
    assert raw["event_date"].isna().tolist() == [False, True]
    assert raw["n_persons"].tolist()[0] == "3"
    assert raw["n_suspects"].tolist()[0] == "1"
    assert raw["nationality"].tolist() == ["SYR", "AFG"]
    assert raw["flag"].tolist() == ["true", "false"]
    assert raw["source_row"].tolist() == [1, 2]


def test_jsonl_lines_numbered(tmp_path: Path) -> None:
    lines = [
        json.dumps({"date": "2021-01-01", "victims": 2, "nationality": "Eritrea"}),
        "",
        json.dumps({"date": "2021-02-01", "victims": 1.0, "nationality": None, "extra": [1, 2]}),
    ]
    path = _write(tmp_path / "cases.ndjson", "\n".join(lines) + "\n")
    raw = read_records(path)
    assert raw["event_date"].tolist() == ["2021-01-01", "2021-02-01"]
    assert raw["n_persons"].tolist() == ["2", "1"]
    assert raw["source_row"].tolist() == [1, 3]
    assert raw["extra"].tolist()[1] == "[1, 2]"


def test_jsonl_objects_in_cells_are_spread_over_columns(tmp_path: Path) -> None:
    # a platform's log: the place as an object (blind368), a nested one, a mixed column
    lines = [
        {"date": "2021-01-01", "location": {"lat": 35.51, "lng": 12.6}, "meta": {"a": {"b": 1}}},
        {"date": "2021-01-02", "location": None, "meta": {"a": {"b": 2}}, "note": {"x": 1}},
        {"date": "2021-01-03", "location": {"lat": 8.26, "lng": -77.58}, "note": "free text"},
    ]
    path = _write(tmp_path / "log.jsonl", "\n".join(json.dumps(line) for line in lines))
    raw = read_records(path)
    assert raw["lat"].fillna("-").tolist() == ["35.51", "-", "8.26"]
    assert raw["lon"].fillna("-").tolist() == ["12.6", "-", "-77.58"]
    assert raw.attrs["trendlib"]["files"][0]["header_map"]["location.lat"] == "lat"
    assert raw["meta.a.b"].fillna("-").tolist() == ["1", "2", "-"]  # level by level
    assert raw["note"].tolist()[1:] == ['{"x": 1}', "free text"]  # objects among text: text
    assert raw["source_row"].tolist() == [1, 2, 3]
    # a key that repeats a column's name keeps both
    clash = [{"date": "2021-01-01", "a": {"b": 1}, "a.b": 2}]
    raw = read_records(_write(tmp_path / "clash.jsonl", json.dumps(clash[0])))
    assert raw["a.b"].tolist() == ["1"]
    assert raw["a.b.1"].tolist() == ["2"]


def test_several_files_are_concatenated(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.csv", "Date,Victims\n2021,1\n")
    b = _write(tmp_path / "b.csv", "Fecha;Víctimas;Ruta\n2022;2;Central Mediterranean\n2023;3;\n")
    raw = read_records([a, b])
    assert raw.index.equals(pd.RangeIndex(3))
    assert raw["source"].tolist() == ["a", "b", "b"]
    assert raw["source_row"].tolist() == [2, 2, 3]
    assert raw["route_label"].isna().tolist() == [True, False, True]
    assert [f["path"] for f in raw.attrs["trendlib"]["files"]] == [str(a), str(b)]


def test_mapping_dict_overrides_recognition(tmp_path: Path) -> None:
    path = _write(tmp_path / "m.csv", "Date,Pays,Nb,Route\n2021,Libye,4,LBY>ITA\n")
    mapping = {"Pays": "detection_country", "Nb": "n_persons", "Date": None}
    raw = read_records(path, mapping=mapping)
    info = raw.attrs["trendlib"]["files"][0]
    assert info["header_map"] == {
        "Pays": "detection_country",
        "Nb": "n_persons",
        "Route": "transit_countries",
    }
    assert "Date" in raw.columns
    assert "event_date" not in raw.columns
    assert mapping == {"Pays": "detection_country", "Nb": "n_persons", "Date": None}


def test_mapping_yaml_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "m.csv", "Fecha hecho,Nacionalidad\n2021,Perú\n")
    yaml_path = _write(tmp_path / "map.yaml", "columns:\n  Fecha hecho: event_date\n")
    raw = read_records(path, mapping=yaml_path)
    assert raw["event_date"].tolist() == ["2021"]
    assert raw["nationality"].tolist() == ["Perú"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Fecha hecho: fecha\n", "'fecha', which is not a canonical column"),
        ("Missing header: event_date\n", "'Missing header'"),
        ("a: [unclosed\n", "not valid YAML at line"),
        ("- a\n- b\n", "must hold a mapping"),
    ],
)
def test_bad_mapping_file(tmp_path: Path, content: str, expected: str) -> None:
    path = _write(tmp_path / "m.csv", "Fecha hecho,Nacionalidad\n2021,Perú\n")
    yaml_path = _write(tmp_path / "map.yaml", content)
    with pytest.raises(err.MappingError, match=r"map\.yaml") as info:
        read_records(path, mapping=yaml_path)
    assert expected in str(info.value)


def test_mapping_two_headers_one_target() -> None:
    with pytest.raises(err.MappingError, match="maps both 'a' and 'b' to 'event_date'"):
        read_records("unused.csv", mapping={"a": "event_date", "b": "event_date"})


def test_missing_mapping_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "m.csv", "Fecha\n2021\n")
    with pytest.raises(err.InputFileNotFoundError, match=r"nope\.yaml"):
        read_records(path, mapping=tmp_path / "nope.yaml")


def test_input_files_are_not_modified(tmp_path: Path) -> None:
    path = _write(tmp_path / "cases.csv", CSV_ROWS.format(d=";"))
    before = path.read_bytes()
    read_records(path)
    assert path.read_bytes() == before


def test_unmapped_header_that_clashes_with_a_made_column(tmp_path: Path) -> None:
    path = _write(tmp_path / "again.csv", "Date,source_file\n2021,old.csv\n")
    raw = read_records(path)
    assert raw["source_file (in file)"].tolist() == ["old.csv"]
    assert raw["source_file"].tolist() == [str(path)]


def test_roundtrip_through_write_records(tmp_path: Path) -> None:
    raw = read_records(_write(tmp_path / "cases.csv", CSV_ROWS.format(d=",")))
    out = write_records(raw, tmp_path / "raw.parquet")
    again = pd.read_parquet(out)
    pd.testing.assert_frame_equal(again, raw)


# ----------------------------------------------------------------------------- errors


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(err.InputFileNotFoundError, match=r"nothere\.csv") as info:
        read_records(tmp_path / "nothere.csv")
    assert isinstance(info.value, FileNotFoundError)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(err.UnsupportedFormatError, match="is a folder"):
        read_records(tmp_path)


@pytest.mark.parametrize("name", ["cases.xls", "cases.pdf", "cases"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, "x")
    with pytest.raises(err.UnsupportedFormatError, match=r"\.csv, \.jsonl"):
        read_records(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.csv", ""),
        ("blank.csv", "\n\n"),
        ("header.csv", "Date,Victims\n"),
        ("empty.jsonl", ""),
        ("blankrows.csv", "Date,Victims\n,\n"),
    ],
)
def test_empty_inputs(tmp_path: Path, name: str, content: str) -> None:
    with pytest.raises(err.EmptyInputError, match=name):
        read_records(_write(tmp_path / name, content))


def test_header_only_xlsx(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Date", "Victims"])
    book.save(tmp_path / "h.xlsx")
    with pytest.raises(err.EmptyInputError, match="no data rows"):
        read_records(tmp_path / "h.xlsx")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("binary.csv", b"\x00\x01\x02\x03garbage", "binary data"),
        ("zip.csv", b"PK\x03\x04rest", "rename it to .xlsx"),
        ("text.xlsx", b"Date,Victims\n2021,1\n", "not an Excel workbook"),
        ("broken.xlsx", b"PK\x03\x04not really a zip", "cannot be opened"),
        ("text.parquet", b"Date,Victims\n", "Parquet signature"),
        ("bad.jsonl", b'{"a": 1}\n{"a": \n', "row 2"),
        ("long.csv", b"Date,Victims\n2021,1\n2022,2,3\n", "line 3, saw 3"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(err.UnreadableFileError, match=name) as info:
        read_records(path)
    assert expected in str(info.value)


def test_every_row_longer_than_header(tmp_path: Path) -> None:
    # a trailing delimiter on every data row: the empty extra column is dropped...
    raw = read_records(_write(tmp_path / "trail.csv", "Date;Victims\n2021;1;\n2022;2;\n"))
    assert list(raw.columns)[:2] == ["event_date", "n_persons"]
    assert "Unnamed: 2" not in raw.columns
    # ...and extra values are kept under a made-up header, never shifted or lost
    raw = read_records(_write(tmp_path / "wide.csv", "Date,Victims\n2021,1,x\n2022,2,y\n"))
    assert raw["Unnamed: 2"].tolist() == ["x", "y"]


def test_unknown_xlsx_sheet(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Date"])
    book.active.append(["2021"])
    book.save(tmp_path / "s.xlsx")
    with pytest.raises(err.UnreadableFileError, match="no sheet 'Nope'"):
        read_records(tmp_path / "s.xlsx", sheet="Nope")


@pytest.mark.parametrize("bad", [[], 3])
def test_bad_path_argument(bad: object) -> None:
    with pytest.raises(err.ParameterError):
        read_records(bad)  # type: ignore[arg-type]


def test_unknown_profile_lists_known_ones(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "Date\n2021\n")
    with pytest.raises(err.ParameterError, match="iom_mmp, unodc_glotip"):
        read_records(path, profile="glotip")


def test_profile_on_wrong_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "month,route\n2021-01,Other\n")
    with pytest.raises(err.MappingError, match=r"x\.csv.*'type', 'nat', 'n'"):
        read_records(path, profile="frontex_ibc")


def test_leading_blank_lines_keep_row_numbers(tmp_path: Path) -> None:
    raw = read_records(_write(tmp_path / "lead.csv", "\n\nDate;Victims\n2021;1\n2022;2\n"))
    assert raw["source_row"].tolist() == [4, 5]
    assert raw["n_persons"].tolist() == ["1", "2"]


def test_xlsx_table_away_from_a1(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C3"] = "Title of the table"
    sheet["C5"], sheet["D5"] = "Fecha", "Víctimas"
    sheet["C6"], sheet["D6"] = dt.date(2021, 1, 2), 4
    book.save(tmp_path / "off.xlsx")
    raw = read_records(tmp_path / "off.xlsx")
    assert list(raw.columns)[:2] == ["event_date", "n_persons"]
    assert raw.loc[0, ["event_date", "n_persons"]].tolist() == ["2021-01-02", "4"]
    assert raw["source_row"].tolist() == [6]


def test_encoding_and_delimiter_overrides(tmp_path: Path) -> None:
    path = _write(tmp_path / "o.csv", "Nationalité|Date\nSénégal|2020\n", encoding="latin-1")
    raw = read_records(path, encoding="latin-1", delimiter="|")
    assert raw["nationality"].tolist() == ["Sénégal"]
    info = raw.attrs["trendlib"]["files"][0]
    assert (info["encoding"], info["delimiter"]) == ("latin-1", "|")


def test_cp1252_with_en_dash_is_not_read_as_iso8859(tmp_path: Path) -> None:
    # charset-normalizer ranks iso8859_10 first on this file (cp1252 is not even offered);
    # its en dashes (0x96) would become control characters.
    from trendlib.samples import write_samples

    paths = write_samples(tmp_path, n_events=400, variant="unseen")
    raw = read_records(paths["guardia_civil_es"])
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == "cp1252"
    # the header decoded right (and recognised: a Spanish police report number)
    assert raw.attrs["trendlib"]["files"][0]["header_map"]["Nº de atestado"] == "source_ref"


def test_latin_1_upper_case_file_is_not_read_as_a_mac_code_page(tmp_path: Path) -> None:
    # charset-normalizer ranks mac_latin2 first on this upper-case Spanish latin-1 file;
    # read that way, "PAÍS DE INTERVENCIÓN" became "PAÕS DE INTERVENCI”N" and went unread
    from trendlib.samples import write_samples

    paths = write_samples(tmp_path, n_events=400, seed=5, variant="blind38")
    path = next(p for p in paths.values() if "dirctptim" in str(p))
    raw = read_records(path)
    info = raw.attrs["trendlib"]["files"][0]
    assert info["encoding"] == "cp1252"
    assert "detection_country" in raw.columns
    assert any("PAÍS" in h for h in info["header_map"])


def test_latin_1_spanish_capitals_are_not_read_as_windows_baltic(tmp_path: Path) -> None:
    # charset-normalizer ranks cp1257 first on this upper-case Spanish latin-1 file; read
    # that way, "TRÁFICO ILÍCITO" became "TRĮFICO ILĶCITO" and went unread
    from trendlib.samples import write_samples

    paths = write_samples(tmp_path, n_events=400, seed=5, variant="blind91")
    path = next(p for p in paths.values() if "sinaproc" in str(p))
    raw = read_records(path)
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == "cp1252"
    assert raw["crime_type"].str.contains("TRÁFICO", regex=False).any()


def test_latin_1_spanish_is_not_read_as_windows_arabic(tmp_path: Path) -> None:
    # charset-normalizer ranks cp1256 first on this latin-1 file (seed 0, 3,000 events);
    # read that way, "Malí", "avión", "neumática" became "Malي", "aviَn", "neumلtica"
    # and the accented headers went unread
    from trendlib.samples import write_samples

    paths = write_samples(tmp_path, n_events=3000, seed=0, variant="blind99")
    path = next(p for p in paths.values() if "ccrc_canarias" in str(p))
    raw = read_records(path)
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == "cp1252"
    assert {"crime_type", "detection_country", "coordinates"} <= set(raw.columns)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Дата;Гражданство\n12.03.2022;Сирия\n01.04.2022;Ирак, Москва\n", "cp1251"),
        ("التاريخ;الجنسية\n12/03/2022;سوريا\n01/04/2022;العراق ليبيا\n", "cp1256"),
    ],
)
def test_text_in_another_script_keeps_its_code_page(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "other_script.csv"
    path.write_bytes(text.encode(encoding))
    raw = read_records(path)
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == encoding
    assert raw.iloc[0].tolist()[1] in {"Сирия", "سوريا"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_a_file_without_line_breaks_in_values_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    from trendlib.io import _readers

    calls: list[bool] = []
    arrow_table = _readers._arrow_table

    def counted(*args: object, multiline: bool) -> object:
        calls.append(multiline)
        return arrow_table(*args, multiline=multiline)  # type: ignore[arg-type]

    monkeypatch.setattr(_readers, "_arrow_table", counted)
    path = tmp_path / "once.csv"
    path.write_bytes("Date;Nationalité;Victimes\n2021-01-01;Syrie;3\n".encode(encoding))
    raw = read_records(path)
    assert raw["nationality"].tolist() == ["Syrie"]
    assert calls == [False]  # no second read allowing line breaks inside quotes


def test_spanish_text_guessed_as_central_european_is_read_as_cp1252(tmp_path: Path) -> None:
    # charset-normalizer ranks cp1250 first on this cp1252 file with mojibake rows (seed
    # 0, 3,000 events): "España", "NIÑOS" came out "Espańa", "NIŃOS" and "Malí" pasted as
    # UTF-8 came out "MalĂ­", beyond repair
    from trendlib.samples import write_samples

    paths = write_samples(tmp_path, n_events=3000, seed=0, variant="blind119")
    path = next(p for p in paths.values() if "pn_rd_agregaduria" in str(p))
    raw = read_records(path)
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == "cp1252"
    assert not raw["nationality"].str.contains("ń", regex=False).any()


def test_polish_text_keeps_its_central_european_code_page(tmp_path: Path) -> None:
    # Polish writes "ń" only before a consonant or at the end of a word
    text = (
        "Data;Obywatelstwo;Miejsce;Uwagi\n"
        + (
            "12.03.2022;Białoruś;Gdańsk;Zatrzymano przemytnika, który przewoził cudzoziemców"
            " ciężarówką przez granicę (dzień, Poznań)\n"
        )
        * 40
    )
    path = tmp_path / "straz.csv"
    path.write_bytes(text.encode("cp1250"))
    raw = read_records(path)
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == "cp1250"
    assert raw.iloc[0].tolist()[1] == "Białoruś"


def test_turkish_text_in_cp1254_is_not_read_as_western(tmp_path: Path) -> None:
    # read as cp1252, "İnsan ticareti", "Göçmen kaçakçılığı" became "Ýnsan ticareti",
    # "Göçmen kaçakçýlýðý" and no rule read them
    text = (
        "Tarih;Suç;Uyruk\n"
        + "13.01.2021;Göçmen kaçakçılığı;İran\n14.01.2021;İnsan ticareti;Suriye\n" * 20
    )
    path = tmp_path / "goc.csv"
    path.write_bytes(text.encode("cp1254"))
    raw = read_records(path)
    assert raw.attrs["trendlib"]["files"][0]["encoding"] == "cp1254"
    assert "İran" in raw.iloc[0].tolist()


def test_icelandic_text_keeps_the_western_code_page(tmp_path: Path) -> None:
    text = "Dagsetning;Þjóðerni;Staður\n" + "12.03.2022;Sýrland;Keflavík, Ísafjörður, Hæð\n" * 20
    path = tmp_path / "is.csv"
    path.write_bytes(text.encode("cp1252"))
    assert read_records(path).attrs["trendlib"]["files"][0]["encoding"] == "cp1252"


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("Date;Nationalité;Victimes\n2021-01-01;Syrie;3\n2021-01-02;Irak;4", "utf-8"),
        ("Date;Nationalité;Victimes\r\n2021-01-01;Syrie;3\r\n", "utf-8-sig"),
        ("Date;Nationalité;Victimes\n2021-01-01;Syrie;3\n", "cp1252"),
        ("Date\tNationality\tVictims\n2021-01-01\tSyria\t3\n", "utf-16"),
        ('Date,Notes,Victims\n2021-01-01,"two\nlines",2\n2021-01-02,,3\n', "utf-8"),
    ],
)
def test_a_mapped_file_reads_as_the_same_file_read_into_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, encoding: str
) -> None:
    from trendlib.io import _readers

    path = tmp_path / "mapped.csv"
    path.write_bytes(content.encode(encoding))
    in_memory = read_records(path)
    monkeypatch.setattr(_readers, "_MAP_BYTES", 0)  # every file mapped
    assert isinstance(_readers._file_bytes(path), pa.Buffer)
    mapped = read_records(path)
    pd.testing.assert_frame_equal(mapped, in_memory)
    assert mapped.attrs == in_memory.attrs  # the same digest, encoding and delimiter


def test_a_mapped_blank_file_is_empty_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trendlib.io import _readers

    monkeypatch.setattr(_readers, "_MAP_BYTES", 0)
    for name, content in (("blank.csv", b"  \n\n  "), ("nothing.csv", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(err.EmptyInputError, match=name):
            read_records(path)


@pytest.mark.parametrize("size", [0, 1, 5, (1 << 20) - 1, 1 << 20, (1 << 20) + 3])
def test_line_breaks_are_counted_across_slices(size: int) -> None:
    from trendlib.io import _readers

    # "\n" every seventh byte, "A" between
    data = ((np.arange(size) % 7 == 0) * 10 + 65).astype(np.uint8).tobytes()
    assert _readers._count_newlines(data) == data.count(b"\n")
    assert _readers._count_newlines(pa.py_buffer(data)) == data.count(b"\n")
