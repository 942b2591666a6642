"""Machinery shared by the examiner-written sample variants (``blind2``, ``blind3``).

Each examiner variant keeps its own wording (sources, country names, aliases, typos,
value words) and its own way of writing a cell (a ``render`` function, a bad date, a
reference number, the date of a note row) in its module. What they share lives here:
turning the truth into events, choosing which source reports which event (and which
report is a cross-source duplicate or a bad row), laying out one source's rows with its
garbage rows and exact repeats, and assembling the :class:`Submission` list. The random
draws are made in a fixed order, so a variant's output depends only on its seed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import numpy as np
import pandas as pd
import pycountry

from trendlib.errors import DataContractError
from trendlib.samples._messy import (
    BAD_RATE,
    DUPLICATE_RATE,
    REPEAT_RATE,
    Submission,
    _finish_expected,
)
from trendlib.samples._render import _MONTHS

__all__ = [
    "BAD_KINDS",
    "ENTITY_COLUMNS",
    "MONTHS",
    "Examiner",
    "ExaminerSource",
    "Render",
    "build_source",
    "choice",
    "events",
    "fits",
    "garbage",
    "iso_codes",
    "make_examined",
    "mojibake",
    "reference",
]

_Rng = np.random.Generator

#: The kinds of bad rows, cycled over the rows chosen to be bad.
BAD_KINDS = ("no_date", "bad_date", "future_date", "negative_count", "bad_count")
#: English month names, January first.
MONTHS: tuple[str, ...] = tuple(_MONTHS["en"])
#: Columns of a submission's (empty) entity table.
ENTITY_COLUMNS = ["column", "raw", "entity_id", "kind", "network_id", "canonical"]
_NO_DAY = pd.Timestamp("2021-01-01")  # the "last date" of a source without rows


@dataclass(frozen=True)
class ExaminerSource:
    """What the shared machinery reads of a source; each variant adds its own wording.

    Attributes
    ----------
    source : str
        Source name, as in ``expected["source"]``.
    filename : str
        File name of the submission.
    ref : str
        Pattern of its reference numbers, a :meth:`str.format` string of ``year``,
        ``yy`` (the year's last two digits) and ``seq`` (the row's number in its year).
    format : str
        ``"csv"``, ``"xlsx"`` or ``"jsonl"``.
    encoding : str
        Text encoding of the file.
    delimiter : str or None
        Field delimiter of a CSV file.
    language : str
        Language code of the wording (``"en"``, ``"fr"``, ``"es"``).
    headers : dict
        Canonical column (or ``"coordinates"``) -> the agency's header, in column order.
    note : str or None
        Text of the note row, if the source writes one.
    total : str
        Label of the total row.
    bad_count : tuple of str
        Unreadable count cells.
    repeats : bool
        Whether the source re-sends some of its rows (exact repeats).
    """

    source: str
    filename: str
    ref: str
    format: str
    encoding: str
    delimiter: str | None
    language: str
    headers: dict[str, str]
    note: str | None
    total: str
    bad_count: tuple[str, ...]
    repeats: bool


S = TypeVar("S", bound=ExaminerSource)
S_contra = TypeVar("S_contra", bound=ExaminerSource, contravariant=True)


class Render(Protocol[S_contra]):
    """A variant's renderer of one true event as one source writes it."""

    def __call__(
        self,
        src: S_contra,
        ev: dict[str, object],
        rng: _Rng,
        *,
        partial_ok: bool,
        forced_blank: str | None,
    ) -> tuple[dict[str, object], dict[str, object], list[str]]:
        """Return (cells by canonical column, expected clean values, messiness tags)."""
        ...


@dataclass(frozen=True)
class Examiner(Generic[S]):
    """What differs between two examiner variants.

    Attributes
    ----------
    sources : tuple of source
        The variant's sources, in the order the submissions are returned.
    primary : mapping
        Detection country -> the source that first reports its events.
    compilation : str
        The source that first reports every other event.
    secondary : mapping
        (corridor, detection country) -> the source that may report it a second time.
    render : Render
        Writes one true event as a source does: ``(cells, expected, tags)``.
    bad_date : callable
        ``(src, ts, kind, rng) -> cell`` for a row whose date is bad (kind ``no_date``,
        ``bad_date`` or ``future_date``).
    note_date : callable
        ``(src, last) -> cell``, the date written on the source's note row.
    salt : int
        Mixed with the seed to make the variant's random generator.
    blank_share : float
        Share of second reports that leave blank one field the first report gives.
    """

    sources: tuple[S, ...]
    primary: Mapping[str, str]
    compilation: str
    secondary: Mapping[tuple[str, str], str]
    render: Render[S]
    bad_date: Callable[[S, pd.Timestamp, str, _Rng], object]
    note_date: Callable[[S, pd.Timestamp], object]
    salt: int
    blank_share: float


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def choice(rng: _Rng, options: tuple[str, ...] | list[str]) -> str:
    """Draw one of ``options`` uniformly.

    Parameters
    ----------
    rng : numpy.random.Generator
        Generator of the draw.
    options : tuple or list of str
        Non-empty choices.

    Returns
    -------
    str
        The option drawn.

    Examples
    --------
    >>> choice(np.random.default_rng(0), ("a", "b", "c")) in ("a", "b", "c")
    True
    """
    return str(options[int(rng.integers(len(options)))])


