"""A header that spells out its sex codes is read per file by ``clean_records``."""

from __future__ import annotations

from pathlib import Path

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
