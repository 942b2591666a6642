"""What a file's headers say about its values, read per file by ``clean_records``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import trendlib as tl


def test_header_legends_are_read_per_file(tmp_path: Path) -> None:
    dutch = tmp_path / "nl.csv"
    dutch.write_text(
        "Date;Sex (M=man, V=vrouw);Persons;Nationality\n"
        "01/02/2023;V;3;Syria\n01/03/2023;M/V;4;Syria\n",
        encoding="utf-8",
    )
    spanish = tmp_path / "es.csv"
    spanish.write_text(
        "Fecha;Sexo;Personas;Nacionalidad\n01/02/2023;V;3;Siria\n01/03/2023;M;4;Siria\n",
        encoding="utf-8",
    )
    res = tl.clean_records(tl.read_records([dutch, spanish]), today="2026-01-01")
    got = dict(
        zip(
            res.records["source_file"].map(lambda p: Path(p).name + ":")
            + res.records["source_row"].astype(str),
            res.records["gender"].astype(str),
            strict=True,
        )
    )
    assert got == {
        "nl.csv:2": "female",
        "nl.csv:3": "mixed",
        "es.csv:2": "male",
        "es.csv:3": "female",
    }
    audit = res.audit
    assert (audit["rule"] == "vocab.header_legend").sum() == 2


def test_a_date_header_in_the_buddhist_era_dates_the_file_so(tmp_path: Path) -> None:
    thai = tmp_path / "th.csv"
    thai.write_text(
        "Date of Incident (B.E.);Persons;Nationality\n17/05/2566;3;Myanmar\nQ2/2564;4;Laos\n",
        encoding="utf-8",
    )
    other = tmp_path / "gb.csv"
    other.write_text("Date;Persons;Nationality\n17/05/2023;3;Syria\n", encoding="utf-8")
    res = tl.clean_records(tl.read_records([thai, other]), today="2026-01-01")
    assert len(res.quarantine) == 0
    got = res.records.sort_values(["source_file", "source_row"])["event_date"]
    assert got.dt.strftime("%Y-%m-%d").tolist() == ["2023-05-17", "2023-05-17", "2021-04-01"]
    # one file alone takes the same path
    alone = tl.clean_records(tl.read_records(thai), today="2026-01-01")
    assert alone.records["event_date"].dt.year.tolist() == [2023, 2021]


def test_a_header_naming_its_code_reads_bare_articles_in_that_file_only(tmp_path: Path) -> None:
    estonian = tmp_path / "ee.csv"
    estonian.write_text(
        "Kuupäev / Date;Paragrahv / Offence (KarS);Persons\n"
        "01/02/2023;§ 259;3\n01/03/2023;§ 133;4\n",
        encoding="utf-8",
    )
    other = tmp_path / "xx.csv"
    other.write_text("Date;Offence;Persons\n01/02/2023;§ 259;3\n", encoding="utf-8")
    res = tl.clean_records(tl.read_records([estonian, other]), today="2026-01-01")
    got = dict(
        zip(
            res.records["source_file"].map(lambda p: Path(p).name + ":")
            + res.records["source_row"].astype(str),
            res.records["crime_type"].astype(str),
            strict=True,
        )
    )
    assert got == {"ee.csv:2": "smuggling", "ee.csv:3": "trafficking", "xx.csv:2": "unknown"}
    assert (res.audit["rule"] == "vocab.header_code").sum() == 2


def test_an_offence_and_exploitation_column_gives_both(tmp_path: Path) -> None:
    albanian = tmp_path / "al.csv"
    albanian.write_text(
        "Date|Offence / exploitation (CC RA)|Persons\n"
        "01/02/2023|Trafficking – sexual exploitation (art. 110/a CC)|3\n"
        "01/03/2023|Art. 298 KP – illegal crossing facilitation|4\n",
        encoding="utf-8",
    )
    res = tl.clean_records(tl.read_records(albanian), today="2026-01-01")
    assert res.records["crime_type"].astype(str).tolist() == ["trafficking", "smuggling"]
    exploitation = res.records["exploitation"]
    assert exploitation.iloc[0] == "sexual"
    assert pd.isna(exploitation.iloc[1])  # smuggling has no form of exploitation


def test_a_degree_sign_or_a_unit_in_a_coordinate_header_is_no_hemisphere(tmp_path: Path) -> None:
    # "º" folds to the letter "o" (oeste): "Longitud (º)" names no hemisphere; a unit in
    # brackets after the hemisphere does not hide it ("Longitud Oeste (grados)")
    degrees = tmp_path / "tr.csv"
    degrees.write_text(
        "Fecha;Latitud (º);Longitud (º);Personas\n01/02/2023;45,1;15,8;3\n", encoding="utf-8"
    )
    west = tmp_path / "cr.csv"
    west.write_text(
        "Fecha;Latitud (N);Longitud Oeste (grados);Personas\n01/02/2023;9,9;84,1;3\n",
        encoding="utf-8",
    )
    res = tl.clean_records(tl.read_records([degrees, west]), today="2026-01-01")
    got = res.records.sort_values("source_file")[["lat", "lon"]].to_numpy().tolist()
    assert got == [[9.9, -84.1], [45.1, 15.8]]
