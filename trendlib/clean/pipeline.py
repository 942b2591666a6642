"""``clean_records``: the documented chain from a raw frame to the record frame.

Steps, in order (each a module of :mod:`trendlib.clean`):

0. columns the reader left under their own header are recognised from their values
   when they hold a vocabulary, linked offences or transit lists that no other
   column holds (:func:`recognise_by_values`);
1. rows with no values -> quarantine (``empty_row``);
2. event dates, day/month order decided per file (:mod:`~trendlib.clean.dates`);
3. counts of persons and suspects, censored cells such as ``"<5"``
   (:mod:`~trendlib.clean.numbers`);
4. countries, nationalities and transit lists (:mod:`~trendlib.clean.countries`);
5. vocabularies and linked offences (:mod:`~trendlib.clean.vocab`); in steps 4-5 short
   codes whose meaning depends on the language ("NC", gender "M") are read by each
   file's language, guessed from its headers and words
   (:func:`~trendlib.clean._unique.guess_language`);
6. coordinates (:mod:`~trendlib.clean.geo`), checked against the detection country;
7. rows that cannot be records -> quarantine with a reason code;
8. record ids, re-submissions and cross-source duplicates (:mod:`~trendlib.clean.dedupe`).

Every input row ends in ``records`` or ``quarantine``; every value that
changed is in ``audit`` with the rule that changed it.
"""

from __future__ import annotations

import copy
import functools
import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Final, TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from trendlib._arrow import arrow_pool, arrow_text
from trendlib._text import COUNTRY_CODE_SUFFIX, fold, looks_like_counts
from trendlib.clean import _siphash, _unique, countries, dates, dedupe, geo, numbers, vocab
from trendlib.clean._unique import Parsed
from trendlib.errors import DataContractError, short_list
from trendlib.schema import (
    AGGREGATE_COLUMNS,
    AUDIT_COLUMNS,
    COUNTRY_COLUMNS,
    DATE_PRECISIONS,
    IDENTIFIER_COLUMNS,
    PROVENANCE_COLUMNS,
    QUARANTINE_REASONS,
    RECORD_DTYPES,
    UNKNOWN,
    VOCABULARIES,
)

__all__ = ["CleanResult", "clean_records", "quality_summary", "recognise_by_values"]

_CONTENT = (
    "n_persons",
    "n_suspects",
    "crime_type",
    "exploitation",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "coordinates",
    "route_label",
    "indicator",
)
_NOT_CONTENT = {"source", "source_ref", *PROVENANCE_COLUMNS}
_ARROW_STR: Final = "string[pyarrow]"


class CleanResult:
    """What :func:`clean_records` returns.

    Attributes
    ----------
    records : DataFrame
        The record frame (DESIGN.md §3), plus provenance (``source_file``,
        ``source_row``), aggregate, identifier and unrecognised columns.
    quarantine : DataFrame
        Rows that cannot be records: their raw values, ``reason`` (a code of
        :data:`trendlib.schema.QUARANTINE_REASONS`) and ``detail``.
    audit : DataFrame
        One row per changed value: ``record_id``, ``source_file``, ``source_row``,
        ``column``, ``before``, ``after``, ``rule``. The text columns are categoricals
        over pyarrow strings (millions of rows hold codes, not strings); ``source_row``
        is Int64. Built on first access from what the cleaning steps kept (the changed
        rows of each column, as positions and codes), once; a million messy rows
        change ~10 million values, and most runs only count them (:attr:`n_changed`,
        :func:`quality_summary`).
    n_changed : int
        The number of rows of ``audit``, known without building it.

    Examples
    --------
    >>> res = clean_records(pd.DataFrame({"event_date": ["17/05/2023"], "n_persons": ["1 200"]}),
    ...                     today="2026-01-01")
    >>> res.n_changed
    2
    >>> res.audit[["column", "before", "after", "rule"]]
           column      before       after             rule
    0  event_date  17/05/2023  2023-05-17    date.dayfirst
    1   n_persons       1 200        1200  count.thousands
    """

    __slots__ = ("_audit", "quarantine", "records")

    def __init__(
        self,
        records: pd.DataFrame,
        quarantine: pd.DataFrame,
        audit: pd.DataFrame | _PendingAudit,
    ) -> None:
        for name, value in (("records", records), ("quarantine", quarantine), ("audit", audit)):
            if not isinstance(value, pd.DataFrame | _PendingAudit):
                raise DataContractError(
                    f"CleanResult {name} must be a pandas DataFrame, got {type(value).__name__}; "
                    "build CleanResult from clean_records' frames (records, quarantine, audit)."
                )
        self.records = records
        self.quarantine = quarantine
        self._audit = audit

    def __repr__(self) -> str:
        return (
            f"CleanResult(records={len(self.records):,} rows, "
            f"quarantine={len(self.quarantine):,} rows, audit={self.n_changed:,} rows)"
        )

    @property
    def audit(self) -> pd.DataFrame:
        """One row per changed value (built on first access, then kept)."""
        if isinstance(self._audit, _PendingAudit):
            with _AUDIT_LOCK:  # two threads asking at once build it once
                if isinstance(self._audit, _PendingAudit):
                    self._audit = self._audit.build()
        return self._audit

    @property
    def n_changed(self) -> int:
        """The number of changed values (rows of :attr:`audit`), without building it."""
        if isinstance(self._audit, _PendingAudit):
            return self._audit.n_rows()
        return len(self._audit)

    def summary(self) -> pd.DataFrame:
        """Return the data-quality summary (see :func:`quality_summary`)."""
        return quality_summary(self)

    def _changed_by_source(self) -> pd.Series:
        """Count the changed values per (``source``, ``column``) of the records."""
        pending = self._audit
        if isinstance(pending, _PendingAudit) and self.records.index.equals(pending.rows.index):
            return pending.counts_by(pending.rows["source"])
        # records filtered since the clean: count the audit rows of the records left
        return (
            self.audit.merge(self.records[["record_id", "source"]], on="record_id", how="inner")
            .groupby(["source", "column"], observed=True)
            .size()
        )


def clean_records(
    raw: pd.DataFrame,
    *,
    dayfirst: bool | None = None,
    today: pd.Timestamp | str | None = None,
    dedupe_window_days: int = 2,
    progress: bool = False,
) -> CleanResult:
    """Turn a raw frame (from :func:`trendlib.read_records`) into clean records.

    Parameters
    ----------
    raw : DataFrame
        Raw text values under canonical column names; must have ``event_date``.
        Provenance columns (``source``, ``source_ref``, ``source_file``,
        ``source_row``) are filled in when absent. Not modified.
    dayfirst : bool, optional
        Force the day/month order of ambiguous dates; by default it is decided per
        file from all its values (day first when nothing tells).
    today : Timestamp or str, optional
        Dates after this day are quarantined as ``future_date``; default: now (UTC).
    dedupe_window_days : int, default=2
        Largest gap in event dates between two sources' reports of one event.
    progress : bool, default=False
        Show a progress bar over the cleaning steps.

    Returns
    -------
    CleanResult
        ``records``, ``quarantine`` and ``audit``;
        ``len(records) + len(quarantine) == len(raw)``.

    Raises
    ------
    DataContractError
        If ``raw`` is not a DataFrame or has no ``event_date`` column.

    Examples
    --------
    >>> raw = pd.DataFrame({
    ...     "event_date": ["17/05/2023", "2023-13-45", "Q2 2023"],
    ...     "nationality": ["Nigeira", "Syrie", "Marruecos"],
    ...     "n_persons": ["12", "3", "<5"],
    ...     "crime_type": ["traite des êtres humains", "THB", "tráfico de migrantes"],
    ... })
    >>> res = clean_records(raw, today="2026-01-01")
    >>> res.records[["nationality", "event_date", "date_precision", "crime_type"]]
      nationality event_date date_precision   crime_type
    0         NGA 2023-05-17            day  trafficking
    2         MAR 2023-04-01        quarter    smuggling
    >>> res.quarantine[["source_row", "reason"]]
       source_row    reason
    1           2  bad_date
    >>> len(res.records) + len(res.quarantine) == len(raw)
    True
    """
    with arrow_pool():
        return _clean_records(
            raw,
            dayfirst=dayfirst,
            today=today,
            dedupe_window_days=dedupe_window_days,
            progress=progress,
        )