def iso_codes(code: str) -> tuple[str, str]:
    """Return the ISO alpha-2 and numeric codes of an ISO alpha-3 code.

    Parameters
    ----------
    code : str
        ISO 3166-1 alpha-3 code of a current country.

    Returns
    -------
    tuple of str
        ``(alpha_2, numeric)``.

    Raises
    ------
    DataContractError
        If ``code`` is not a current ISO alpha-3 code.

    Examples
    --------
    >>> iso_codes("MEX")
    ('MX', '484')
    """
    country = pycountry.countries.get(alpha_3=code)
    if country is None:  # every code of the truth is a current ISO country
        raise DataContractError(f"unknown ISO alpha-3 code {code!r} in the truth.")
    return str(country.alpha_2), str(country.numeric)


def mojibake(text: str) -> str | None:
    """UTF-8 bytes read as cp1252 (``Sénégal`` -> ``SÃ©nÃ©gal``), or None if unchanged.

    Parameters
    ----------
    text : str
        Text to garble.

    Returns
    -------
    str or None
        The garbled text, or None if it reads the same (or cannot be garbled).

    Examples
    --------
    >>> mojibake("Sénégal")
    'SÃ©nÃ©gal'
    >>> mojibake("Mali") is None
    True
    """
    try:
        out = text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    return out if out != text else None


def fits(text: str, src: ExaminerSource) -> bool:
    """Tell whether ``text`` can be written in the source's file.

    Parameters
    ----------
    text : str
        A cell.
    src : ExaminerSource
        The source; only a CSV file has an encoding that may not hold the text.

    Returns
    -------
    bool
        False if the source is a CSV file whose encoding cannot encode ``text``.
    """
    if src.format != "csv":
        return True
    try:
        text.encode(src.encoding)
    except UnicodeEncodeError:
        return False
    return True


def reference(src: ExaminerSource, ts: pd.Timestamp, seq: int) -> str:
    """Return the source's reference number of a row.

    Parameters
    ----------
    src : ExaminerSource
        The source.
    ts : Timestamp
        The row's date.
    seq : int
        The row's number among the source's rows of that year (from 1).

    Returns
    -------
    str
        ``src.ref`` filled in.

    Examples
    --------
    >>> src = ExaminerSource("s", "s.csv", "{seq:06d}/{yy:02d}", "csv", "utf-8", ";", "es",
    ...                      {}, None, "TOTAL", (), False)
    >>> reference(src, pd.Timestamp("2023-05-17"), 7)
    '000007/23'
    """
    return src.ref.format(year=ts.year, yy=ts.year % 100, seq=seq)


def garbage(
    src: S, total: int, last: pd.Timestamp, note_date: Callable[[S, pd.Timestamp], object]
) -> list[dict[str, object]]:
    """Return the source's garbage rows: an empty row, a note and a total.

    Parameters
    ----------
    src : ExaminerSource
        The source.
    total : int
        Sum of the persons of its rows (written on the total row).
    last : Timestamp
        Date of its last row.
    note_date : callable
        ``(src, last) -> cell``, the date written on the note row.

    Returns
    -------
    list of dict
        Cells by canonical column, each with the quarantine reason under ``"_reason"``;
        the total row (the one with ``"n_persons"``) comes last.
    """
    rows: list[dict[str, object]] = []
    if src.format == "csv":
        rows.append({"_reason": "empty_row"})
    if src.note is not None:
        rows.append(
            {"event_date": note_date(src, last), "source_ref": src.note, "_reason": "no_content"}
        )
    count: object = total if src.format != "csv" else str(total)
    rows.append({"source_ref": src.total, "n_persons": count, "_reason": "no_date"})
    return rows


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
def events(truth: pd.DataFrame) -> list[dict[str, object]]:
    """Return the true events as dicts, missing values as None.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.

    Returns
    -------
    list of dict
        One dict per event, in the truth's order.
    """
    frame = truth.reset_index(drop=True).astype(object)
    frame = frame.where(truth.reset_index(drop=True).notna(), None)
    return [{str(k): v for k, v in rec.items()} for rec in frame.to_dict("records")]


