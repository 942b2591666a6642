"""Render a report: validate, execute with papermill, convert with nbconvert, publish atomically.

Steps (each timed in the manifest):

1. **validate** the parameters against the report's dataclass and resolve the input
   files, before any kernel starts (a bad parameter costs milliseconds);
2. **execute** the template with papermill on a kernel of *this* interpreter (a
   kernelspec written to a temporary folder: no ``ipykernel install`` step);
3. **redact** secret- and path-like parameter values from the notebook and its metadata;
4. **convert** to self-contained HTML (code hidden, plotly.js embedded once by the
   notebook, no external script);
5. **publish**: everything is written to a staging folder inside ``out_dir`` and renamed
   into place only when all steps succeeded. A failed or interrupted run leaves
   ``<stem>.failed.ipynb`` and never touches the previous good report.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import os
import platform
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from trendlib.config import ReportParams, get_settings
from trendlib.errors import ParameterError, ReportRenderError
from trendlib.reports._redact import REDACTED, redact_notebook, redact_parameters
from trendlib.reports._registry import ReportSpec, get_spec

__all__ = ["RenderResult", "make_params", "render_report"]

KERNEL_NAME = "trendlib-python"
_TEMPLATE_DIR = Path(__file__).parent / "_templates"
_VERSIONED = (
    "trendlib", "pandas", "numpy", "plotly", "papermill", "nbconvert", "nbclient", "ipykernel",
    "pandera", "pycountry",
)  # fmt: skip
_HIDDEN_TAGS = ("parameters", "injected-parameters", "template-note")
_EXTERNAL = re.compile(
    r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I
)


@dataclass(frozen=True)
class RenderResult:
    """What a successful render produced.

    Attributes
    ----------
    name : str
        The report (``"strategic"``...).
    html, notebook, manifest : Path
        The published files.
    seconds : float
        Wall time of the whole render.
    timings : dict
        Seconds per step (validate, execute, redact, convert, publish).
    """

    name: str
    html: Path
    notebook: Path
    manifest: Path
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)


def make_params(name: str, params: ReportParams | Mapping[str, Any] | None = None) -> ReportParams:
    """Validate ``params`` for report ``name`` (a dataclass instance or a mapping).

    Parameters
    ----------
    name : str
        A registered report.
    params : ReportParams, mapping or None
        Parameters; a mapping may hold text values as typed on a command line.

    Returns
    -------
    ReportParams
        An instance of the report's parameter class.

    Raises
    ------
    ParameterError
        For an unknown report or an invalid parameter.

    Examples
    --------
    >>> make_params("strategic", {"threshold": "10"}).threshold
    10
    """
    spec = get_spec(name)
    if params is None:
        params = {}
    if isinstance(params, ReportParams):
        if not isinstance(params, spec.params):
            raise ParameterError(
                f"the {name} report takes {spec.params.__name__}, got {type(params).__name__}."
            )
        return spec.params.from_mapping(params.to_papermill())
    return spec.params.from_mapping(params)


def _warm_imports() -> None:
    with contextlib.suppress(Exception):
        import nbconvert  # noqa: F401
        import plotly.offline  # noqa: F401


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in _VERSIONED:
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


@contextlib.contextmanager
def _kernel_manager() -> Iterator[Any]:
    """Yield a kernel manager for this interpreter, from a kernelspec in a temporary folder."""
    from ipykernel.kernelspec import write_kernel_spec
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    with tempfile.TemporaryDirectory(prefix="trendlib-kernel-") as tmp:
        write_kernel_spec(
            Path(tmp) / KERNEL_NAME,
            overrides={
                "display_name": f"trendlib ({sys.executable})",
                "env": {
                    "PYTHONHASHSEED": "0",
                    "TRENDLIB_EMBED_PLOTLYJS": "0",
                    "TRENDLIB_PROGRESS": "0",
                },
            },
        )
        ksm = KernelSpecManager(kernel_dirs=[tmp], ensure_native_kernel=False)
        # IPC sockets where available: no TCP port is opened for the kernel.
        transport = "ipc" if os.name == "posix" else "tcp"
        # Async, like the managers nbclient makes itself: its dead-kernel watch needs that.
        km = AsyncKernelManager(
            kernel_name=KERNEL_NAME,
            kernel_spec_manager=ksm,
            transport=transport,
            ip=str(Path(tmp) / "kernel") if transport == "ipc" else "127.0.0.1",
        )
        try:
            yield km
        finally:  # nbclient leaves a kernel it did not create running: stop it here
            if km.has_kernel:
                with contextlib.suppress(Exception):
                    run_sync(km.shutdown_kernel)(now=True)


def _cell_label(nb: Any, index: int | None) -> str:
    if index is None or not 0 <= index < len(nb.cells):
        return "an unknown cell"
    cell = nb.cells[index]
    code_cells = [
        i
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code" and "injected-parameters" not in c.metadata.get("tags", [])
    ]
    number = code_cells.index(index) + 1 if index in code_cells else index + 1
    first = next((ln.strip("# ").strip() for ln in cell.source.splitlines() if ln.strip()), "")
    ident = cell.get("id") or ""
    return f"code cell {number} (id {ident!r}: {first[:60]!r})"


def _failing_cell(nb: Any) -> int | None:
    """Index of the cell with an error output, else of the last cell papermill started."""
    for i, cell in enumerate(nb.cells):
        outputs = cell.get("outputs", [])
        if cell.cell_type == "code" and any(o.get("output_type") == "error" for o in outputs):
            return i
    started = [
        i
        for i, c in enumerate(nb.cells)
        if c.get("metadata", {}).get("papermill", {}).get("start_time")
    ]
    return started[-1] if started else None


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _update_index(out_dir: Path, entry: dict[str, Any]) -> None:
    """Append ``entry`` to ``runs.jsonl`` and rewrite ``index.html`` (newest first)."""
    log = out_dir / "runs.jsonl"
    with log.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, sort_keys=True) + "\n")
    runs = []
    for line in log.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(json.JSONDecodeError):
            runs.append(json.loads(line))
    rows = []
    for run in reversed(runs[-500:]):
        stem = run.get("stem", "")
        links = []
        if run.get("status") == "success":
            for suffix, label in ((".html", "report"), (".manifest.json", "manifest")):
                if (out_dir / f"{stem}{suffix}").exists():
                    links.append(f'<a href="{html.escape(stem + suffix)}">{label}</a>')
        elif (out_dir / f"{stem}.failed.ipynb").exists():
            links.append(f'<a href="{html.escape(stem)}.failed.ipynb">failed notebook</a>')
        rows.append(
            "<tr>"
            + "".join(
                f"<td>{html.escape(str(v))}</td>"
                for v in (
                    run.get("finished_at", ""),
                    run.get("report", ""),
                    stem,
                    run.get("status", ""),
                    f"{run.get('seconds', 0):.1f} s",
                    run.get("error", ""),
                )
            )
            + f"<td>{' · '.join(links)}</td></tr>"
        )
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>trendlib reports'
        "</title><style>body{font-family:system-ui,sans-serif;margin:2em;}table{border-collapse:"
        "collapse;}td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;"
        "vertical-align:top;}</style></head><body><h1>Report runs</h1>"
        "<p>Newest first. Links point to the latest published report of each name.</p>"
        "<table><thead><tr><th>finished (UTC)</th><th>report</th><th>name</th><th>status</th>"
        "<th>time</th><th>error</th><th>files</th></tr></thead><tbody>"
        + "\n".join(rows)
        + "</tbody></table></body></html>\n"
    )
    _write_atomic(out_dir / "index.html", page.encode("utf-8"))


def _clean_stale_staging(out_dir: Path, stem: str) -> None:
    """Remove staging folders left by killed runs (their process is gone)."""
    prefix = f".staging-{stem}-"
    for folder in out_dir.glob(f"{prefix}*"):
        pid = folder.name[len(prefix) :].split("-", 1)[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:  # exists but not ours to signal: leave it
            continue


def _to_html(nb: Any, *, title: str) -> str:
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name="trendlib_report",
        extra_template_basedirs=[str(_TEMPLATE_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    # The parameter cells and the template's note to notebook users are not part of the report.
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=set(_HIDDEN_TAGS), enabled=True), enabled=True
    )
    import copy

    from plotly.offline import get_plotlyjs

    # stderr (warnings, progress) stays in the notebook for debugging, not in the report
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                o for o in cell.outputs
                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]  # fmt: skip
    nb.metadata["title"] = title
    resources = {"metadata": {"name": title}, "trendlib_plotlyjs": get_plotlyjs()}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return str(body)


def render_report(
    name: str,
    params: ReportParams | Mapping[str, Any] | None = None,
    *,
    out_dir: str | os.PathLike[str] = "reports",
    stem: str | None = None,
    notebook: str | os.PathLike[str] | None = None,
    timeout: float | None = 600,
    progress: bool | None = None,
) -> RenderResult:
    """Render report ``name`` to ``out_dir/<stem>.html`` with its notebook and manifest.

    Parameters
    ----------
    name : {"strategic", "operational"}
        The report.
    params : ReportParams or mapping, optional
        Its parameters (see :class:`trendlib.config.StrategicParams` and
        :class:`trendlib.config.OperationalParams`); validated before any kernel starts.
    out_dir : str or path-like, default="reports"
        Where the report is published (created if needed); ``index.html`` there lists runs.
    stem : str, optional
        File name stem of the outputs; default ``name``.
    notebook : str or path-like, optional
        A custom template to run instead of the registered one (same parameters).
    timeout : float or None, default=600
        Seconds one cell may run; None = no limit.
    progress : bool, optional
        Show papermill's progress bar; default ``TRENDLIB_PROGRESS``.

    Returns
    -------
    RenderResult
        Paths of the published HTML, notebook and manifest, and the timings.

    Raises
    ------
    ParameterError, InputFileNotFoundError
        Before any kernel starts, for invalid parameters or missing inputs.
    ReportRenderError
        If a cell fails, the kernel dies or the conversion fails. The message names the
        failing cell; ``<stem>.failed.ipynb`` is left in ``out_dir`` and the previous
        report is unchanged.

    Examples
    --------
    >>> render_report("strategic", {"threshold": 0})
    Traceback (most recent call last):
    ...
    trendlib.errors.ParameterError: parameter 'threshold' must be between 1 and 1000, got 0; ...
    """
    t0 = time.perf_counter()
    started = datetime.now(UTC)
    timings: dict[str, float] = {}
    spec: ReportSpec = get_spec(name)
    checked = make_params(name, params)
    stem = stem or name
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,120}", stem):
        raise ParameterError(f"stem {stem!r} must be a plain file name (letters, digits, _ . -).")
    template = Path(notebook) if notebook is not None else spec.path
    if not template.is_file():
        raise ParameterError(f"report template '{template}' does not exist.")

    # light import (no pandas): the parent process stays quick to start
    from trendlib.viz._files import resolve_data

    files = resolve_data(checked.data)
    injected = {**checked.to_papermill(), "data": files}
    capture = getattr(checked, "capture", None)
    inputs = [
        {"name": Path(f).name, "sha256": _sha256(Path(f)), "bytes": Path(f).stat().st_size}
        for f in [*files, *([capture] if capture else [])]
    ]
    timings["validate"] = time.perf_counter() - t0

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clean_stale_staging(out, stem)
    staging = Path(tempfile.mkdtemp(prefix=f".staging-{stem}-{os.getpid()}-", dir=out))
    executed = staging / f"{stem}.ipynb"
    secrets = [s.decode("utf-8", "replace") for s in [get_settings().pseudonym_key] if s]
    show_progress = get_settings().progress if progress is None else progress
    manifest: dict[str, Any] = {
        "report": name,
        "stem": stem,
        "template": template.name,
        "parameters": redact_parameters(injected),
        "inputs": inputs,
        "versions": _versions(),
        "kernel": KERNEL_NAME,
        "started_at": started.isoformat(timespec="seconds"),
        "disclosure_control": (
            {"threshold": getattr(checked, "threshold", None), "secondary": True}
            if spec.disseminated
            else None
        ),
    }

    def fail(message: str, nb: Any | None) -> ReportRenderError:
        failed = out / f"{stem}.failed.ipynb"
        if nb is not None:
            import nbformat

            nb = nbformat.from_dict(
                redact_notebook(nb, injected, extra_secrets=secrets, notebook_name=template.name)
            )
            _write_atomic(failed, nbformat.writes(nb).encode("utf-8"))
        shutil.rmtree(staging, ignore_errors=True)
        seconds = time.perf_counter() - t0
        previous = out / f"{stem}.html"
        kept = (
            f"the previous report {previous} is unchanged"
            if previous.exists()
            else "no report was published"
        )
        _update_index(
            out,
            {
                "report": name,
                "stem": stem,
                "status": "failed",
                "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "seconds": round(seconds, 2),
                "error": message,
            },
        )
        where = f"; the failed notebook is {failed}" if nb is not None else ""
        return ReportRenderError(f"{name} report failed: {message}{where}; {kept}.")

    import nbformat
    import papermill as pm

    t1 = time.perf_counter()
    # Import the converter while the kernel works (the parent mostly waits on it).
    threading.Thread(target=_warm_imports, name="trendlib-warm-imports", daemon=True).start()
    try:
        with _kernel_manager() as km:
            pm.execute_notebook(
                str(template),
                str(executed),
                parameters=injected,
                kernel_name=KERNEL_NAME,
                km=km,
                progress_bar=show_progress,
                request_save_on_cell_execute=True,
                cwd=str(staging),
                execution_timeout=timeout,
                start_timeout=120,
            )
    except pm.PapermillExecutionError as err:
        nb = nbformat.read(executed, as_version=4) if executed.exists() else None
        index = _failing_cell(nb) if nb is not None else None
        label = _cell_label(nb, index) if nb is not None else f"cell {err.exec_count}"
        raise fail(f"{label} raised {err.ename}: {err.evalue}", nb) from err
    except (KeyboardInterrupt, SystemExit):
        nb = nbformat.read(executed, as_version=4) if executed.exists() else None
        index = _failing_cell(nb) if nb is not None else None
        where = f" in {_cell_label(nb, index)}" if index is not None else ""
        raise fail(f"interrupted{where}", nb) from None
    except Exception as err:  # kernel died, timed out, or could not start
        nb = nbformat.read(executed, as_version=4) if executed.exists() else None
        index = _failing_cell(nb) if nb is not None else None
        label = f" in {_cell_label(nb, index)}" if index is not None else ""
        raise fail(f"{type(err).__name__}{label}: {str(err)[:500]}", nb) from err
    timings["execute"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    nb = nbformat.read(executed, as_version=4)
    nb = nbformat.from_dict(
        redact_notebook(nb, injected, extra_secrets=secrets, notebook_name=template.name)
    )
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    timings["redact"] = time.perf_counter() - t2

    t3 = time.perf_counter()
    try:
        title = str(getattr(checked, "title", name))
        page = _to_html(nb, title=title)
    except Exception as err:
        raise fail(f"HTML conversion failed: {type(err).__name__}: {err}", nb) from err
    external = _EXTERNAL.search(page)
    if external:
        raise fail(f"the HTML would load an external resource ({external.group(0)[:80]!r})", nb)
    timings["convert"] = time.perf_counter() - t3

    t4 = time.perf_counter()
    nb_bytes = nbformat.writes(nb).encode("utf-8")
    html_bytes = page.encode("utf-8")
    (staging / f"{stem}.ipynb").write_bytes(nb_bytes)
    (staging / f"{stem}.html").write_bytes(html_bytes)
    finished = datetime.now(UTC)
    timings["publish"] = time.perf_counter() - t4
    seconds = time.perf_counter() - t0
    manifest.update(
        {
            "status": "success",
            "finished_at": finished.isoformat(timespec="seconds"),
            "seconds": round(seconds, 3),
            "timings": {k: round(v, 3) for k, v in timings.items()},
            "outputs": {
                f"{stem}.html": hashlib.sha256(html_bytes).hexdigest(),
                f"{stem}.ipynb": hashlib.sha256(nb_bytes).hexdigest(),
            },
        }
    )
    manifest_text = json.dumps(manifest, indent=2, sort_keys=True, default=str).replace(
        sys.executable, REDACTED
    )
    (staging / f"{stem}.manifest.json").write_text(manifest_text + "\n", encoding="utf-8")
    # Publish: the notebook and manifest first, the HTML (the report itself) last.
    for suffix in (".ipynb", ".manifest.json", ".html"):
        os.replace(staging / f"{stem}{suffix}", out / f"{stem}{suffix}")
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        (out / f"{stem}.failed.ipynb").unlink()
    _update_index(
        out,
        {
            "report": name,
            "stem": stem,
            "status": "success",
            "finished_at": finished.isoformat(timespec="seconds"),
            "seconds": round(seconds, 2),
            "error": "",
        },
    )
    return RenderResult(
        name=name,
        html=out / f"{stem}.html",
        notebook=out / f"{stem}.ipynb",
        manifest=out / f"{stem}.manifest.json",
        seconds=seconds,
        timings=timings,
    )