def _clean_records(
    raw: pd.DataFrame,
    *,
    dayfirst: bool | None,
    today: pd.Timestamp | str | None,
    dedupe_window_days: int,
    progress: bool,
) -> CleanResult:
    """:func:`clean_records`' work, run under the configured pyarrow memory pool."""
    frame = _prepare(raw)
    files = _file_groups(frame)
    frame, by_values = _recognise(frame, files)
    # Short codes read by the file's language: "NC" is non communiqué in a French file and
    # New Caledonia in an English one; "M" is mujer in a Spanish H/M column.
    coded: dict[str, tuple[np.ndarray, pd.Index]] = {}  # columns factorized once
    info = raw.attrs.get("trendlib", {}).get("files", [])
    langs = _file_languages(frame, coded, files=files, file_info=info)
    now = pd.Timestamp.now(tz="UTC").tz_localize(None) if today is None else pd.Timestamp(today)
    out: dict[str, pd.Series] = {}

    # --- 2. dates ------------------------------------------------------------
    def step_dates(audit: list[_AuditPart]) -> None:
        raw_dates = frame["event_date"]
        values = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
        precision = pd.Series(pd.NA, index=frame.index, dtype="object")
        rule = pd.Series(pd.NA, index=frame.index, dtype="string")
        invalid = pd.Series(False, index=frame.index)
        groups = files.rows
        # Files whose date header says the years are of the Buddhist Era ("Date of
        # Incident (B.E.)"): their dates are read as if each cell said so
        era = _buddhist_era_files(info, files)
        # One file: the column is factorized once, for the day/month order, the parse,
        # the rules and the audit, and the rows get their results by code.
        raw_coded: tuple[np.ndarray, pd.Index] | None = None
        rule_coded: tuple[np.ndarray, pd.Index] | None = None
        if len(groups) == 1:
            codes, uniques = pd.factorize(raw_dates, use_na_sentinel=True)
            raw_coded = coded["event_date"] = (codes, uniques)
            text = dates._text_of(pd.Index(_with_era(uniques)) if era[0] else uniques)
            if dates.has_split_fiscal_quarters(text):  # "FY21/22 Q4": by the file's country
                start = _fiscal_start(frame, None)
                text = text if start is None else dates._split_fiscal_quarters(text, start)
            order = dayfirst if dayfirst is not None else dates._infer_dayfirst_text(text)
            values_u, rule_u, invalid_u, precision_u = dates._parse_unique_dates(
                text, dayfirst=True if order is None else order, today=now
            )
            missing = codes < 0
            row_values = (
                values_u[np.where(missing, 0, codes)]
                if len(uniques)
                else np.full(len(codes), np.datetime64("NaT", "ns"))
            )
            row_values[missing] = np.datetime64("NaT")
            values = pd.Series(row_values, index=frame.index, dtype="datetime64[ns]")
            precision = pd.Series(
                pd.Categorical.from_codes(
                    np.append(precision_u, np.int8(-1))[codes],
                    dtype=pd.CategoricalDtype(list(DATE_PRECISIONS)),
                ),
                index=frame.index,
            )
            rule_array = pd.array(rule_u, dtype="string")
            rule = pd.Series(rule_array.take(codes, allow_fill=True), index=frame.index)
            invalid = pd.Series(np.append(invalid_u, False)[codes], index=frame.index)
            # the rules' codes by row, in order of first appearance as pd.factorize gives
            rule_codes_u, rule_names = pd.factorize(pd.Series(rule_array), use_na_sentinel=True)
            rule_coded = (np.append(rule_codes_u, -1)[codes], rule_names)
            groups = []
        for k, pos in enumerate(groups):  # several files: each file's order, its rows only
            chunk = raw_dates.iloc[pos]
            if era[k]:
                chunk = pd.Series(_with_era(chunk.array), index=chunk.index, dtype="object")
            order = dayfirst if dayfirst is not None else dates.infer_dayfirst(chunk)
            distinct = dates._text_of(pd.unique(chunk.dropna().to_numpy()))
            parsed = dates.parse_dates(
                chunk,
                dayfirst=True if order is None else order,
                today=now,
                fiscal_start=(
                    _fiscal_start(frame, pos) if dates.has_split_fiscal_quarters(distinct) else None
                ),
            )
            values.iloc[pos] = parsed.values.astype("datetime64[ns]").to_numpy()
            precision.iloc[pos] = parsed.precision.astype("object").to_numpy()
            rule.iloc[pos] = parsed.rule.array
            flags = invalid.to_numpy(dtype=bool, copy=True)
            flags[pos] = parsed.invalid.to_numpy(dtype=bool)
            invalid = pd.Series(flags, index=frame.index)
        out["event_date"] = values
        out["date_precision"] = pd.Series(
            pd.Categorical(precision, categories=list(DATE_PRECISIONS)), index=frame.index
        )
        out["_date_invalid"] = invalid
        out["_date_rule"] = rule
        # ISO text of the distinct dates only; compared with the text by codes
        date_codes, date_uniques = pd.factorize(values, use_na_sentinel=True)
        iso = pd.Series(pd.DatetimeIndex(date_uniques).strftime("%Y-%m-%d")).astype("string")
        audit.append(
            _audit_coded(
                "event_date",
                raw_dates,
                (date_codes, iso),
                rule,
                before_coded=raw_coded,
                rule_coded=rule_coded,
            )
        )

    # --- 3. counts -----------------------------------------------------------
    def step_counts(audit: list[_AuditPart]) -> None:
        censored = (
            frame["censored"].astype("string")
            if "censored" in frame
            else pd.Series(pd.NA, index=frame.index, dtype="string")
        )
        for col in ("n_persons", "n_suspects"):
            if col not in frame:
                out[col] = pd.Series(pd.NA, index=frame.index, dtype="Int64")
                out[f"_{col}_rule"] = pd.Series(pd.NA, index=frame.index, dtype="string")
                continue
            if col not in coded:  # factorized once: the quarantine check reads it too
                coded[col] = pd.factorize(frame[col], use_na_sentinel=True)
            pu, raw_u, codes = _parse_unique(frame[col], numbers.parse_count, coded=coded[col])
            values_u, rule_u = pu.values.astype("Int64"), pu.rule
            invalid_u = pu.invalid
            nil_dashes = _nil_dashes(frame, col, coded[col])
            codes = codes.copy() if nil_dashes else codes
            for nil in nil_dashes:
                # one distinct input more per dash read as nil ("-", "–"), for its rows
                raw_u = _append(raw_u, raw_u.iloc[codes[nil[0]]])
                codes[nil] = len(raw_u) - 1
                values_u = _append(values_u, 0)
                rule_u = _append(rule_u, "count.nil_dash")
                invalid_u = _append(invalid_u, False)
            out[col] = _expand(values_u, codes, frame.index)
            out[f"_{col}_rule"] = _expand(rule_u.where(invalid_u), codes, frame.index)
            if col == "n_persons":
                is_cens = _expand(rule_u.eq("count.censored").fillna(False), codes, frame.index)
                censored = censored.where(~is_cens | censored.notna(), frame[col].astype("string"))
            audit.append(_audit_unique(col, raw_u, values_u, rule_u, codes))
        out["censored"] = censored.str.strip()

    # --- 4. countries --------------------------------------------------------
    def step_countries(audit: list[_AuditPart]) -> None:
        for k, col in enumerate(COUNTRY_COLUMNS):
            if col not in frame:
                out[col] = pd.Series(pd.NA, index=frame.index, dtype="string")
                continue
            # the detection country is a place: "Almería" is the town, not Algeria misspelt
            parse = _PARSE_PLACES if col == "detection_country" else countries.parse_country
            pu, raw_u, codes = _parse_by_language(frame[col], langs, parse, coded=coded.get(col))
            values_u = pu.values.astype("string")
            out[col] = _expand_coded(values_u, codes, frame.index)
            ditto = pu.rule.eq("country.ditto").fillna(False).to_numpy(dtype=bool)
            if not ditto.any():
                audit.append(_audit_unique(col, raw_u, values_u, pu.rule, codes))
                continue
            # "ídem": the row's country of the nearest column before that has one (origin
            # "ídem" after nationality "Colombia"); audited row by row
            unchanged = values_u.where(~ditto, raw_u.astype("string"))
            audit.append(_audit_unique(col, raw_u, unchanged, pu.rule, codes))
            rows = np.flatnonzero(np.append(ditto, False)[codes])
            taken = pd.Series(pd.NA, index=frame.index[rows], dtype="string")
            for before in reversed(COUNTRY_COLUMNS[:k]):
                taken = taken.fillna(_decoded(out[before].iloc[rows]))
            out[col] = _decoded(out[col])  # a new array, as text: taken values may be new
            out[col].iloc[rows] = taken.to_numpy()
            rule = pd.Series("country.ditto", index=taken.index, dtype="string")
            audit.append(_audit_rows(rows, col, frame[col].iloc[rows], taken, rule))
        if "transit_countries" in frame:
            pu, raw_u, codes = _parse_by_language(
                frame["transit_countries"],
                langs,
                countries.parse_country_list,
                coded=coded.get("transit_countries"),
            )
            values_u = pu.values.astype("string")
            out["transit_countries"] = _expand_coded(values_u, codes, frame.index)
            audit.append(_audit_unique("transit_countries", raw_u, values_u, pu.rule, codes))
        else:
            out["transit_countries"] = pd.Series(pd.NA, index=frame.index, dtype="string")

    # --- 5. vocabularies -----------------------------------------------------
    legend_rows = _legend_rows(frame, files)

    def step_vocab(audit: list[_AuditPart]) -> None:
        for field, words in VOCABULARIES.items():
            if field not in frame:
                out[field] = pd.Series(
                    pd.Categorical([UNKNOWN] * len(frame), categories=list(words)),
                    index=frame.index,
                )
                continue
            # Read per file where a file's own words decide: "M" is mujer in a Spanish
            # H/M or V/M column and male elsewhere (two Spanish files may code sex V/M
            # and M/F); "tráfico" is smuggling in a file that writes trafficking "trata"
            parse = functools.partial(vocab.parse_vocab, field=field)
            # a header that spells out its codes ("Sex (M=man, V=vrouw)") or names the
            # code of its articles ("Offence (KarS)"), per file
            told = _header_kwargs(info, files, field) if field in _READ_PER_FILE else None
            # a legend row of the file ("Légende : Vecteur T = terrestre, M = maritime")
            told = _with_row_legends(told, legend_rows, files, field)
            per_file = field in _READ_PER_FILE or told is not None
            pu, raw_u, codes = _parse_by_language(
                frame[field],
                _by_file(langs, files) if per_file else langs,
                parse,
                coded=coded.get(field) if told is None else None,
                group_kwargs=told,
            )
            values_u = pu.values.astype(pd.CategoricalDtype(list(words)))
            out[field] = _expand(values_u, codes, frame.index)
            audit.append(_audit_unique(field, raw_u, values_u.astype("string"), pu.rule, codes))
        if "crime_type" in frame:
            audit.extend(_exploitation_from_crime(frame, out))
        # exploitation applies to trafficking only (DESIGN.md §3): NA for pure smuggling,
        # and NA where neither the crime nor a form is known (a rescue log, a shelter's
        # register: nothing says the row is trafficking; "unknown" would say it is)
        smuggling = out["crime_type"].eq("smuggling").fillna(False)
        untold = out["crime_type"].eq(UNKNOWN).fillna(False) & out["exploitation"].eq(UNKNOWN)
        exploitation = out["exploitation"].copy()
        exploitation[(smuggling | untold.fillna(False)).to_numpy()] = np.nan
        out["exploitation"] = exploitation
        if "linked_offences" in frame:
            pu, raw_u, codes = _parse_unique(
                frame["linked_offences"],
                vocab.parse_linked_offences,
                coded=coded.get("linked_offences"),
            )
            offences_u = pu.values.astype("string")
            out["linked_offences"] = _expand(offences_u, codes, frame.index)
            audit.append(_audit_unique("linked_offences", raw_u, offences_u, pu.rule, codes))
        else:
            out["linked_offences"] = pd.Series(pd.NA, index=frame.index, dtype="string")

    # --- 6. coordinates ------------------------------------------------------
    # the numbers read from the coordinate texts (step "points"), for step "coordinates"
    points: dict[str, Any] = {}

    def step_points(audit: list[_AuditPart]) -> None:
        lat_txt = frame["lat"] if "lat" in frame else None
        lon_txt = frame["lon"] if "lon" in frame else None
        if "coordinates" in frame:
            c_lat, c_lon = geo.split_coordinates(frame["coordinates"])
            lat_txt = c_lat if lat_txt is None else lat_txt.fillna(c_lat)
            lon_txt = c_lon if lon_txt is None else lon_txt.fillna(c_lon)
        if lat_txt is None or lon_txt is None:
            return
        # nearly every coordinate is distinct: parse_number reads them row by row
        points["text"] = (lat_txt, lon_txt)
        points["read"] = (_parse_coordinate(lat_txt), _parse_coordinate(lon_txt))

    def step_coords(audit: list[_AuditPart]) -> None:
        if not points:
            out["lat"] = pd.Series(np.nan, index=frame.index, dtype="float64")
            out["lon"] = pd.Series(np.nan, index=frame.index, dtype="float64")
            return
        lat_txt, lon_txt = points["text"]
        lat_p, lon_p = points["read"]
        # "Longitud (W)", "Lat. S": the header gives the hemisphere of unsigned numbers
        lat_p = _header_hemisphere(lat_p, lat_txt, _files_with_hemisphere(info, "lat"), files)
        lon_p = _header_hemisphere(lon_p, lon_txt, _files_with_hemisphere(info, "lon"), files)
        # the detection country (step 4) tells a pair swapped within range
        fixed = geo.fix_coordinates(
            pd.Series(lat_p[0], index=lat_txt.index, name=lat_txt.name, dtype="float64"),
            pd.Series(lon_p[0], index=lon_txt.index, name=lon_txt.name, dtype="float64"),
            country=out.get("detection_country"),
        )
        out["lat"] = fixed.lat.astype("float64")
        out["lon"] = fixed.lon.astype("float64")
        for col, txt, (number, rule_at, names) in (
            ("lat", lat_txt, lat_p),
            ("lon", lon_txt, lon_p),
        ):
            # a number written differently ("36,52" vs 36.52, "52.47N") is a change; "36.520"
            # is not: only rows whose number changed, was not read, or was read by another
            # rule than a plain decimal are compared as text (rules by code: no row strings)
            same_number = number == out[col].to_numpy(dtype="float64", na_value=np.nan)
            other_rule = np.array([name != "number.plain" for name in names] + [False])
            rewritten = other_rule[rule_at]  # code -1 (no rule): the False at the end
            pos = np.flatnonzero((~same_number | rewritten) & txt.notna().to_numpy(dtype=bool))
            # the pair kept as read: the rule that read the number ("number.decimal_comma");
            # pyarrow's kernels, as these can be a million rows of text
            fix_rule = pa.array(fixed.rule.iloc[pos].array)
            read_at = rule_at[pos]
            read_rule = pa.array(names, type=fix_rule.type).take(
                pa.array(read_at, mask=read_at < 0)
            )
            kept = pc.fill_null(pc.equal(fix_rule, "coords.ok"), True)
            rule = pd.Series(
                pd.array(pc.if_else(kept, read_rule, fix_rule), dtype=_ARROW_STR),
                index=out[col].index[pos],
            )
            # 36.52, not 36.520000 (pyarrow writes the shortest text that reads back)
            number = np.round(out[col].to_numpy(dtype="float64", na_value=np.nan)[pos], 6)
            after = pd.Series(
                pd.array(pa.array(number, from_pandas=True).cast(pa.string()), dtype=_ARROW_STR),
                index=rule.index,
            )
            audit.append(_audit_rows(pos, col, txt.iloc[pos], after, rule, skip_na=True))

    steps: list[tuple[str, _Step]] = [
        ("points", step_points),
        ("dates", step_dates),
        ("counts", step_counts),
        ("countries", step_countries),
        ("vocabularies", step_vocab),
        ("coordinates", step_coords),
    ]
    with _progress(progress, total=len(steps) + 2) as tick, ThreadPoolExecutor(1) as aside:
        # Work of the serial end of the clean that needs only the raw rows is done
        # beside the steps, which leave a core partly idle (their rule cascades hold the
        # GIL): the record ids of every row (hashes, their check and their texts, ~0.35 s
        # of a million rows; the records take theirs by position) and the blank cells
        # of the columns no step factorizes (~0.1 s; for the quarantine). On one core
        # they are made where they are needed, as before.
        two_cores = (os.cpu_count() or 1) >= 2
        row_ids = aside.submit(_row_ids, _id_key(frame)).result if two_cores else None
        blank_cells = (
            aside.submit(_filled_cells, frame, _unfactorized(frame, coded)).result
            if two_cores
            else dict
        )
        audit_parts = _run_steps(steps, tick)

        # --- 7. quarantine ---------------------------------------------------
        reason = _quarantine_reasons(frame, out, coded, flags=blank_cells())
        tick("quarantine")

        # --- 8. records, ids and duplicates ---------------------------------
        keep = reason.isna().to_numpy()
        # the kept rows' country texts made once (_expand_coded)
        records = _take_kept(_assemble(frame, out), keep, (*COUNTRY_COLUMNS, "transit_countries"))
        out.clear()  # the row-level intermediates; records hold their own rows
        records, ids_unique = _assign_ids(records, rows=row_ids)
        if len(records):
            # rows sent again in a file without ids: all raw cells equal (source kept)
            not_cells = {
                *(_NOT_CONTENT - {"source"}),
                *(str(c) for c in frame if str(c)[:1] == "_"),
            }
            repeats = dedupe.mark_repeated_rows(
                frame, record_id=records["record_id"], skip=not_cells
            )
            records["is_duplicate_of"] = records["is_duplicate_of"].fillna(repeats)
            cross = dedupe.mark_duplicates(records, window_days=dedupe_window_days)
            records["is_duplicate_of"] = records["is_duplicate_of"].fillna(cross)
        tick("duplicates")

    quarantine = frame.loc[~keep].copy()
    quarantine.insert(0, "reason", reason[~keep].astype("string"))
    quarantine.insert(1, "detail", quarantine["reason"].map(QUARANTINE_REASONS).astype("string"))
    quarantine = quarantine.drop(columns=[c for c in quarantine if str(c).startswith("_")])
    quarantine.attrs = copy.deepcopy(raw.attrs)  # the files the rows came from

    # the audit is built when asked for (CleanResult.audit); its rows' ids and
    # provenance are taken now, so later changes to `records` do not reach it
    audit = _PendingAudit(
        audit_parts,
        records[["record_id", "source", "source_file", "source_row"]],
        ids_unique=ids_unique,
    )
    if by_values:
        records.attrs["trendlib"] = {"recognised_by_values": by_values}
    return CleanResult(records=records, quarantine=quarantine, audit=audit)


# ----------------------------------------------------------------------------- helpers


_PARSE_PLACES: Final = functools.partial(countries.parse_country, places=True)


def _fiscal_start(frame: pd.DataFrame, pos: np.ndarray | None) -> int | None:
    """First month of the financial year of a file's detection country (None: not known).

    The file's rows are ``pos`` (None: the whole frame); its country is the one most of
    its rows' detection countries read as. Only files that date quarters of a split
    financial year ("FY21/22 Q4") ask: the text does not say when the year starts.
    """
    if "detection_country" not in frame:
        return None
    column = frame["detection_country"] if pos is None else frame["detection_country"].iloc[pos]
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    if not len(uniques):
        return None
    read = countries.parse_country(pd.Series(np.asarray(uniques, dtype=object))).values
    rows = pd.Series(np.bincount(codes[codes >= 0], minlength=len(uniques)), index=read.array)
    counts = rows[rows.index.notna()].groupby(level=0).sum()
    if counts.empty:
        return None
    return dates.FISCAL_YEAR_START.get(str(counts.idxmax()))