def build_source(
    exam: Examiner[S],
    src: S,
    rows: list[tuple[int, str, dict[str, object]]],
    bad_kind: dict[int, str],
    shift: np.ndarray,
    forced: dict[int, str],
    rng: _Rng,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Render one source's rows; return (cells frame, expected frame).

    Parameters
    ----------
    exam : Examiner
        The variant.
    src : ExaminerSource
        The source.
    rows : list of tuple
        ``(event index, "record" or "duplicate", event)`` reported by the source.
    bad_kind : dict
        Event index -> kind of bad row (of :data:`BAD_KINDS`), for records only.
    shift : ndarray
        Days by which a duplicate's date is moved, by event index.
    forced : dict
        Duplicated event index -> field its second report leaves blank (``""``: none).
    rng : numpy.random.Generator
        Generator of the messiness.

    Returns
    -------
    frame : DataFrame
        The cells, under the agency's headers, garbage rows and exact repeats included.
    expected : DataFrame
        One expected row per written row (before :func:`_finish_expected`).
    """
    keyed = []
    for idx, role, ev in rows:
        ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        if role == "duplicate":
            ts = ts + pd.Timedelta(days=int(shift[idx]))
        keyed.append((ts, idx, role, ev))
    keyed.sort(key=lambda r: (r[0], r[1]))
    body: list[dict[str, object]] = []
    meta: list[dict[str, object]] = []
    seq: dict[int, int] = {}
    for ts, idx, role, ev in keyed:
        in_pair = idx in forced  # both reports of a duplicated event give the day
        cells, exp, tags = exam.render(
            src,
            {**ev, "event_date": ts},
            rng,
            partial_ok=not in_pair,
            forced_blank=(forced.get(idx) or None) if role == "duplicate" else None,
        )
        status, reason = ("duplicate", "cross_source") if role == "duplicate" else ("record", None)
        kind = bad_kind.get(idx) if role == "record" else None
        if kind is not None:
            if kind in ("no_date", "bad_date", "future_date"):
                cells["event_date"] = exam.bad_date(src, ts, kind, rng)
            elif kind == "negative_count":
                # the written count may be a placeholder ("unknown": None expected); the
                # event's own count then gives the negative one
                count = exp["n_persons"] if exp["n_persons"] is not None else ev["n_persons"]
                value = -max(int(count or 1), 1)  # type: ignore[call-overload]
                cells["n_persons"] = value if src.format != "csv" else str(value)
            else:
                cells["n_persons"] = choice(rng, src.bad_count)
            status, reason = "quarantine", kind
            exp = dict.fromkeys(exp)
            tags.append("bad_row")
        seq[ts.year] = seq.get(ts.year, 0) + 1
        cells["source_ref"] = reference(src, ts, seq[ts.year])
        body.append(cells)
        meta.append(
            {
                **exp,
                "event_id": ev["event_id"],
                "expected_status": status,
                "expected_reason": reason,
                "messiness": ";".join(tags),
                "source_ref": cells["source_ref"],
            }
        )
    total = int(sum(m["n_persons"] or 0 for m in meta))  # type: ignore[misc]
    last = max(r[0] for r in keyed) if keyed else _NO_DAY
    for g in garbage(src, total, last, exam.note_date):
        reason = str(g.pop("_reason"))
        is_total = "n_persons" in g
        pos = len(body) if is_total else int(rng.integers(1, max(len(body), 2)))
        body.insert(pos, dict(g))
        meta.insert(
            pos,
            {
                "expected_status": "quarantine",
                "expected_reason": reason,
                "messiness": "garbage_row",
                "source_ref": g.get("source_ref"),
            },
        )
    cols = list(src.headers)
    frame = pd.DataFrame([{c: r.get(c) for c in cols} for r in body], columns=cols, dtype=object)
    expected = pd.DataFrame(meta, dtype=object)
    first = 1 if src.format == "jsonl" else 2
    expected["source_row"] = np.arange(first, first + len(expected))
    expected["duplicate_of"] = None
    if src.repeats:
        candidates = np.flatnonzero((expected["expected_status"] == "record").to_numpy())
        n_rep = min(max(3, round(REPEAT_RATE * len(expected))), len(candidates))
        rep = np.sort(rng.choice(candidates, size=n_rep, replace=False))
        extra = expected.iloc[rep].copy()
        extra["duplicate_of"] = [f"{src.filename}:{r}" for r in extra["source_row"]]
        extra["expected_status"] = "duplicate"
        extra["expected_reason"] = "exact_repeat"
        extra["messiness"] = "exact_repeat"
        start = first + len(expected)
        extra["source_row"] = np.arange(start, start + len(rep))
        frame = pd.concat([frame, frame.iloc[rep]], ignore_index=True)
        expected = pd.concat([expected, extra], ignore_index=True)
    expected["source"] = src.source
    expected["source_file"] = src.filename
    frame.columns = [src.headers[c] for c in cols]
    return frame, expected


def make_examined(exam: Examiner[S], truth: pd.DataFrame, *, seed: int) -> list[Submission]:
    """Write the true events as an examiner variant's submissions.

    Parameters
    ----------
    exam : Examiner
        The variant.
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of ``exam.sources``, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.
    """
    needed = ("event_id", "event_date", "corridor", "detection_country", "n_persons")
    missing = [c for c in needed if c not in truth.columns]
    if missing:
        raise DataContractError(
            f"expected the output of make_truth, but column(s) {missing} are missing; "
            "build it with trendlib.samples.make_truth()."
        )
    rng = np.random.default_rng([seed, exam.salt])
    evs = events(truth)
    n = len(evs)
    primary = [exam.primary.get(str(e["detection_country"]), exam.compilation) for e in evs]
    secondary = [exam.secondary.get((str(e["corridor"]), str(e["detection_country"]))) for e in evs]
    eligible = np.array(
        [i for i in range(n) if secondary[i] is not None and secondary[i] != primary[i]],
        dtype=np.int64,
    )
    n_dup = min(round(DUPLICATE_RATE * n), len(eligible))
    dup_idx = np.sort(rng.choice(eligible, size=n_dup, replace=False)) if n_dup else eligible[:0]
    # Some of the second reports leave one field blank that the first one gives.
    forced: dict[int, str] = {}
    blankable = ("nationality", "n_suspects", "coordinates", "gender", "detection_country")
    for i in dup_idx:
        forced[int(i)] = choice(rng, blankable) if rng.random() < exam.blank_share else ""
    # Bad rows: BAD_RATE of the events, the garbage rows included; every kind at least once.
    n_garbage = sum(len(garbage(s, 0, _NO_DAY, exam.note_date)) for s in exam.sources)
    n_bad = max(round(BAD_RATE * n) - n_garbage, len(BAD_KINDS))
    free = np.setdiff1d(np.arange(n), dup_idx)
    bad_idx = rng.choice(free, size=min(n_bad, len(free)), replace=False)
    kinds = [BAD_KINDS[k % len(BAD_KINDS)] for k in range(len(bad_idx))]
    bad_kind = {int(i): kinds[k] for k, i in enumerate(bad_idx)}
    shift = rng.choice([-1, 0, 1], size=n, p=[0.3, 0.4, 0.3])

    built: list[tuple[S, pd.DataFrame, pd.DataFrame]] = []
    dup_set = {int(i) for i in dup_idx}
    for src in exam.sources:
        rows = [(i, "record", evs[i]) for i in range(n) if primary[i] == src.source]
        rows += [(i, "duplicate", evs[i]) for i in sorted(dup_set) if secondary[i] == src.source]
        frame, expected = build_source(exam, src, rows, bad_kind, shift, forced, rng)
        built.append((src, frame, expected))

    # Cross-source duplicates point at the row that first reported the event.
    firsts = pd.concat(
        [
            e.loc[e["expected_status"].isin(["record", "quarantine"]) & e["event_id"].notna()]
            for _, _, e in built
        ]
    )
    first_row = dict(
        zip(
            firsts["event_id"],
            firsts["source_file"] + ":" + firsts["source_row"].astype(str),
            strict=True,
        )
    )
    out: list[Submission] = []
    for src, frame, expected in built:
        cross = (expected["expected_reason"] == "cross_source").to_numpy()
        expected.loc[cross, "duplicate_of"] = expected.loc[cross, "event_id"].map(first_row)
        out.append(
            Submission(
                filename=src.filename,
                frame=frame,
                format=src.format,
                encoding=src.encoding,
                delimiter=src.delimiter,
                language=src.language,
                source=src.source,
                expected=_finish_expected(expected),
                entities=pd.DataFrame(columns=["source_file", "source_row", *ENTITY_COLUMNS]),
            )
        )
    return out
