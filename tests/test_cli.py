import pandas as pd
import pytest

from trendlib.cli import main


@pytest.fixture(scope="module")
def samples_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    assert main(["make-samples", "--out", str(out), "--n-events", "300"]) == 0
    return out


def test_make_samples_writes_submissions_and_truth(samples_dir):
    names = {p.name for p in samples_dir.iterdir()}
    assert {"police_fr.csv", "guardia_civil_es.xlsx", "regional_hub.jsonl"} <= names
    assert (samples_dir / "truth" / "truth_rows.csv").is_file()


def test_clean_folder_prints_summary_and_writes_outputs(samples_dir, tmp_path, capsys):
    out = tmp_path / "records.parquet"
    code = main(
        [
            "clean",
            str(samples_dir),
            "--quiet",
            "--out",
            str(out),
            "--quarantine",
            str(tmp_path / "q.csv"),
            "--audit",
            str(tmp_path / "a.csv"),
        ]
    )
    assert code == 0
    text = capsys.readouterr().out
    assert "records" in text
    assert "data quality by source" in text
    records = pd.read_parquet(out)
    quarantine = pd.read_csv(tmp_path / "q.csv")
    truth = pd.read_csv(samples_dir / "truth" / "truth_rows.csv")
    assert len(records) + len(quarantine) == len(truth)  # no row lost
    assert pd.read_csv(tmp_path / "a.csv").columns[:3].tolist() == [
        "record_id",
        "source_file",
        "source_row",
    ]


def test_unreadable_input_exits_1_with_one_line(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "missing.csv"), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "missing.csv" in err[0]
    bad = tmp_path / "notes.docx"
    bad.write_text("hello")
    assert main(["clean", str(bad), "--quiet"]) == 1
    assert "docx" in capsys.readouterr().err


def test_no_date_column_names_the_fix(tmp_path, capsys):
    path = tmp_path / "x.csv"
    path.write_text("foo,bar\n1,2\n")
    assert main(["clean", str(path), "--quiet"]) == 1
    assert "--mapping" in capsys.readouterr().err


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["clean"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_profiles_lists_the_builtin_formats(capsys):
    assert main(["profiles"]) == 0
    out = capsys.readouterr().out
    for name in ("iom_mmp", "frontex_ibc", "unodc_glotip"):
        assert name in out