def _prepare(raw: pd.DataFrame) -> pd.DataFrame:
    """Check the raw frame and return a copy with provenance columns filled in."""
    if not isinstance(raw, pd.DataFrame):
        raise DataContractError(
            f"clean_records expects a pandas DataFrame (from trendlib.read_records), got "
            f"{type(raw).__name__}."
        )
    if "event_date" not in raw.columns:
        files = raw.attrs.get("trendlib", {}).get("files", [])
        where = ", ".join(f"'{f.get('path')}'" for f in files) or "the input"
        raise DataContractError(
            f"no recognisable date column in {where}: expected a column such as 'Date', "
            f"'Date de détection' or 'Fecha', found {short_list(list(raw.columns))}. Pass "
            "mapping={'<your date header>': 'event_date'} to trendlib.read_records (on the "
            "command line: --mapping headers.yaml with the line `<your date header>: event_date`)."
        )
    frame = raw.copy(deep=False)  # copy-on-write: columns set here never reach `raw`
    # pandas deep-copies ``attrs`` (read_records' file list and header maps) into the
    # result of every operation: ~0.5 s of a 3,000-row clean. The work runs without
    # them; clean_records reads the file list from ``raw`` and hands it to the quarantine.
    frame.attrs = {}
    frame.index = pd.RangeIndex(len(frame))
    if "source_row" not in frame:
        frame["source_row"] = pd.array(np.arange(1, len(frame) + 1), dtype="Int64")
    if "source_file" not in frame:
        frame["source_file"] = "<frame>"
    if "source" not in frame:
        frame["source"] = frame["source_file"]
    if "source_ref" not in frame:
        frame["source_ref"] = frame["source_row"].astype("string")
    for col in ("source", "source_ref", "source_file"):
        frame[col] = frame[col].astype("string").str.strip()
    if frame["source_ref"].isna().any():  # row numbers as text only when needed
        frame["source_ref"] = frame["source_ref"].fillna(frame["source_row"].astype("string"))
    frame["source"] = frame["source"].fillna(frame["source_file"])
    return frame


# Columns whose values tell what they hold, and the smallest share of a column's filled
# cells that must read as such for it to be taken (when no header named the column).
_BY_VALUES: Final = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "transport_mode",
    "linked_offences",
    "transit_countries",
)
_BY_VALUES_SHARE: Final = 0.6
# A vocabulary column holds few distinct values (at most this many, or a fifth of its
# filled cells); free text and ids hold many.
_BY_VALUES_MAX_DISTINCT: Final = 60
_NAMED: Final = frozenset(
    {*RECORD_DTYPES, *AGGREGATE_COLUMNS, *IDENTIFIER_COLUMNS, *PROVENANCE_COLUMNS}
    | {"coordinates", "source", "source_ref", "route_label"}
)


def _value_shares(values: pd.Series, fields: list[str], *, few: bool = True) -> dict[str, float]:
    """Share of the filled cells of ``values`` that read as each of ``fields``.

    With ``few``, a column of many distinct values (free text, ids) reads as nothing;
    a column already known to hold routes may have many (each route spelt many ways).
    """
    text = values.astype("string").str.strip()
    counts = text[text.ne("").fillna(False)].value_counts()
    many = len(counts) > max(_BY_VALUES_MAX_DISTINCT, 0.2 * counts.sum())
    if counts.sum() < 5 or (few and many):
        return {}
    uniq = pd.Series(counts.index.astype(object), dtype="object")
    weight = counts.to_numpy(dtype=float)
    numeric = uniq.astype(str).str.fullmatch(r"[+-]?\d+(?:[.,]\d+)?").to_numpy(dtype=bool)
    if weight[numeric].sum() >= 0.5 * weight.sum():
        return {}  # counts, ages or codes: numbers do not say which field they are
    out: dict[str, float] = {}
    for field in fields:  # a handful of fields over at most 60 distinct values
        if field == "linked_offences":
            p = vocab.parse_linked_offences(uniq)
            rule = p.rule.astype("string")
            read = rule.eq("offences.keyword").fillna(False).to_numpy()
            said = (rule.notna() & rule.ne("offences.none")).fillna(False).to_numpy(dtype=bool)
        elif field == "transit_countries":
            p = countries.parse_country_list(uniq)
            got = p.values.astype("string")
            read = (got.notna() & ~p.invalid).to_numpy(dtype=bool)
            said = p.rule.notna().to_numpy(dtype=bool)
            lists = got.str.contains("|", regex=False).fillna(False).to_numpy(dtype=bool)
            if weight[lists].sum() < 0.1 * weight[said].sum():  # single countries: not a route
                continue
        else:
            p = vocab.parse_vocab(uniq, field=field)
            rule = p.rule.astype("string")
            read = (~p.invalid & rule.ne("vocab.missing").fillna(False)).to_numpy(dtype=bool)
            said = rule.ne("vocab.missing").fillna(False).to_numpy(dtype=bool)
        if weight[said].sum() > 0:
            out[field] = float(weight[read].sum() / weight[said].sum())
    return out


