"""Redaction of secret- and path-like parameters from executed notebooks."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from trendlib.reports._redact import (
    REDACTED,
    looks_like_path,
    looks_like_secret,
    redact_notebook,
    redact_parameters,
)


def test_detection() -> None:
    assert looks_like_path("/srv/data/in.csv")
    assert looks_like_path("C:\\data\\in.xlsx")
    assert looks_like_path("~/x")
    assert not looks_like_path("Operation Aurora")
    assert looks_like_secret("api_token", "abc")
    assert looks_like_secret("note", "ghp_abcdefghijklmnopqrstuvwxyz0123456789")
    assert not looks_like_secret("title", "Strategic assessment 2024")
    assert not looks_like_secret("threshold", 5)


def test_redact_parameters_keeps_plain_values() -> None:
    out = redact_parameters({"data": ["/a/b/c.csv"], "threshold": 5, "region": "Southern Europe"})
    assert out == {"data": ["<redacted path: c.csv>"], "threshold": 5, "region": "Southern Europe"}


def test_redact_notebook_rewrites_cell_metadata_and_outputs(tmp_path: Path) -> None:
    secret_dir = tmp_path / "very-secret-folder"
    path = str(secret_dir / "informants.csv")
    nb = new_notebook()
    injected = new_code_cell(f"data = [{path!r}]\ntoken = 'hunter2hunter2'")
    injected.metadata["tags"] = ["injected-parameters"]
    work = new_code_cell("print(data)")
    work.outputs = [
        new_output("stream", text=f"reading {path}\n"),
        new_output("display_data", data={"text/html": f"<p>{secret_dir}</p>", "text/plain": "x"}),
    ]
    nb.cells = [injected, work]
    nb.metadata["papermill"] = {
        "parameters": {"data": [path], "token": "hunter2hunter2"},
        "input_path": "/home/me/tpl.ipynb",
        "output_path": "/home/me/out.ipynb",
    }
    params = {"data": [path], "token": "hunter2hunter2"}
    out = nbformat.from_dict(
        redact_notebook(nb, params, extra_secrets=["key-material-123"], notebook_name="tpl.ipynb")
    )
    text = nbformat.writes(out)
    assert path not in text
    assert str(secret_dir) not in text
    assert "hunter2hunter2" not in text
    assert "/home/me" not in text
    assert out.metadata.papermill.parameters["token"] == REDACTED
    assert out.metadata.papermill.parameters["data"] == ["<redacted path: informants.csv>"]
    assert REDACTED in out.cells[1].outputs[0]["text"]