def recognise_by_values(frame: pd.DataFrame) -> dict[str, str]:
    """Recognise columns left under their own header from what their values say.

    A column no header rule recognised (``"Tipo penal"``) is taken as a vocabulary
    column (crime type, exploitation, gender, age group, transport mode), linked
    offences or transit countries when the frame has no such column yet, the column
    holds few distinct values (a vocabulary, not free text or ids), at least
    60 % of its filled cells read as that field, and it reads better as that field
    than as any other. Country columns other than transit lists and counts are never
    guessed: their values do not tell which one they are. A column of points
    (coordinate pairs in range, with decimals, degree marks or a WKT ``POINT``, in at least
    80 % of its filled cells) is taken as ``coordinates`` when the frame has no
    coordinate column (or a GIS export's ``x`` and ``y`` columns of decimal degrees, as
    longitude and latitude), and a column of dates (80 % read as dates, not bare numbers) as
    ``event_date`` when it has no date column. A bare "Country" / "Pays" / "País" column
    (or "Pays / Country") whose values name countries (80 %) is the detection country
    when the frame names the persons' countries (nationality or origin) but not the
    detection country, or when its detection column names places, not countries
    ("Lieu des faits": "Lampedusa"; kept as ``detection_place`` by the cleaner); so is,
    in a frame that names the persons' countries but not the detection country, the one
    column of countries whose header names a country of a role no header rule knows
    ("listing_country", "Recovery Country") and not whose country it is (residence,
    birth, a flag, a document, the reporter). A file that names one of the two counts
    (persons, suspects) and not the other holds it in its one unread column of counts
    (whole numbers in most cells), unless that column's header counts something else
    (vehicles, children, days, money, the dead). A
    ``route_label`` column whose values read as lists of countries is taken as transit
    countries when the frame has none, and a ``vehicles`` column whose values read as
    kinds of vehicle or boat as the transport mode when the frame has none; a
    ``transport_mode`` column whose values are lists of countries, not modes (a bare
    "via"), is the transit countries when the frame has none. A
    ``crime_type`` column whose values name other offences ("corruption", "illicit
    goods") gives way to a column that reads as crime types, when the frame has no
    linked offences (kept as those by the cleaner); a ``linked_offences`` column whose
    values name the crimes (trafficking, smuggling) is the crime type when the frame has
    none, and a column of other offences beside it the linked offences.

    Parameters
    ----------
    frame : DataFrame
        A raw frame (text values). Not modified.

    Returns
    -------
    dict of str to str
        Column -> canonical name, for the columns recognised.

    Examples
    --------
    >>> raw = pd.DataFrame({"event_date": ["2023-05-17"] * 6,
    ...                     "Tipo penal": ["trata de seres humanos", "Trata"] * 3,
    ...                     "Notas": ["a", "b", "c", "d", "e", "f"]})
    >>> recognise_by_values(raw)
    {'Tipo penal': 'crime_type'}
    """
    missing = [f for f in _BY_VALUES if f not in frame.columns]
    candidates = [
        c for c in frame.columns if isinstance(c, str) and c not in _NAMED and not c.startswith("_")
    ]
    out: dict[str, str] = {}
    if "transit_countries" in missing and "route_label" in frame.columns:
        # a "Route" column the reader left as a route name may hold the countries of the
        # route ("Russia - Belarus - Poland", "CHN-RUS-POL"): read with the full country
        # table here (the reader's check knows only pycountry's names)
        route = _value_shares(frame["route_label"], ["transit_countries"], few=False)
        if route.get("transit_countries", 0.0) >= _BY_VALUES_SHARE:
            out["route_label"] = "transit_countries"
            missing.remove("transit_countries")
    if "transport_mode" in missing and "vehicles" in frame.columns:
        # a bare "Vehicle" / "Véhicule" column (read as the vehicles' plates) may hold the
        # vehicles' kinds ("small boat", "semi-remorque", "CAMIONETA"): then it is the mode
        kinds = _value_shares(frame["vehicles"], ["transport_mode"])
        if kinds.get("transport_mode", 0.0) >= _BY_VALUES_SHARE:
            out["vehicles"] = "transport_mode"
            missing.remove("transport_mode")
    # a bare "via" is the way in Spanish ("Vía": "marítima") and the route through in
    # English and French ("via": "LBY", "GTM, MEX"): a transport-mode column whose values
    # are lists of countries, not modes, is the transit countries when the frame has
    # none, and an unread column of modes beside it ("travel": "sea") may be the mode
    if (
        "transit_countries" in missing
        and "transport_mode" in frame.columns
        and _value_shares(frame["transport_mode"], ["transport_mode"], few=False).get(
            "transport_mode", 1.0
        )
        < 0.2
        and _value_shares(frame["transport_mode"], ["transit_countries"], few=False).get(
            "transit_countries", 0.0
        )
        >= _BY_VALUES_SHARE
    ):
        out["transport_mode"] = "transit_countries"
        missing = [f for f in missing if f != "transit_countries"] + ["transport_mode"]
    points_known = bool({"lat", "lon", "coordinates"} & set(frame.columns))
    place_known = "detection_country" in frame.columns or not (
        {"nationality", "origin_country"} & set(frame.columns)
    )
    # a detection column of places ("Lieu des faits": "Lampedusa", "Lesbos") gives way to
    # a bare country column of countries beside it (its places are kept, as
    # ``detection_place``)
    places = (
        "detection_country" in frame.columns
        and any(_bare_country(c) for c in candidates)
        and not _reads_as_countries(frame["detection_country"])
    )
    # a crime-type column of other offences ("offences": "corruption", "illicit goods;
    # money laundering") gives way to a column of crimes beside it ("category": "migrant
    # smuggling"); its values are kept as the linked offences
    if (
        "crime_type" in frame.columns
        and "linked_offences" in missing
        and candidates
        and _value_shares(frame["crime_type"], ["crime_type"]).get("crime_type", 1.0) < 0.2
        and _value_shares(frame["crime_type"], ["linked_offences"]).get("linked_offences", 0.0)
        >= _BY_VALUES_SHARE
    ):
        missing = [f for f in missing if f != "linked_offences"] + ["crime_type"]
    # the reverse: a linked-offences column of crimes ("Delito conexo": "art. 318 bis CP",
    # a labour court's criminal offence beside the claim) in a frame without a crime
    # type is the crime type, and a column of other offences may be the linked ones
    if (
        "crime_type" in missing
        and "linked_offences" in frame.columns
        and _value_shares(frame["linked_offences"], ["linked_offences"]).get("linked_offences", 1.0)
        < 0.2
        and _value_shares(frame["linked_offences"], ["crime_type"]).get("crime_type", 0.0)
        >= _BY_VALUES_SHARE
    ):
        out["linked_offences"] = "crime_type"
        missing = [f for f in missing if f != "crime_type"] + ["linked_offences"]
    # one of the two counts named, not the other: an unread column may hold it
    count_lacking = ("n_persons" in frame.columns) != ("n_suspects" in frame.columns)
    if not candidates or (
        not missing
        and points_known
        and place_known
        and not places
        and not count_lacking
        and "event_date" in frame.columns
    ):
        return out
    found: list[tuple[float, str, str]] = []
    for col in candidates:
        if _bare_country(col) and _reads_as_countries(frame[col]):
            continue  # "country": "PL" is Poland, not a "poids lourd" (a lorry)
        shares = _value_shares(frame[col], missing)
        ranked = sorted(shares.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked or ranked[0][1] < _BY_VALUES_SHARE:
            continue
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 0.1:
            continue  # reads as two fields alike ("mixte": gender or age group)
        found.append((ranked[0][1], col, ranked[0][0]))
    for _, col, field in sorted(found, key=lambda t: (-t[0], str(t[1]))):
        if field not in out.values():
            out[col] = field
    xy = {str(c).strip().lower(): c for c in candidates if str(c).strip().lower() in ("x", "y")}
    if (
        not {"lat", "lon", "coordinates"} & set(frame.columns)
        and len(xy) == 2
        and _reads_as_degrees(frame[xy["x"]], 180)
        and _reads_as_degrees(frame[xy["y"]], 90)
    ):
        # a GIS export's "x" and "y" (ArcGIS, Survey123): longitude and latitude
        out[xy["x"]], out[xy["y"]] = "lon", "lat"
    elif not {"lat", "lon", "coordinates"} & set(frame.columns):
        # points under a header no rule knows ("GPS (WGS84)", "location_wkt"): the
        # first column whose values read as pairs of coordinates, unless its header
        # names money ("Importe operaciones (EUR)": "14.869,27" is no "lat,lon")
        for col in candidates:
            if (
                col not in out
                and not _MONEY.search(_folded_header(col))
                and _reads_as_points(frame[col])
            ):
                out[col] = "coordinates"
                break
    if not place_known or places:
        # a bare "Country" / "Pays" / "País" ("Pays / Country"): alone it could be anyone's
        # country, but in a file that already names the persons' countries it is where
        # the event was
        for col in candidates:
            if col not in out and _bare_country(col) and _reads_as_countries(frame[col]):
                out[col] = "detection_country"
                break
    if not place_known and "detection_country" not in out.values():
        # a country column of a role no header rule knows ("listing_country", "Recovery
        # Country", "País hallazgo", "MS of detection", "location_m49"): the persons'
        # countries are named, so a country of the event it is, unless its header names
        # someone's or something's country (residence, birth, a flag, a document); taken
        # only when one column alone is such
        unknown_role = [
            col
            for col in candidates
            if col not in out
            and _names_a_country(col)
            and not _names_whose_country(col)
            and _reads_as_countries(frame[col])
        ]
        if len(unknown_role) == 1:
            out[unknown_role[0]] = "detection_country"
    counted = _count_by_values(frame, [c for c in candidates if c not in out])
    if counted is not None:
        out[counted[0]] = counted[1]
    if "event_date" not in frame.columns:
        # a date under a header no rule knows ("incident_dt"): without it every row of
        # the file would be quarantined as dateless; the first column of dates is taken
        for col in candidates:
            if col not in out and _reads_as_dates(frame[col]):
                out[col] = "event_date"
                break
    return out


# Words of a header of counts that count something other than the persons or the
# suspects (folded, whole words): vehicles and boats, the persons' parts (children,
# women), times, distances, money, phone lines, documents, accounts, the dead.
_OTHER_COUNTS: Final = re.compile(
    r"\b(?:vehic\w*|cars?|coches?|voitures?|trucks?|camion\w*|boats?|bateaux?|barcos?"
    r"|embarcacion\w*|vessels?|navires?|buques?|child\w*|enfants?|minors?|mineurs?"
    r"|menor\w*|ninos?|ninas?|nna|women|femmes?|mujer\w*|men|hommes?|hombres?|girls?|boys?"
    r"|ages?|edad\w*|years?|ans?|anos?|annees?|days?|jours?|dias?|hours?|heures?|horas?"
    r"|nights?|nuits?|noches?|km|kms|miles?|distance\w*|amounts?|montants?|montos?"
    r"|importes?|sums?|sommes?|euros?|eur|usd|cop|mxn|dollars?|price\w*|prix|precios?"
    r"|costs?|couts?|costos?|lines?|lineas?|lignes?|phones?|telephon\w*|telefon\w*"
    r"|sims?|documents?|documentos?|passports?|passeports?|pasaportes?|accounts?"
    r"|comptes?|cuentas?|dead|deaths?|morts?|deces|muertos?|fallecid\w*|bodies|corps"
    r"|cuerpos?|cadaver\w*|missing|disparus?|desaparecid\w*|injured|blesses?|heridos?"
    r"|pages?|files?|fichiers?|archivos?|attachments?|versions?|weeks?|semaines?|semanas?"
    r"|months?|mois|meses|kg|kilos?|tonnes?|toneladas?|rank\w*|scores?|priorit\w*"
    r"|levels?|niveau\w*|nivel\w*|grade|ids?|codes?|codigos?|refs?)\b"
)


# Words of a header of money (folded, whole words): amounts, sums, prices, fees and
# currencies. Such a column is never a column of points, whatever its values look like.
_MONEY: Final = re.compile(
    r"\b(?:amounts?|montants?|montos?|importes?|sums?|sommes?|sumas?|euros?|eur|usd|gbp"
    r"|mxn|cop|pab|dollars?|dolares?|price\w*|prix|precios?|costs?|couts?|costos?|fees?"
    r"|frais|tarif\w*|remesas?|remittances?)\b"
)


def _count_by_values(frame: pd.DataFrame, candidates: list[Any]) -> tuple[Any, str] | None:
    """Return the one unread column of counts and the count its file lacks (or None).

    A file that names the persons' count but not the suspects' (or the other way round)
    and leaves one column of whole numbers under a header no rule knows ("No. of
    Suspected Exploiters", "vinculados", "Passeurs repérés") holds that count there,
    unless the header counts something else (vehicles, children, days, money, phone
    lines, the dead) or the column is not one of counts; a suspects' count is small
    (a median of at most 10).
    """
    lacking = [c for c in ("n_persons", "n_suspects") if c not in frame.columns]
    if len(lacking) != 1:
        return None
    found = [
        col
        for col in candidates
        if not _OTHER_COUNTS.search(_folded_header(col)) and looks_like_counts(frame[col])
    ]
    if len(found) != 1:
        return None
    if lacking[0] == "n_suspects":
        numbers = pd.to_numeric(frame[found[0]], errors="coerce")
        if not numbers.median() <= 10:
            return None
    return found[0], lacking[0]


# Headers that say "country" and nothing more.
_BARE_COUNTRY: Final = frozenset(
    # Eurostat's "geo" dimension: the reporting country or region ("IT", "ITG1")
    {"country", "pays", "pais", "country name", "nom du pays", "geo", "cntry", "ctry"}
    # EU projects' and the Council of Europe's "MS" / "Member State", "État concerné"
    | {"ms", "member state", "etat membre", "estado miembro", "etat concerne"}
    | {"state concerned", "estado concernido", "pays concerne"}
    # the liaison desks' own word beside the English one ("Država / State", "Paese")
    | {"drzava", "zemlja", "paese", "stato"}
    # a boundary commission's or a border post's "Side" ("U.S.", "MX"): the side of the
    # border the event was on
    | {"side", "border side", "lado", "lado de la frontera", "cote de la frontiere"}
)
# "State" beside a country word of another language ("Država / State"); alone it may be a
# US state's column ("TX", "CA"), so it never makes a header bare by itself.
_STATE: Final = "state"


_GLOSS: Final = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


def _folded_header(header: object) -> str:
    """Fold a header as :func:`fold` does, a JSON key's camel case split first ("countryCode")."""
    return fold(vocab._CAMEL.sub(" ", str(header)))


def _bare_country(header: str) -> bool:
    """Tell whether ``header`` says "country" and nothing more, in one language or two.

    A half in another script folds to nothing and says nothing ("Χώρα / Country"); the
    code the countries are written in may follow ("country_iso2", "Pays (code)").
    """
    # a gloss in brackets says no more: "Country (Nước phát hiện)", "País (code)"
    header = _GLOSS.sub(" ", str(header)).strip() or str(header)
    header = vocab._CAMEL.sub(" ", header)  # a JSON key: "countryCode"
    if COUNTRY_CODE_SUFFIX.sub("", fold(header)) in _BARE_COUNTRY:
        return True
    halves = [
        COUNTRY_CODE_SUFFIX.sub("", key) for half in str(header).split("/") if (key := fold(half))
    ]
    return (
        bool(halves)
        and all(half in _BARE_COUNTRY or half == _STATE for half in halves)
        and any(half in _BARE_COUNTRY for half in halves)
    )


# Words of a header that say its column holds countries (folded; "MS", "member state":
# an EU body's Member State), and words that say whose country it is: a person's (birth,
# residence, citizenship), a thing's (a flag, a document, a registration) or a step of
# the journey other than the event (departure, return, asylum).
_COUNTRY_HEADER_WORDS: Final = frozenset(
    {"country", "countries", "pays", "pais", "paises", "paese", "ms", "member state"}
    | {"nation", "nacion"}  # "Host Nation"
    | {"etat membre", "estado miembro", "cntry", "ctry"}
    | {"jurisdiction", "juridiction", "jurisdiccion"}  # FATF's word for a country
)
_WHOSE_COUNTRY: Final = re.compile(
    r"\b(?:residen\w*|domicil\w*|birth|naissance|nacimiento|natal|born|ne|nee|nacido|nacida"
    r"|issu\w*|emission|emetteur|expedicion|expedido|emisor|delivrance|deliv\w*|flag|pavillon"
    r"|bandera|registr\w*|immatricul\w*|matricul\w*|citizen\w*|ciudadan\w*|citoyen\w*"
    r"|nationalit\w*|nacionalidad\w*|passport|passeport|pasaporte|documents?|doc"
    r"|previous|last|anterior|precedent\w*|home|famil\w*|bank|banque|banco|phones?"
    r"|telephone|telefono|ip|billing|payment|pago|paiement|suspects?|sospechos\w*|victims?"
    r"|victimes?|victimas?|origin\w*|origen|provenance|procedencia|destin\w*|transit\w*"
    r"|departure|depart|salida|embark\w*|embarque|return|retour|retorno|asylum|asile"
    r"|asilo|first|premier|primer|route|ruta|currency|moneda|devise|language|langue|idioma"
    r"|reporting|reporter|declarant|declarante|signalant\w*|informant\w*|notif\w*|send\w*"
    r"|expediteur|remitente|submitting|source|fuente|agency|agence|agencia)\b"
)


_STANDARD_CODE_END: Final = re.compile(
    r" (?:iso ?[23]?|iso 3166(?: 1)?|alpha ?[23]|m49|iso ?num\w*)$"
)


def _names_a_country(header: object) -> bool:
    """Tell whether a header's words (or a country-code suffix) say it holds countries."""
    key = _folded_header(header)
    if _STANDARD_CODE_END.search(f" {key}"):  # "location_m49", "site_iso3"; ACLED's "iso"
        return True
    words = key.split()
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return bool(_COUNTRY_HEADER_WORDS & (set(words) | pairs))


def _names_whose_country(header: object) -> bool:
    """Tell whether a header says whose country it is (a person's, a thing's, a step's)."""
    return bool(_WHOSE_COUNTRY.search(_folded_header(header)))


def _reads_as_countries(values: pd.Series) -> bool:
    """Tell whether most filled cells of ``values`` name one country each (a sample)."""
    sample = _filled_sample(values)
    if sample is None:
        return False
    parsed = countries.parse_country(sample)
    return bool(parsed.values.notna().mean() >= _READ_SHARE)


def _reads_as_dates(values: pd.Series) -> bool:
    """Tell whether most filled cells of ``values`` are dates (a sample of them).

    Day, month or quarter dates written with separators or words; bare numbers (counts,
    years, Excel serials) are not enough to call a column a date.
    """
    sample = _filled_sample(values)
    if sample is None:
        return False
    parsed = dates.parse_dates(sample)
    read = (~parsed.invalid & parsed.values.notna()).to_numpy(dtype=bool)
    written = ~sample.str.fullmatch(r"\d+(?:\.\d+)?").to_numpy(dtype=bool)
    return bool((read & written).mean() >= _READ_SHARE)


# A cell of a column read as points: two numbers with a decimal part, degrees or minutes
# marks, or a WKT point ("36,52 15,12" yes; "12 3", two counts, no).
_POINT_MARK: Final = r"[.,]\d|°|º|'|\bpoint\b"
# Points and dates are taken by their values when this share of a column's sample reads
# so; the sample is at most this many filled cells spread over the column (a column of
# points or dates holds nearly as many distinct values as rows).
_READ_SHARE: Final = 0.8
_SAMPLE_CELLS: Final = 2000


def _filled_sample(values: pd.Series) -> pd.Series | None:
    """Return up to ``_SAMPLE_CELLS`` filled cells of ``values`` as text (None: < 5 filled)."""
    text = values.dropna().astype(str).str.strip()
    text = text[text.ne("")]
    if len(text) < 5:
        return None
    return text.iloc[:: max(1, len(text) // _SAMPLE_CELLS)].reset_index(drop=True)


def _reads_as_degrees(values: pd.Series, limit: float) -> bool:
    """Tell whether most filled cells of ``values`` are decimal degrees within ``limit``."""
    sample = _filled_sample(values)
    if sample is None:
        return False
    number = pd.to_numeric(sample.str.replace(",", ".", regex=False), errors="coerce")
    marked = sample.str.contains(r"[.,]\d", regex=True)  # decimals: not a count or a code
    return bool(((number.abs() <= limit) & marked).mean() >= _READ_SHARE)


def _reads_as_points(values: pd.Series) -> bool:
    """Tell whether most filled cells of ``values`` are coordinate pairs in range."""
    sample = _filled_sample(values)
    if sample is None:
        return False
    lat_txt, lon_txt = geo.split_coordinates(sample)
    lat = pd.to_numeric(lat_txt, errors="coerce").abs()
    lon = pd.to_numeric(lon_txt, errors="coerce").abs()
    # either order within range (a swapped pair is fixed later, not a reason to refuse)
    in_range = ((lat <= 90) & (lon <= 180)) | ((lon <= 90) & (lat <= 180))
    marked = sample.str.contains(_POINT_MARK, case=False, regex=True)
    return bool((in_range.fillna(False) & marked).mean() >= _READ_SHARE)


@dataclass(frozen=True)
class _Files:
    """The rows of each input file, found once (``source_file``; missing is a file too).

    ``codes`` gives each row's file (a position in ``names``); ``rows`` lists each
    file's row positions, in the order files first appear.
    """

    codes: np.ndarray
    names: pd.Index
    rows: list[np.ndarray]


def _file_groups(frame: pd.DataFrame) -> _Files:
    """Group the rows of ``frame`` by ``source_file`` with one factorization."""
    codes, names = _factorize(frame["source_file"], use_na_sentinel=False)
    if len(names) <= 1:  # one file, or none (an empty frame)
        rows = [np.arange(len(frame), dtype=np.intp)] * len(names)
        return _Files(codes, pd.Index(names), rows)
    order = np.argsort(codes, kind="stable")
    bounds = np.cumsum(np.bincount(codes, minlength=len(names)))[:-1]
    return _Files(codes, pd.Index(names), np.split(order, bounds))


def _factorize(values: pd.Series, *, use_na_sentinel: bool) -> tuple[np.ndarray, pd.Index]:
    """``pd.factorize(values)``, with a shortcut for a text column of one value throughout.

    Provenance columns (``source_file``, ``source``) usually hold one text in every
    row: comparing each row with the first costs a fraction of hashing a million
    texts. The distinct value is then factorize's own, from the first row alone.
    """
    if len(values) and not values.hasnans and values.eq(values.iloc[0]).all():
        _, uniques = pd.factorize(values.iloc[:1], use_na_sentinel=use_na_sentinel)
        return np.zeros(len(values), dtype=np.intp), uniques
    return pd.factorize(values, use_na_sentinel=use_na_sentinel)


_T = TypeVar("_T")


def _in_threads(calls: Sequence[Callable[[], _T]]) -> list[_T]:
    """Return the results of ``calls`` in their order, run in two threads on two cores.

    For calls that are mostly pyarrow or numpy work (hashing, takes), which releases
    the GIL: two of them on two cores finish in about the time of one. Each call must
    touch only its own data; the results come back in the order of ``calls`` whatever
    the timing, so they are those of a serial run (one core: the calls run in order).
    """
    if len(calls) < 2 or (os.cpu_count() or 1) < 2:
        return [call() for call in calls]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(call) for call in calls]
        return [future.result() for future in futures]  # re-raises a call's error


def _recognise(
    frame: pd.DataFrame, files: _Files
) -> tuple[pd.DataFrame, dict[str, dict[str, str]]]:
    """Apply :func:`recognise_by_values` file by file (columns empty in a file are absent).

    The values of a recognised column are copied into the canonical column for that
    file's rows; the original column stays, as read.
    """
    found: dict[str, dict[str, str]] = {}
    out = frame
    for file, pos in zip(files.names, files.rows, strict=True):
        idx = frame.index[pos]
        rows = frame if len(files.rows) == 1 else frame.iloc[pos]  # one file: no copy
        filled = [c for c in rows.columns if rows[c].notna().any()]
        mapping = recognise_by_values(rows[filled])
        if not mapping:
            continue
        if out is frame:
            out = frame.copy(deep=False)  # copy-on-write: `frame` keeps its columns
        for col, field in mapping.items():
            if field in filled and field in _DISPLACED:  # the file's own, filled column
                # the file's own column of that name is kept under another (no value lost)
                kept = _DISPLACED[field]
                if kept not in out:
                    out[kept] = pd.Series(pd.NA, index=out.index, dtype="object")
                out.loc[idx, kept] = rows[field].astype("object")
            if field not in out:
                out[field] = pd.Series(pd.NA, index=out.index, dtype="object")
            out.loc[idx, field] = rows[col].astype("object")
        found[str(file)] = mapping
    return out, found


# A column recognised by values may take the place of the file's own column of that name
# (a detection column of places, beside a bare country column); the file's column is
# kept under this name.
_DISPLACED: Final = {"detection_country": "detection_place", "crime_type": "linked_offences"}

# Columns whose words tell a file's language (besides its headers).
_WORDY: Final = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "transport_mode",
    "linked_offences",
    "route_label",
    "indicator",
    *COUNTRY_COLUMNS,
)


def _file_languages(
    frame: pd.DataFrame,
    coded: dict[str, tuple[np.ndarray, pd.Index]] | None = None,
    *,
    files: _Files | None = None,
    file_info: list[dict[str, Any]] | None = None,
) -> tuple[np.ndarray, list[str]]:
    """Language of each row's file, guessed from its original headers and its words.

    Headers come from ``file_info`` (default ``frame.attrs["trendlib"]["files"]``, as
    written by ``read_records``);
    the words are the distinct values of the vocabulary and country columns of the
    file's rows. Returns each row's language as a position in the sorted list of
    languages found, where ``""`` means nothing tells (a frame built by hand, codes only).
    """
    headers: dict[str, list[str]] = {}
    if file_info is None:
        file_info = frame.attrs.get("trendlib", {}).get("files", [])
    for info in file_info:
        names = [*info.get("header_map", {}), *info.get("unmapped", [])]
        headers[str(info.get("path"))] = [str(h) for h in names]
    files = _file_groups(frame) if files is None else files
    # a missing file name reads as "<frame>" (the name _prepare gives a frame built by hand)
    labels = [("<frame>" if pd.isna(f) else str(f)) for f in files.names]
    file_codes = files.codes
    file_names = labels
    # Distinct (file, value) pairs of the wordy columns, from integer codes per column.
    by_file: dict[str, list[object]] = {f: [] for f in labels}
    wordy = [col for col in _WORDY if col in frame]

    def encode(values: pd.Series) -> Callable[[], tuple[np.ndarray, pd.Index]]:
        return lambda: pd.factorize(values, use_na_sentinel=True)

    # ~10 factorizations of a million texts, pyarrow's hashing: two at a time
    factorized = _in_threads([encode(frame[col]) for col in wordy])
    for col, (codes, uniques) in zip(wordy, factorized, strict=True):
        if coded is not None:
            coded[col] = (codes, uniques)
        if len(labels) == 1:  # one file: its words are all the distinct values
            by_file[labels[0]].extend(np.asarray(uniques, dtype=object))
            continue
        filled = codes >= 0
        pairs = file_codes[filled].astype(np.int64) * (len(uniques) + 1) + codes[filled]
        if len(labels) * (len(uniques) + 1) <= 4 * len(codes):  # few pairs: count them
            pairs = np.flatnonzero(np.bincount(pairs, minlength=len(labels) * (len(uniques) + 1)))
        else:
            pairs = np.unique(pairs)
        values = np.asarray(uniques, dtype=object)
        for f, value in zip(pairs // (len(uniques) + 1), pairs % (len(uniques) + 1), strict=True):
            by_file[str(file_names[f])].append(values[value])
    lang_of: dict[str, str] = {}
    for file in dict.fromkeys(labels):
        texts = [*headers.get(file, []), *map(str, by_file.get(file, []))]
        lang_of[file] = _unique.guess_language(texts) or ""
    languages = sorted(set(lang_of.values()))
    per_file = np.array([languages.index(lang_of[f]) for f in labels], dtype=np.intp)
    return per_file[file_codes], languages


def _parse_unique(
    raw: pd.Series,
    parse: Callable[..., Parsed],
    *,
    coded: tuple[np.ndarray, pd.Index] | None = None,
    **kwargs: object,
) -> tuple[Parsed, pd.Series, np.ndarray]:
    """Run ``parse`` on the distinct values of ``raw`` only (one more for missing).

    Returns the cleaner's result on the distinct values, those values and, per row of
    ``raw``, the position of its value among them: row results are ``take``s by code,
    so a million rows with a few thousand distinct strings never build a million
    strings twice. Cleaners read each value on its own (``map_unique``), so the
    results are those of ``parse(raw)``.
    """
    codes, uniques = pd.factorize(raw, use_na_sentinel=True) if coded is None else coded
    values = pd.Series(uniques, dtype=raw.dtype, name=raw.name)
    missing = codes < 0
    if missing.any():
        values = pd.concat(
            [values, pd.Series([None], dtype=raw.dtype, name=raw.name)], ignore_index=True
        )
        codes = np.where(missing, len(uniques), codes)
    return parse(values, **kwargs), values, codes


def _parse_coordinate(text: pd.Series) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """:func:`numbers.parse_number`, then hemisphere letters and degrees-minutes-seconds.

    Only the cells no number rule read go to :func:`geo.read_degrees` ("52.47271N",
    "41°07'10.9 N"); those it reads get the rule ``number.degrees``.

    Returns
    -------
    values : ndarray of float64
        The numbers read; NaN where none was.
    rule_at : ndarray of int32
        Each row's rule as a position in ``names`` (-1: none), as
        :func:`numbers._parse_number_coded` gives them: the audit needs the names of the
        rows it reports only, and a million rule strings cost more than the numbers.
    names : list of str
        The rule names, each once.
    """
    values, rule_at, names, invalid = numbers._parse_number_coded(text)
    unread = np.flatnonzero(invalid)
    if not len(unread):
        return values, rule_at, names
    degrees = geo.read_degrees(text.iloc[unread])
    found = degrees.notna().to_numpy(dtype=bool)
    if not found.any():
        return values, rule_at, names
    rows = unread[found]
    values[rows] = degrees.iloc[np.flatnonzero(found)].astype("float64").to_numpy()
    rule_at[rows] = len(names)
    return values, rule_at, [*names, "number.degrees"]


# The last word of a coordinate header naming the hemisphere whose numbers are negative
# ("Longitud (W)", "Long. oeste", "Latitude S"; folded: brackets and dots are gone), unless
# the header also names the other one ("Long. E/W").
_NEGATIVE_HEMISPHERE: Final = {
    "lat": r"\s(?:s|south|sur|sud)$",
    "lon": r"\s(?:w|o|west|oeste|ouest)$",
}
_POSITIVE_HEMISPHERE: Final = {
    "lat": r"\b(?:n|north|norte|nord)\b",
    "lon": r"\b(?:e|east|este|est)\b",
}


def _headers_of(info: list[dict[str, Any]], canonical: str) -> Iterator[tuple[str, str]]:
    """Yield (file path, header as written) for each file's header read as ``canonical``.

    What a header says beside its column's name (a hemisphere, an era, a code legend)
    applies to that file's values.
    """
    for file in info:
        for header, column in file.get("header_map", {}).items():
            if column == canonical:
                yield str(file.get("path")), str(header)


def _files_with_hemisphere(info: list[dict[str, Any]], col: str) -> set[str]:
    """Return the files whose header of ``col`` ("lat" / "lon") names a negative hemisphere."""
    found = set()
    for path, header in _headers_of(info, col):
        # without degree signs ("Longitud (º)": "º" folds to the letter "o", oeste), as
        # written ("Longitud (W)") and without a unit in brackets after the hemisphere
        # ("Longitud Oeste (grados)")
        signless = re.sub("[º°˚]", " ", header)
        readings = (fold(signless), fold(vocab._HEADER_REMARK.sub(" ", signless)))
        if any(re.search(_NEGATIVE_HEMISPHERE[col], w) for w in readings) and not any(
            re.search(_POSITIVE_HEMISPHERE[col], w) for w in readings
        ):
            found.add(path)
    return found


def _header_hemisphere(
    read: tuple[np.ndarray, np.ndarray, list[str]],
    text: pd.Series,
    signed_files: set[str],
    files: _Files,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Make the unsigned numbers of files whose header names W/S negative.

    A number written with a sign or a hemisphere letter keeps its own; the others get
    the rule ``coords.hemisphere_of_header`` (``read`` as :func:`_parse_coordinate`'s).
    """
    if not signed_files:
        return read
    values, rule_at, names = read
    in_files = np.isin(
        files.codes, [k for k, f in enumerate(files.names) if str(f) in signed_files]
    )
    own = text.astype("string").str.contains(r"[-nsewoNSEWO]", regex=True)
    rows = in_files & (values > 0) & ~own.fillna(True).to_numpy(dtype=bool)
    if not rows.any():
        return read
    values, rule_at = values.copy(), rule_at.copy()
    values[rows] = -values[rows]
    rule_at[rows] = len(names)
    return values, rule_at, [*names, "coords.hemisphere_of_header"]


# Names of the crime as a whole that the exploitation field reads as a form.
_UMBRELLA: Final = (
    r"(?i)\b(?:modern\s+)?slavery\b|\besclavage\s+moderne\b|\besclavage\b|\besclavitud"
    r"(?:\s+moderna)?\b|\bservitude\b|\bservidumbre\b|\bmsht?\b|\bschiavit[uù]\b"
)


def _exploitation_from_crime(frame: pd.DataFrame, out: dict[str, pd.Series]) -> list[_AuditPart]:
    """Read the form of exploitation from the crime type where no exploitation is written.

    "THB (sexual exploitation)", "Trafficking in human beings - labour exploitation": a
    file without an exploitation column (or a blank cell of it) often names the form in
    the offence. Only trafficking rows whose exploitation is unknown, and only forms the
    text names; rule ``exploitation.from_crime_type``, the offence text as "before".
    """
    lacking = out["exploitation"].eq(UNKNOWN) & out["crime_type"].isin(["trafficking", "both"])
    lacking &= frame["crime_type"].notna()
    if "exploitation" in frame:
        lacking &= frame["exploitation"].isna()
    rows = np.flatnonzero(lacking.fillna(False).to_numpy(dtype=bool))
    if not len(rows):
        return []
    text = frame["crime_type"].iloc[rows]
    # "Modern slavery", "esclavage": in an offence the umbrella crime, not one form
    umbrella = text.astype("string").str.replace(_UMBRELLA, " ", regex=True)
    found = vocab.parse_vocab(umbrella, field="exploitation")
    named = (~found.invalid & found.values.astype("string").ne(UNKNOWN)).to_numpy(dtype=bool)
    if not named.any():
        return []
    rows, text = rows[named], text[named]
    forms = found.values[named].astype("string")
    exploitation = out["exploitation"].copy()
    exploitation.iloc[rows] = forms.to_numpy()
    out["exploitation"] = exploitation
    rule = pd.Series("exploitation.from_crime_type", index=text.index, dtype="string")
    return [_audit_rows(rows, "exploitation", text, forms, rule)]


# Statistical offices' signs (UN, ECLAC, national institutes: INEC, INE, ONS): ".." and
# "..." mark a figure not available or not applicable, and then "-" marks nil (zero), not
# a blank; a police export's lone "-" is a blank.
_NOT_AVAILABLE_SIGNS: Final = frozenset({"..", "..."})
_NIL_SIGNS: Final = frozenset({"-", "\u2013", "\u2014"})


def _nil_dashes(
    frame: pd.DataFrame, col: str, coded: tuple[np.ndarray, pd.Index]
) -> list[np.ndarray]:
    """Positions of the dashes of ``col`` that mean zero: in a file that writes ".." too.

    ``coded`` is the column factorized (codes, distinct values). A file that marks its
    missing counts with the statistical offices' ".." or "..." follows their legend, in
    which "-" is nil; elsewhere a dash is a blank cell. One array of row positions per
    distinct dash text (rows of files without the dots left out; empty arrays dropped).
    """
    codes, uniques = coded
    text = pd.Series(np.asarray(uniques, dtype=object)).astype(str).str.strip()
    dots, dashes = text.isin(_NOT_AVAILABLE_SIGNS), text.isin(_NIL_SIGNS)
    if not dots.any() or not dashes.any():
        return []
    file_of = pd.factorize(frame["source_file"])[0]
    signed = np.unique(file_of[np.isin(codes, np.flatnonzero(dots.to_numpy()))])
    found = []
    for dash in np.flatnonzero(dashes.to_numpy()):  # "-", "–", "—": a few texts
        rows = np.flatnonzero(codes == dash)
        rows = rows[np.isin(file_of[rows], signed)]
        if len(rows):
            found.append(rows)
    return found


def _append(values: pd.Series, value: object) -> pd.Series:
    """``values`` with one more value at the end (same dtype, positions as index)."""
    more = pd.Series([value], dtype=values.dtype, name=values.name)
    return pd.concat([values.reset_index(drop=True), more], ignore_index=True)


def _expand(values: pd.Series, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """Row values from the values of the distinct inputs and each row's code."""
    return pd.Series(values.array.take(codes), index=index, name=values.name)


def _expand_coded(values: pd.Series, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """As :func:`_expand`, as a categorical: no row texts are made until :func:`_decoded`.

    A million rows of a few hundred countries are a million texts made twice (every
    row, then the kept rows) where codes are taken instead.
    """
    at, distinct = pd.factorize(values, use_na_sentinel=True)  # few: the distinct inputs
    dtype = pd.CategoricalDtype(pd.Index(distinct, dtype=_ARROW_STR))
    rows = pd.Categorical.from_codes(at[codes], dtype=dtype, validate=False)
    return pd.Series(rows, index=index, name=values.name)


def _decoded(values: pd.Series) -> pd.Series:
    """Return the texts of a categorical from :func:`_expand_coded` (others as they are)."""
    if not isinstance(values.dtype, pd.CategoricalDtype):
        return values
    codes = values.cat.codes.to_numpy()
    texts = pa.array(values.cat.categories.array).take(pa.array(codes, mask=codes < 0))
    return pd.Series(pd.array(texts, dtype=_ARROW_STR), index=values.index, name=values.name)


def _parse_by_language(
    raw: pd.Series,
    langs: tuple[np.ndarray, list[str]],
    parse: Callable[..., Parsed] = countries.parse_country,
    *,
    coded: tuple[np.ndarray, pd.Index] | None = None,
    group_kwargs: Sequence[Mapping[str, Any]] | None = None,
) -> tuple[Parsed, pd.Series, np.ndarray]:
    """``parse`` (a cleaner taking ``lang=``) on the distinct values of each file language.

    ``langs`` is each row's language (a position in the sorted list of languages,
    ``""`` = none) from :func:`_file_languages`. As :func:`_parse_unique`; with
    several languages the distinct values of each are parsed apart and stacked, and
    the codes point into the stack. ``group_kwargs``: more keywords for ``parse``, one
    mapping per group of ``langs`` (a file's header legend).
    """
    row_lang, languages = langs
    extra = list(group_kwargs) if group_kwargs is not None else [{}] * len(languages)
    if len(languages) <= 1:
        lang = languages[0] if languages and len(raw) else None
        more = extra[0] if extra else {}
        return _parse_unique(raw, parse, coded=coded, lang=lang or None, **more)
    codes = np.empty(len(raw), dtype=np.intp)
    parts, texts, offset = [], [], 0
    for k, group_lang in enumerate(languages):
        pos = np.flatnonzero(row_lang == k)
        part, text, part_codes = _parse_unique(
            raw.iloc[pos], parse, lang=group_lang or None, **extra[k]
        )
        codes[pos] = part_codes + offset
        offset += len(text)
        parts.append(part)
        texts.append(text)
    parsed = Parsed(
        values=pd.concat([p.values for p in parts], ignore_index=True),
        rule=pd.concat([p.rule for p in parts], ignore_index=True),
        invalid=pd.concat([p.invalid for p in parts], ignore_index=True).astype(bool),
    )
    return parsed, pd.concat(texts, ignore_index=True), codes


# Vocabulary columns whose words are read among the other words of their file.
_READ_PER_FILE: Final = frozenset({"gender", "crime_type"})


def _by_file(langs: tuple[np.ndarray, list[str]], files: _Files) -> tuple[np.ndarray, list[str]]:
    """Each file as its own group, with its language, in the form of ``langs``.

    For :func:`_parse_by_language` on a column whose codes each file chooses (sex as
    ``V``/``M`` in one Spanish file, ``M``/``F`` in another).
    """
    row_lang, languages = langs
    per_file = [languages[row_lang[rows[0]]] if len(rows) else "" for rows in files.rows]
    return files.codes, per_file


# The Buddhist Era named in a header: "Date (B.E.)", "Fecha (BE)", "วันที่ (พ.ศ.)".
_ERA_HEADER: Final = re.compile(r"\bb\.\s?e\.|\(\s*be\s*\)|buddhist era|พ\.ศ\.", re.IGNORECASE)


def _buddhist_era_files(info: list[dict[str, Any]], files: _Files) -> list[bool]:
    """Whether each file (in ``files.rows`` order) dates its events in the Buddhist Era."""
    marked = {
        path for path, header in _headers_of(info, "event_date") if _ERA_HEADER.search(header)
    }
    return [str(name) in marked for name in files.names]


def _with_era(values: Any) -> list[object]:
    """Return the texts with the Buddhist Era's marker after each (missing kept)."""
    return [None if pd.isna(v) else f"{v} (B.E.)" for v in values]


# A row that explains the file's codes, in its first (id) column: "Légende : Vecteur T =
# terrestre, M = maritime | Sexe H = hommes, F = femmes, MX = mixte", "Legend: M = male",
# "Leyenda: V = varón, M = mujer". Its pairs: a code in capitals, "=" or ":", the words.
_LEGEND_ROW: Final = r"^\s*(?:l[ée]gende|legend|leyenda|key to codes|codes?|c[óo]digos?)\s*:"
# Exports put such notes above or below the rows: of a long file, the first and last rows
# this many are looked at (a regex over a million ids would cost ~0.2 s).
_LEGEND_EDGE_ROWS: Final = 1000
_LEGEND_ROW_PAIR: Final = re.compile(
    r"\b([A-Z]{1,4})\s*[=:]\s*([^,|;=:]+?)\s*(?=[,|;]|\b[A-Z]{1,4}\s*[=:]|$)"
)
# Fields whose codes a legend row may explain.
_LEGEND_FIELDS: Final = ("gender", "age_group", "transport_mode")


def _legend_rows(frame: pd.DataFrame, files: _Files) -> dict[int, list[tuple[str, str]]]:
    """Return each file's legend-row pairs (file position -> [(code, words)...]).

    Only the id column is looked at (where exports put such a note), in each file's
    first and last :data:`_LEGEND_EDGE_ROWS` rows; one regex in pyarrow, and the few
    matching rows read in Python.
    """
    if "source_ref" not in frame or not len(frame):
        return {}
    edge = _LEGEND_EDGE_ROWS
    looked = np.concatenate(
        [rows if len(rows) <= 2 * edge else np.r_[rows[:edge], rows[-edge:]] for rows in files.rows]
    )
    ref = frame["source_ref"].iloc[looked]
    text = pa.array(ref.astype("object").where(ref.notna(), None).tolist(), type=pa.string())
    match = pc.match_substring_regex(text, _LEGEND_ROW, ignore_case=True)
    hits = looked[np.asarray(pc.fill_null(match, False).to_numpy(zero_copy_only=False), bool)]
    found: dict[int, list[tuple[str, str]]] = {}
    for pos in hits[:20]:  # a note or two per file; never thousands
        pairs = _LEGEND_ROW_PAIR.findall(str(frame["source_ref"].iloc[pos]))
        if pairs:
            found.setdefault(int(files.codes[pos]), []).extend(pairs)
    return found


def _with_row_legends(
    told: list[dict[str, Any]] | None,
    legend_rows: dict[int, list[tuple[str, str]]],
    files: _Files,
    field: str,
) -> list[dict[str, Any]] | None:
    """Add each file's legend-row codes of ``field`` to its ``parse_vocab`` keywords.

    A code is kept when its words read as one of the field's categories and the row
    gives it no other ("M = maritime" is no sex; "MX = mixte" is mixed for both sex and
    age). The header's own legend ("Sexo (H/M)") keeps its letters.
    """
    if field not in _LEGEND_FIELDS or not legend_rows:
        return told
    out = list(told) if told is not None else [{} for _ in files.names]
    added = False
    for k, pairs in legend_rows.items():
        read = vocab.parse_vocab(pd.Series([words for _, words in pairs]), field=field)
        codes: dict[str, set[str]] = {}
        for (code, _), value, bad in zip(pairs, read.values, read.invalid, strict=True):
            if not bad and value != UNKNOWN:
                codes.setdefault(code.casefold(), set()).add(str(value))
        legend = {code: words.pop() for code, words in codes.items() if len(words) == 1}
        if legend:
            out[k] = {**out[k], "legend": {**legend, **out[k].get("legend", {})}}
            added = True
    return out if added or told is not None else None


def _header_kwargs(
    info: list[dict[str, Any]], files: _Files, field: str
) -> list[dict[str, Any]] | None:
    """Return what each file's header of ``field`` tells its reader, as ``parse_vocab`` keywords.

    Gender: the letter codes the header spells out ("Sex (M=man, V=vrouw)"), as
    :func:`trendlib.clean.vocab.header_legend` reads them (``legend``). Crime type: the
    code its remark may name ("Offence (KarS)", :func:`trendlib.clean.vocab.header_code`;
    ``code``). Files in the order :func:`_by_file` groups them; None when no header
    tells anything.
    """
    by_path: dict[str, dict[str, Any]] = {}
    for path, header in _headers_of(info, field):
        if field == "gender" and (legend := vocab.header_legend(header, field=field)):
            by_path[path] = {"legend": legend}
        elif field == "crime_type" and (code := vocab.header_code(header)):
            by_path[path] = {"code": code}
    if not by_path:
        return None
    return [by_path.get(str(name), {}) for name in files.names]


def _compact(positions: np.ndarray) -> np.ndarray:
    """Row positions as int32 when they fit (millions of audit rows: half the memory)."""
    if len(positions) and positions.max() >= np.iinfo(np.int32).max:
        return positions
    return positions.astype(np.int32)


@dataclass(frozen=True)
class _AuditPart:
    """Audit rows of one column, kept as positions until the records are known.

    The texts are the distinct ``before``/``after``/``rule`` strings; ``*_at`` say which
    one each audit row shows (-1 = missing). :func:`_finish_audit` materialises only the
    rows of records, once.
    """

    column: str
    pos: np.ndarray
    before: pd.api.extensions.ExtensionArray
    before_at: np.ndarray
    after: pd.api.extensions.ExtensionArray
    after_at: np.ndarray
    rule: pd.api.extensions.ExtensionArray
    rule_at: np.ndarray


# A cleaning step: reads ``frame``, writes its columns into ``out`` and its audit rows
# into the list it is given.
_Step = Callable[[list[_AuditPart]], None]
# Steps that may run side by side, each chain in its order: coordinates read the
# detection country the country step wrote; the others share no column. Reading the
# coordinate texts as numbers ("points") needs nothing and runs in the other chain,
# which is shorter; "coordinates" waits for it (_AFTER).
_CHAINS: Final = (
    ("countries", "coordinates"),
    ("points", "dates", "counts", "vocabularies"),
)
# Steps of one chain that need a step of another: they wait until it is done.
_AFTER: Final[dict[str, tuple[str, ...]]] = {"coordinates": ("points",)}


def _run_steps(steps: list[tuple[str, _Step]], tick: Callable[[str], None]) -> list[_AuditPart]:
    """Run the cleaning steps, the two chains in two threads; return the audit parts.

    Much of each step is pyarrow and numpy work, which releases the GIL, so two
    chains on two cores finish sooner than one after the other (the plain read the
    benchmark compares with uses every core too). Each step writes only its own
    columns, and the audit parts come back in the order of ``steps`` whatever the
    timing, so the result is the same as a serial run's.
    """
    fns = dict(steps)
    audit: dict[str, list[_AuditPart]] = {name: [] for name in fns}
    lock = threading.Lock()
    done = {name: threading.Event() for name in fns}
    failed = threading.Event()  # a step raised: the other chain stops at its next step

    def run(chain: tuple[str, ...]) -> None:
        for name in chain:
            for before in _AFTER.get(name, ()):
                if before in done:
                    done[before].wait()  # set even when that step fails (below)
            if failed.is_set():
                return
            try:
                fns[name](audit[name])
            except BaseException:
                failed.set()
                raise
            finally:
                done[name].set()
            with lock:
                tick(name)

    chains: list[tuple[str, ...]] = [c for c in _CHAINS if set(c) <= set(fns)]
    if (os.cpu_count() or 1) < 2 or sum(map(len, chains)) != len(fns):
        chains = [tuple(fns)]  # one core, or steps the chains do not cover: in order
    with ThreadPoolExecutor(max_workers=len(chains)) as pool:
        for future in [pool.submit(run, chain) for chain in chains]:
            future.result()  # re-raises a step's error here
    return [part for name in fns for part in audit[name]]


def _audit_coded(
    column: str,
    before: pd.Series,
    after: tuple[np.ndarray, pd.Series],
    rule: pd.Series,
    *,
    before_coded: tuple[np.ndarray, pd.Index] | None = None,
    rule_coded: tuple[np.ndarray, pd.Index] | None = None,
) -> _AuditPart:
    """:func:`_audit_rows` for columns of few distinct values, compared by codes.

    ``after`` is (codes per row, text of the distinct clean values; -1 = missing).
    ``before_coded`` / ``rule_coded``: ``pd.factorize`` of ``before`` / ``rule`` when
    already known.
    """
    after_codes, a = after
    before_codes, before_uniques = (
        pd.factorize(before, use_na_sentinel=True) if before_coded is None else before_coded
    )
    b = pd.Series(before_uniques, dtype="object").astype("string").str.strip()
    b = b.where(b.ne(""))
    # the same id for equal stripped texts, and each clean text's id among them
    b_id, b_keys = pd.factorize(b, use_na_sentinel=True)
    a_id = pd.Index(b_keys).get_indexer(a.astype("string"))
    a_id[a.isna().to_numpy(dtype=bool)] = -1
    rows_b = np.append(b_id, -1)[before_codes]
    rows_a = np.append(a_id, -1)[after_codes]
    pos = np.flatnonzero((rows_b >= 0) & (rows_a != rows_b))
    # the rules by code too: a few distinct names, not a string per audit row
    rule_codes, rule_names = (
        pd.factorize(rule, use_na_sentinel=True) if rule_coded is None else rule_coded
    )
    rule_at = rule_codes[pos].astype(np.int32)
    rule_at[rule_at < 0] = len(rule_names)  # no rule: the column's "normalised"
    return _AuditPart(
        column=column,
        pos=_compact(pos),
        before=b.astype(_ARROW_STR).array,
        before_at=_compact(before_codes[pos]),
        after=a.astype(_ARROW_STR).array,
        after_at=_compact(after_codes[pos]),
        rule=pd.array([*rule_names, f"{column}.normalised"], dtype=_ARROW_STR),
        rule_at=rule_at,
    )


def _audit_unique(
    column: str,
    before: pd.Series,
    after: pd.Series,
    rule: pd.Series,
    codes: np.ndarray,
) -> _AuditPart:
    """:func:`_audit_rows` on distinct values, expanded to the rows by ``codes``.

    ``before``, ``after`` and ``rule`` are aligned with the distinct values.
    """
    b = before.astype("string").str.strip()
    b = b.where(b.ne(""))
    a = after.astype("string")
    changed = (b.notna() & (a.isna() | a.ne(b)).fillna(True)).to_numpy(dtype=bool)
    pos = np.flatnonzero(changed[codes])
    which = _compact(codes[pos])
    return _AuditPart(
        column=column,
        pos=_compact(pos),
        before=b.astype(_ARROW_STR).array,
        before_at=which,
        after=a.astype(_ARROW_STR).array,
        after_at=which,
        rule=rule.fillna(f"{column}.normalised").astype(_ARROW_STR).array,
        rule_at=which,
    )


def _audit_rows(
    rows: np.ndarray,
    column: str,
    before: pd.Series,
    after: pd.Series,
    rule: pd.Series,
    *,
    skip_na: bool = False,
) -> _AuditPart:
    """Rows where the stripped text ``before`` differs from the clean value's text.

    ``rows`` are the positions in the raw frame of the rows of ``before``.
    """
    b = before.astype("string").str.strip()
    b = b.where(b.ne(""))
    a = after.astype("string")
    changed = b.notna() & (a.isna() | a.ne(b)).fillna(True)
    if skip_na:
        changed &= before.notna()
    idx = changed.to_numpy(dtype=bool)
    at = np.arange(int(idx.sum()), dtype=np.int32)
    # a few rule names over many rows: kept as codes into the distinct names
    rule_at, rule_names = pd.factorize(rule[idx].fillna(f"{column}.normalised"))
    # pyarrow-backed strings keep millions of audit rows compact (no Python objects)
    return _AuditPart(
        column=column,
        pos=_compact(rows[idx]),
        before=b[idx].astype(_ARROW_STR).array,
        before_at=at,
        after=a[idx].astype(_ARROW_STR).array,
        after_at=at,
        rule=pd.array(np.asarray(rule_names, dtype=object), dtype=_ARROW_STR),
        rule_at=rule_at.astype(np.int32),
    )


def _quarantine_reasons(
    frame: pd.DataFrame,
    out: dict[str, pd.Series],
    coded: dict[str, tuple[np.ndarray, pd.Index]] | None = None,
    *,
    flags: Mapping[str, np.ndarray] | None = None,
) -> pd.Series:
    """Return the first reason each row cannot be a record (NA for records).

    ``coded`` holds columns already factorized (codes, distinct values): their blank
    cells are found among the distinct values. ``flags``: other columns' flags of
    non-blank cells, found already (:func:`_filled_cells`).
    """
    content_cols = [c for c in frame.columns if c not in _NOT_CONTENT]
    texts: dict[str, np.ndarray] = dict(flags or {})  # each column's non-blank flags, once
    for col, (codes, uniques) in (coded or {}).items():
        distinct = pd.Series(uniques, dtype="object").astype("string").str.strip()
        texts[col] = np.append(distinct.ne("").fillna(False).to_numpy(dtype=bool), False)[codes]
    filled = pd.Series(_any_text(frame, content_cols, texts), index=frame.index)
    has_date_text = pd.Series(_any_text(frame, ["event_date"], texts), index=frame.index)
    if "event_date" in frame:
        # a word for "no date" ("unknown", "s/f", "sin fecha", "TBC") is no date, not a bad one
        has_date_text &= ~_no_date_words(frame["event_date"], (coded or {}).get("event_date"))
    other = [c for c in _CONTENT if c in frame.columns]
    has_content = pd.Series(_any_text(frame, other, texts), index=frame.index)
    date_rule = out["_date_rule"]
    # An unreadable number of suspects leaves a usable record (NA, in the audit); an
    # unreadable number of persons does not, and a negative count of either is an error.
    persons_rule = out["_n_persons_rule"]
    negative = persons_rule.eq("count.negative") | out["_n_suspects_rule"].eq("count.negative")
    conditions = [
        ("empty_row", ~filled),
        ("no_date", ~has_date_text),
        ("bad_date", out["_date_invalid"].astype(bool)),
        ("future_date", date_rule.eq("date.future").fillna(False).astype(bool)),
        ("negative_count", negative.fillna(False).astype(bool)),
        ("bad_count", persons_rule.notna() & persons_rule.ne("count.negative").fillna(True)),
        ("no_content", ~has_content),
    ]
    # the first condition in the list wins; -1: none (a record)
    which = np.select(
        [mask.to_numpy(dtype=bool) for _, mask in conditions], list(range(len(conditions))), -1
    )
    codes = np.array([*(code for code, _ in conditions), pd.NA], dtype=object)
    return pd.Series(codes[which], index=frame.index, dtype="object")


# Words for "no date": the placeholders of every column, and those said of a date.
_NO_DATE_WORDS: Final = _unique.MISSING_WORDS | frozenset(
    {"s f", "sf", "sin fecha", "sans date", "no date", "undated", "date unknown", "unknown date"}
    | {"fecha desconocida", "date inconnue", "date non connue", "sin fecha exacta"}
)


def _no_date_words(values: pd.Series, coded: tuple[np.ndarray, pd.Index] | None) -> np.ndarray:
    """Flag the rows whose date is written as a word for "none" (one look-up per value)."""
    codes, uniques = coded if coded is not None else pd.factorize(values, use_na_sentinel=True)
    # a text that folds to nothing is a placeholder only when it has no letter or digit:
    # "-" is none, a date in Arabic-Indic digits ("٠٥/٠٥/٢٠٢١") is a date
    words = [
        (key := fold(str(u))) in _NO_DATE_WORDS and (bool(key) or not any(map(str.isalnum, str(u))))
        for u in uniques
    ]
    return np.array([*words, False], dtype=bool)[codes]


def _unfactorized(
    frame: pd.DataFrame, coded: Mapping[str, tuple[np.ndarray, pd.Index]]
) -> list[str]:
    """Return the content columns whose blank cells the quarantine finds row by row.

    Those not factorized already (``coded``) nor by a step (dates and counts are).
    """
    by_steps = {"event_date", "n_persons", "n_suspects"}
    return [c for c in frame.columns if c not in _NOT_CONTENT and c not in {*coded, *by_steps}]


def _filled_cells(frame: pd.DataFrame, columns: list[str]) -> dict[str, np.ndarray]:
    """Flag the non-blank cells of each of ``columns`` (as :func:`_any_text` does)."""
    flags: dict[str, np.ndarray] = {}
    for col in columns:
        _any_text(frame, [col], flags)
    return flags


def _any_text(
    frame: pd.DataFrame, columns: list[str], cache: dict[str, np.ndarray] | None = None
) -> np.ndarray:
    """Flag rows where any of ``columns`` holds non-blank text (loops over columns only).

    ``cache`` keeps each column's flags for the next call.
    """
    cache = {} if cache is None else cache
    mask = np.zeros(len(frame), dtype=bool)
    for col in columns:
        if col not in cache:
            text = frame[col].astype("string").str.strip()
            cache[col] = text.ne("").fillna(False).to_numpy(dtype=bool)
        mask |= cache[col]
    return mask


def _assemble(frame: pd.DataFrame, out: dict[str, pd.Series]) -> pd.DataFrame:
    """Record-frame columns in contract order, then the extra columns."""
    cols: dict[str, pd.Series] = {}
    for col, dtype in RECORD_DTYPES.items():
        if col in out:
            cols[col] = out[col]
        elif col in ("source", "source_ref"):
            cols[col] = frame[col].astype("string")
        else:
            cols[col] = pd.Series(index=frame.index, dtype=dtype)  # all missing
    records = pd.DataFrame(cols, index=frame.index, copy=False)  # rows are taken next
    records["record_id"] = records["record_id"].astype("string")
    records["is_duplicate_of"] = records["is_duplicate_of"].astype("string")
    for col in (*AGGREGATE_COLUMNS, *IDENTIFIER_COLUMNS):
        if col == "censored":
            if out["censored"].notna().any() or "censored" in frame:
                records["censored"] = out["censored"]
        elif col in frame:
            records[col] = frame[col].astype("string").str.strip()
    for col in PROVENANCE_COLUMNS:
        records[col] = frame[col]
    used = set(records.columns) | {"coordinates", *RECORD_DTYPES}
    for col in frame.columns:
        if col not in used and not col.startswith("_"):
            records[col] = frame[col]
    return records


def _take_kept(records: pd.DataFrame, keep: np.ndarray, decode: Sequence[str]) -> pd.DataFrame:
    """Return ``records.loc[keep]`` with the columns ``decode`` as :func:`_decoded` gives them.

    Column by column, in two threads (:func:`_in_threads`): the takes of a million rows
    are pyarrow and numpy work, and this end of the clean has a core to spare.
    """
    at = np.flatnonzero(keep)
    index = records.index[at]

    def take(names: list[Any]) -> dict[Any, Any]:
        taken: dict[Any, Any] = {}
        for name in names:
            values = records[name].array.take(at)
            if name in decode:
                values = _decoded(pd.Series(values, index=index, copy=False)).array
            taken[name] = values
        return taken

    names = list(records.columns)
    columns: dict[Any, Any] = {}
    for half in _in_threads([lambda: take(names[0::2]), lambda: take(names[1::2])]):
        columns.update(half)
    kept = pd.DataFrame({name: columns[name] for name in names}, index=index, copy=False)
    kept.attrs = records.attrs
    return kept


def _assign_ids(
    records: pd.DataFrame, *, rows: Callable[[], _RowIds] | None = None
) -> tuple[pd.DataFrame, bool]:
    """Stable ``record_id`` = hash of (source, source_ref); repeats get a suffix.

    pandas' ``hash_pandas_object`` is vectorised and uses a fixed key, so ids are the
    same on every run and machine. Also returns whether the ids are known to be
    distinct (no two hashes equal), so that nobody checks a million ids again.
    ``rows`` returns :func:`_row_ids` of every row of the frame the records were taken
    from, by position (the records' index), made while the cleaning steps ran
    (:func:`_clean_records`); by default the records' own rows are hashed here.
    """
    records = records.copy(deep=False)  # copy-on-write: new columns only
    if records.empty:
        return records, True
    key = _id_key(records)
    # The first report of each (source, source_ref) has no suffix: hash that first. Equal
    # keys hash alike, so when no two hashes are equal no reference repeats (the usual
    # case) and the grouping below, over a million texts, is not needed. Each row's hash
    # is its own values', so the frame's rows hashed before the records were taken give
    # the records' hashes.
    text: np.ndarray | None = None  # the ids' bytes, when made already
    if rows is None:
        hashed = _first_hashes(key)
        distinct = _all_distinct(hashed)
    else:
        found, at = rows(), records.index.to_numpy(dtype=np.intp)
        hashed = found.hashed[at]
        # the raw rows' hashes all distinct: so are the records', some of those rows
        distinct = found.distinct or _all_distinct(hashed)
        text = found.text[at] if found.text is not None else None
    if not distinct:
        occurrence = key.groupby(["source", "source_ref"], sort=False).cumcount()
        nth = occurrence.astype("string").where(occurrence.gt(0), "")
        hashed = _hash_key(_source_codes(key["source"]), key["source_ref"], nth)
        text = None
    # distinct hashes: distinct texts
    records["record_id"] = _id_texts(_hex_text(hashed) if text is None else text)
    skip = {"record_id", "source_ref", "is_duplicate_of"}
    content = [c for c in RECORD_DTYPES if c not in skip and c in records]
    # distinct hashes of (source, source_ref, "") mean no reference comes twice
    records["is_duplicate_of"] = dedupe.mark_resubmissions(
        records, content=content, refs_unique=distinct
    )
    return records, distinct


@dataclass(frozen=True)
class _RowIds:
    """Record-id material of every row of a frame, by position (:func:`_row_ids`).

    ``hashed``: :func:`_first_hashes` of each row; ``distinct``: no two are equal;
    ``text``: each row's id as :func:`_hex_text` writes it (None unless ``distinct``).
    """

    hashed: np.ndarray
    distinct: bool
    text: np.ndarray | None


def _row_ids(key: pd.DataFrame) -> _RowIds:
    """Hash each row of ``key`` (:func:`_id_key`) and, when no hash repeats, write its id."""
    hashed = _first_hashes(key)
    distinct = _all_distinct(hashed)
    return _RowIds(hashed, distinct, _hex_text(hashed) if distinct else None)


def _all_distinct(hashed: np.ndarray) -> bool:
    """Tell whether no two of ``hashed`` are equal."""
    ordered = np.sort(hashed)  # equal hashes side by side; a third of a hash table's cost
    return not (ordered[1:] == ordered[:-1]).any()


def _id_key(rows: pd.DataFrame) -> pd.DataFrame:
    """Return the texts a record id hashes: ``source``, ``source_ref`` (blank if missing)."""
    return rows[["source", "source_ref"]].astype("string").fillna("")


def _source_codes(source: pd.Series) -> pd.Series:
    """Return ``source`` as a categorical: a few sources hashed once each, then taken.

    A categorical hashes as its values do (pandas hashes the categories, then takes), so
    the ids are those of the text column. Categories in order of appearance, not sorted:
    the hashes are the values' all the same.
    """
    codes, sources = _factorize(source, use_na_sentinel=True)
    return pd.Series(
        pd.Categorical.from_codes(codes, dtype=_distinct_categories(sources), validate=False),
        index=source.index,
    )


def _first_hashes(key: pd.DataFrame) -> np.ndarray:
    """:func:`_hash_key` of each row's (``source``, ``source_ref``, no suffix).

    ``key`` holds the two as text, blank for missing values.
    """
    blank = pd.Categorical.from_codes(
        np.zeros(len(key), dtype=np.int8), categories=pd.Index([""], dtype="string")
    )
    return _hash_key(
        _source_codes(key["source"]), key["source_ref"], pd.Series(blank, index=key.index)
    )


def _hash_key(source: pd.Series, ref: pd.Series, nth: pd.Series) -> np.ndarray:
    """Return pandas' fixed-key hash of each row of (source, source_ref, n).

    The texts hold no missing values (blank instead), so hashing them without
    categorizing first gives the same hashes; references are nearly all distinct, and
    pyarrow's dictionary encoding of a million of them costs more than the hashing.
    The references are hashed on their Arrow buffers (:mod:`trendlib.clean._siphash`:
    pandas' values, without the GIL), the columns combined as pandas combines them.
    """
    text = arrow_text(ref)
    if text is None or text.null_count:
        frame = pd.DataFrame({"source": source, "source_ref": ref, "n": nth}, copy=False)
        hashed = pd.util.hash_pandas_object(frame, index=False, categorize=False)
        return hashed.to_numpy(np.uint64)
    columns = [
        pd.util.hash_pandas_object(source, index=False, categorize=False).to_numpy(np.uint64),
        _siphash.hash_text(text),
        pd.util.hash_pandas_object(nth, index=False, categorize=False).to_numpy(np.uint64),
    ]
    return _siphash.combine_hashes(columns)


@functools.cache
def _hex_quads() -> np.ndarray:
    """Return the four hex digits of each 16-bit value ("0000".."ffff") as one uint32."""
    # the nibbles of each value, most significant first, as ASCII hex digits
    values = np.arange(1 << 16, dtype=np.uint32)[:, None] >> np.array([12, 8, 4, 0], np.uint32)
    digits = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)[values & 0xF]
    return np.ascontiguousarray(digits).view(np.uint32).ravel()


def _hex_text(hashed: np.ndarray) -> np.ndarray:
    """Write ``"R" + 16 hex digits`` of each uint64 as a row of 17 bytes (uint8).

    Vectorised, no per-row formatting: the digits come four at a time from a table of
    the 65,536 16-bit values. Rows of equal width, so the ids of some of the hashes are
    a take of rows (:func:`_assign_ids`); :func:`_id_texts` makes them text.
    """
    quads = hashed.astype(">u8").view(">u2").reshape(-1, 4)  # most significant first
    text = np.empty((len(hashed), 17), dtype=np.uint8)
    text[:, 0] = ord("R")
    text[:, 1:] = _hex_quads()[quads.astype(np.intp)].view(np.uint8).reshape(-1, 16)
    return text


def _id_texts(text: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """Return the ids whose bytes :func:`_hex_text` wrote, as one buffer handed to pyarrow."""
    text = np.ascontiguousarray(text)
    offsets = np.arange(0, 17 * len(text) + 1, 17, dtype=np.int32)
    ids = pa.Array.from_buffers(
        pa.string(), len(text), [None, pa.py_buffer(offsets), pa.py_buffer(text)]
    )
    return pd.array(ids, dtype="string")


_AUDIT_LOCK: Final = threading.Lock()


class _PendingAudit:
    """The audit of one clean, kept as its parts until someone asks for the frame.

    ``rows`` holds the records' ``record_id``, ``source``, ``source_file`` and
    ``source_row`` (their index is the records' positions in the raw frame), taken when
    the clean finished: later changes to the records frame do not reach the audit.
    """

    def __init__(self, parts: list[_AuditPart], rows: pd.DataFrame, *, ids_unique: bool) -> None:
        self.parts = [p for p in parts if len(p.pos)]
        self.rows = rows
        self.ids_unique = ids_unique
        self._found: tuple[list[np.ndarray], list[np.ndarray]] | None = None

    def kept(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Each part's rows' positions in the records (-1: quarantined) and which are kept."""
        if self._found is None:
            self._found = _kept_rows(self.parts, self.rows.index)
        return self._found

    def n_rows(self) -> int:
        return int(sum(int(k.sum()) for k in self.kept()[1]))

    def counts_by(self, source: pd.Series) -> pd.Series:
        """Audit rows per (``source``, ``column``); ``source`` is aligned with the records."""
        codes, names = _factorize(source.astype("string"), use_na_sentinel=True)
        counts: dict[tuple[str, str], int] = {}
        for part, found, keep in zip(self.parts, *self.kept(), strict=True):
            per = np.bincount(codes[found[keep]] + 1, minlength=len(names) + 1)[1:]
            for k in np.flatnonzero(per):  # a few sources
                key = (str(names[int(k)]), part.column)
                counts[key] = counts.get(key, 0) + int(per[k])
        index = pd.MultiIndex.from_tuples(list(counts), names=["source", "column"])
        return pd.Series(list(counts.values()), index=index, dtype="int64")

    def build(self) -> pd.DataFrame:
        with arrow_pool():
            found, keeps = self.kept()
            return _finish_audit(self.parts, self.rows, found, keeps, ids_unique=self.ids_unique)


def _kept_rows(
    parts: list[_AuditPart], index: pd.Index
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Map each part's positions in the raw frame to positions in the records.

    ``index`` is the records' index (their positions in the raw frame). Returns, per
    part, the positions (-1 for quarantined rows) and the mask of rows kept.
    """
    last = int(index.max()) if len(index) else 0
    top = max((int(p.pos.max()) for p in parts), default=0)
    where = np.full(max(top, last) + 1, -1, dtype=np.int64)
    where[index.to_numpy()] = np.arange(len(index))
    where = _compact(where)
    found = [where[p.pos] for p in parts]
    return found, [f >= 0 for f in found]


def _finish_audit(
    parts: list[_AuditPart],
    records: pd.DataFrame,
    found: list[np.ndarray],
    keeps: list[np.ndarray],
    *,
    ids_unique: bool = False,
) -> pd.DataFrame:
    """Join the audit parts to record ids and provenance (rows of records only).

    Text columns are categoricals over pyarrow strings: ``before``/``after``/``rule``
    hold codes into the distinct texts the cleaners produced, and ``record_id`` codes
    into the record ids, so millions of audit rows never become millions of strings.
    ``found``/``keeps``: each part's rows' positions in ``records`` and the mask of
    those kept (:func:`_kept_rows`). ``ids_unique``: the record ids are known to be
    distinct (not checked again).
    """
    take = np.concatenate(
        [np.zeros(0, dtype=np.int32), *(f[k] for f, k in zip(found, keeps, strict=True))]
    )
    # "column" as a category of the columns with audit rows left, codes built directly
    sizes = [int(k.sum()) for k in keeps]
    categories = sorted({p.column for p, n in zip(parts, sizes, strict=True) if n})
    code_dtype = np.int8 if len(categories) < np.iinfo(np.int8).max else np.int32
    codes = np.concatenate(
        [
            np.zeros(0, dtype=code_dtype),
            *(
                np.full(n, categories.index(p.column) if n else -1, dtype=code_dtype)
                for p, n in zip(parts, sizes, strict=True)
            ),
        ]
    )
    column = pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype=_ARROW_STR))
    # before/after/rule of a part often share one array of positions: select it once
    kept: dict[int, np.ndarray] = {}

    def rows_of(at: np.ndarray, keep: np.ndarray) -> np.ndarray:
        if id(at) not in kept:
            kept[id(at)] = at[keep]
        return kept[id(at)]

    names = ("before", "after", "rule")
    stacks = [
        functools.partial(
            _stack_categorical,
            [getattr(p, name) for p in parts],
            [rows_of(getattr(p, f"{name}_at"), keep) for p, keep in zip(parts, keeps, strict=True)],
        )
        for name in names
    ]
    # each stack hashes its distinct texts (~700,000 for before/after) and takes over
    # millions of rows, pyarrow and numpy work: two at a time
    texts = dict(zip(names, _in_threads(stacks), strict=True))
    del stacks
    kept.clear()
    file_codes, files = _factorize(records["source_file"], use_na_sentinel=True)
    file_codes = file_codes.astype(np.int8 if len(files) < np.iinfo(np.int8).max else np.int32)
    # source_row by numpy takes of its values and mask (a masked take costs ~10x more)
    rows = records["source_row"].astype("Int64").array
    row_mask = np.asarray(rows.isna(), dtype=bool)
    row_values = rows.to_numpy(dtype=np.int64, na_value=0)
    return pd.DataFrame(
        {
            "record_id": _as_categories(records["record_id"], take, unique=ids_unique),
            "source_file": pd.Categorical.from_codes(
                file_codes[take], categories=pd.Index(files, dtype=_ARROW_STR), validate=False
            ),
            "source_row": pd.arrays.IntegerArray(row_values[take], row_mask[take]),
            "column": column,
            **texts,
        },
        copy=False,
    )[list(AUDIT_COLUMNS)]


def _stack_categorical(
    values: list[pd.api.extensions.ExtensionArray], at: list[np.ndarray]
) -> pd.Categorical:
    """One categorical from parts' distinct texts and their rows' positions in them.

    ``values[i]`` are the texts of part ``i`` and ``at[i]`` the position of each of its
    rows among them (-1 = missing). Equal texts of different parts share one category.
    """
    if not values:
        return pd.Categorical.from_codes(
            np.zeros(0, dtype=np.int32), categories=pd.Index([], dtype=_ARROW_STR)
        )
    texts = pd.concat([pd.Series(v, dtype=_ARROW_STR) for v in values], ignore_index=True)
    codes, uniques = pd.factorize(texts, use_na_sentinel=True)
    stacked = np.empty(sum(len(rows) for rows in at), dtype=np.int32)
    start = offset = 0
    for v, rows in zip(values, at, strict=True):
        lookup = np.append(codes[offset : offset + len(v)], -1).astype(np.int32)
        # -1 takes the appended -1 (negative positions count from the end, as in Python);
        # written straight into `out`. mode="raise" checks bounds only: "wrap" takes a
        # modulo per element, ten times slower over millions of rows
        np.take(lookup, rows, out=stacked[start : start + len(rows)], mode="raise")
        start += len(rows)
        offset += len(v)
    # factorize's uniques are distinct: pandas' check of that would hash them all again
    dtype = _distinct_categories(pd.Index(uniques, dtype=_ARROW_STR))
    return pd.Categorical.from_codes(stacked, dtype=dtype, validate=False)


def _as_categories(
    ids: pd.Series, take: np.ndarray, *, unique: bool = False
) -> pd.Categorical | pd.api.extensions.ExtensionArray:
    """``ids`` at ``take`` as a categorical over the ids (text when ids repeat).

    ``unique``: the ids are known to be distinct, so the categories are not checked
    (over a million ids the check is the costliest part).
    """
    categories = pd.Index(ids.array, dtype=_ARROW_STR)
    if categories.hasnans or not (unique or categories.is_unique):  # pragma: no cover
        return pd.array(ids.array.take(take), dtype=_ARROW_STR)
    dtype = _distinct_categories(categories)  # checked above or known
    return pd.Categorical.from_codes(take, dtype=dtype, validate=False)  # rows of ids


def _distinct_categories(categories: pd.Index) -> pd.CategoricalDtype:
    """Return the unordered dtype over ``categories``, known to be distinct.

    The dtype pandas would build, without its check that the categories are distinct
    (over a million texts the check hashes them all again). ``_from_fastpath`` is
    private pandas API: if a release drops it, the public constructor gives the same
    dtype, only slower.
    """
    fastpath = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    if fastpath is not None:
        return fastpath(categories, ordered=False)  # type: ignore[no-any-return]
    return pd.CategoricalDtype(categories, ordered=False)  # pragma: no cover - pandas release


@contextmanager
def _progress(show: bool, *, total: int) -> Iterator[Callable[[str], None]]:
    if not show:
        yield lambda _name: None
        return
    from tqdm.auto import tqdm

    with tqdm(total=total, desc="cleaning", unit="step") as bar:

        def tick(name: str) -> None:
            bar.set_postfix_str(name)
            bar.update(1)

        yield tick


def quality_summary(result: CleanResult) -> pd.DataFrame:
    """Per source and column: rows, filled, changed, unknown and quarantined counts.

    Parameters
    ----------
    result : CleanResult
        Output of :func:`clean_records`.

    Returns
    -------
    DataFrame
        One row per (source, column) with ``rows`` (input rows of the source),
        ``filled`` (clean values present), ``changed`` (values cleaning changed),
        ``unknown`` (missing or ``"unknown"``), ``quarantined`` (rows of the source set
        aside, on the row ``column == "(row)"``) and ``filled_pct``.

    Examples
    --------
    >>> raw = pd.DataFrame({"event_date": ["2023-05-17", ""], "n_persons": ["1 200", "3"]})
    >>> s = quality_summary(clean_records(raw, today="2026-01-01"))
    >>> s.loc[s.column.isin(["(row)", "n_persons"]),
    ...       ["column", "rows", "filled", "changed", "quarantined"]]
          column  rows  filled  changed  quarantined
    0      (row)     2       1        0            1
    5  n_persons     2       1        1            0
    """
    rec, quar = result.records, result.quarantine
    cols = [c for c in RECORD_DTYPES if c not in ("record_id", "source", "source_ref")]
    src_rec = rec["source"].astype("string")
    rows = src_rec.value_counts().add(
        quar["source"].astype("string").value_counts() if len(quar) else 0, fill_value=0
    )
    changed = result._changed_by_source()  # counted without building the audit
    out = []
    for source in sorted(rows.index):
        sel = rec.loc[src_rec.eq(source).fillna(False).to_numpy()]
        n_q = int((quar["source"].astype("string") == source).sum()) if len(quar) else 0
        out.append(
            {
                "source": source,
                "column": "(row)",
                "rows": int(rows[source]),
                "filled": len(sel),
                "changed": 0,
                "unknown": 0,
                "quarantined": n_q,
            }
        )
        for col in cols:
            s = sel[col]
            missing = s.isna()
            if isinstance(s.dtype, pd.CategoricalDtype):
                missing |= s.astype("string").eq(UNKNOWN).fillna(False)
            out.append(
                {
                    "source": source,
                    "column": col,
                    "rows": int(rows[source]),
                    "filled": int((~missing).sum()),
                    "changed": int(changed.get((source, col), 0)),
                    "unknown": int(missing.sum()),
                    "quarantined": 0,
                }
            )
    summary = pd.DataFrame(
        out, columns=["source", "column", "rows", "filled", "changed", "unknown", "quarantined"]
    )
    denom = summary["rows"].where(summary["rows"] > 0)
    summary["filled_pct"] = (100 * summary["filled"] / denom).round(1)
    return summary
