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
6. coordinates (:mod:`~trendlib.clean.geo`);
7. rows that cannot be records -> quarantine with a reason code;
8. record ids, re-submissions and cross-source duplicates (:mod:`~trendlib.clean.dedupe`).

Every input row ends in ``records`` or ``quarantine``; every value that
changed is in ``audit`` with the rule that changed it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from trendlib.clean import _unique, countries, dates, dedupe, geo, numbers, vocab
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


@dataclass(frozen=True)
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
        ``column``, ``before``, ``after``, ``rule``.
    """

    records: pd.DataFrame
    quarantine: pd.DataFrame
    audit: pd.DataFrame

    def summary(self) -> pd.DataFrame:
        """Return the data-quality summary (see :func:`quality_summary`)."""
        return quality_summary(self)


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
    frame = _prepare(raw)
    frame, by_values = _recognise(frame)
    # Short codes read by the file's language: "NC" is non communiqué in a French file and
    # New Caledonia in an English one; "M" is mujer in a Spanish H/M column.
    coded: dict[str, tuple[np.ndarray, pd.Index]] = {}  # columns factorized once
    langs = _file_languages(frame, coded)
    now = pd.Timestamp.now(tz="UTC").tz_localize(None) if today is None else pd.Timestamp(today)
    audit_parts: list[_AuditPart] = []
    out: dict[str, pd.Series] = {}

    steps: list[tuple[str, Callable[[], None]]] = []

    # --- 2. dates ------------------------------------------------------------
    def step_dates() -> None:
        raw_dates = frame["event_date"]
        values = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
        precision = pd.Series(pd.NA, index=frame.index, dtype="object")
        rule = pd.Series(pd.NA, index=frame.index, dtype="string")
        invalid = pd.Series(False, index=frame.index)
        groups = frame.groupby("source_file", sort=False, dropna=False).indices
        for group_rows in groups.values():
            pos = np.asarray(group_rows, dtype=np.intp)
            whole = len(groups) == 1  # one file: no row selection, no copies
            chunk = raw_dates if whole else raw_dates.iloc[pos]
            order = dayfirst if dayfirst is not None else dates.infer_dayfirst(chunk)
            parsed = dates.parse_dates(chunk, dayfirst=True if order is None else order, today=now)
            if whole:
                values = pd.Series(
                    parsed.values.astype("datetime64[ns]").to_numpy(), index=frame.index
                )
                precision = pd.Series(parsed.precision.array, index=frame.index)
                rule = pd.Series(parsed.rule.array, index=frame.index).astype("string")
                invalid = pd.Series(parsed.invalid.to_numpy(dtype=bool), index=frame.index)
                continue
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
        audit_parts.append(_audit_coded("event_date", raw_dates, (date_codes, iso), rule))

    # --- 3. counts -----------------------------------------------------------
    def step_counts() -> None:
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
            pu, raw_u, codes = _parse_unique(frame[col], numbers.parse_count, coded=coded.get(col))
            values_u = pu.values.astype("Int64")
            out[col] = _expand(values_u, codes, frame.index)
            out[f"_{col}_rule"] = _expand(pu.rule.where(pu.invalid), codes, frame.index)
            if col == "n_persons":
                is_cens = _expand(pu.rule.eq("count.censored").fillna(False), codes, frame.index)
                censored = censored.where(~is_cens | censored.notna(), frame[col].astype("string"))
            audit_parts.append(_audit_unique(col, raw_u, values_u, pu.rule, codes))
        out["censored"] = censored.str.strip()

    # --- 4. countries --------------------------------------------------------
    def step_countries() -> None:
        for col in COUNTRY_COLUMNS:
            if col not in frame:
                out[col] = pd.Series(pd.NA, index=frame.index, dtype="string")
                continue
            pu, raw_u, codes = _parse_by_language(frame[col], langs, coded=coded.get(col))
            values_u = pu.values.astype("string")
            out[col] = _expand(values_u, codes, frame.index)
            audit_parts.append(_audit_unique(col, raw_u, values_u, pu.rule, codes))
        if "transit_countries" in frame:
            pu, raw_u, codes = _parse_by_language(
                frame["transit_countries"],
                langs,
                countries.parse_country_list,
                coded=coded.get("transit_countries"),
            )
            values_u = pu.values.astype("string")
            out["transit_countries"] = _expand(values_u, codes, frame.index)
            audit_parts.append(_audit_unique("transit_countries", raw_u, values_u, pu.rule, codes))
        else:
            out["transit_countries"] = pd.Series(pd.NA, index=frame.index, dtype="string")

    # --- 5. vocabularies -----------------------------------------------------
    def step_vocab() -> None:
        for field, words in VOCABULARIES.items():
            if field not in frame:
                out[field] = pd.Series(
                    pd.Categorical([UNKNOWN] * len(frame), categories=list(words)),
                    index=frame.index,
                )
                continue
            # "M": mujer in a Spanish H/M column, male elsewhere
            parse = functools.partial(vocab.parse_vocab, field=field)
            pu, raw_u, codes = _parse_by_language(
                frame[field], langs, parse, coded=coded.get(field)
            )
            values_u = pu.values.astype(pd.CategoricalDtype(list(words)))
            out[field] = _expand(values_u, codes, frame.index)
            audit_parts.append(
                _audit_unique(field, raw_u, values_u.astype("string"), pu.rule, codes)
            )
        # exploitation applies to trafficking only (DESIGN.md §3): NA for pure smuggling
        smuggling = out["crime_type"].eq("smuggling").fillna(False)
        exploitation = out["exploitation"].copy()
        exploitation[smuggling.to_numpy()] = np.nan
        out["exploitation"] = exploitation
        if "linked_offences" in frame:
            pu, raw_u, codes = _parse_unique(
                frame["linked_offences"],
                vocab.parse_linked_offences,
                coded=coded.get("linked_offences"),
            )
            offences_u = pu.values.astype("string")
            out["linked_offences"] = _expand(offences_u, codes, frame.index)
            audit_parts.append(_audit_unique("linked_offences", raw_u, offences_u, pu.rule, codes))
        else:
            out["linked_offences"] = pd.Series(pd.NA, index=frame.index, dtype="string")

    # --- 6. coordinates ------------------------------------------------------
    def step_coords() -> None:
        lat_txt = frame["lat"] if "lat" in frame else None
        lon_txt = frame["lon"] if "lon" in frame else None
        if "coordinates" in frame:
            c_lat, c_lon = geo.split_coordinates(frame["coordinates"])
            lat_txt = c_lat if lat_txt is None else lat_txt.fillna(c_lat)
            lon_txt = c_lon if lon_txt is None else lon_txt.fillna(c_lon)
        if lat_txt is None or lon_txt is None:
            out["lat"] = pd.Series(np.nan, index=frame.index, dtype="float64")
            out["lon"] = pd.Series(np.nan, index=frame.index, dtype="float64")
            return
        lat_u, _, lat_codes = _parse_unique(lat_txt, numbers.parse_number)
        lon_u, _, lon_codes = _parse_unique(lon_txt, numbers.parse_number)
        lat_v = _expand(lat_u.values, lat_codes, frame.index)
        lon_v = _expand(lon_u.values, lon_codes, frame.index)
        fixed = geo.fix_coordinates(lat_v, lon_v)
        out["lat"] = fixed.lat.astype("float64")
        out["lon"] = fixed.lon.astype("float64")
        for col, txt, parsed_num, codes in (
            ("lat", lat_txt, lat_u, lat_codes),
            ("lon", lon_txt, lon_u, lon_codes),
        ):
            # a number written differently ("36,52" vs 36.52) is a change; "36.520" is not:
            # only rows whose number changed, or was not read, are compared as text
            number = (lat_v if col == "lat" else lon_v).astype("float64")
            same_number = number.eq(out[col]).fillna(False)
            pos = np.flatnonzero(~same_number.to_numpy(dtype=bool) & txt.notna().to_numpy())
            read_rule = pd.Series(parsed_num.rule.array.take(codes[pos]), index=frame.index[pos])
            rule = fixed.rule.iloc[pos].fillna(read_rule)
            after = out[col].iloc[pos].round(6).astype("string")  # 36.52, not 36.520000
            before = txt.iloc[pos].astype("string")
            audit_parts.append(_audit_rows(pos, col, before, after, rule, skip_na=True))

    steps = [
        ("dates", step_dates),
        ("counts", step_counts),
        ("countries", step_countries),
        ("vocabularies", step_vocab),
        ("coordinates", step_coords),
    ]
    with _progress(progress, total=len(steps) + 2) as tick:
        for name, fn in steps:
            fn()
            tick(name)

        # --- 7. quarantine ---------------------------------------------------
        reason = _quarantine_reasons(frame, out)
        tick("quarantine")

        # --- 8. records, ids and duplicates ---------------------------------
        keep = reason.isna().to_numpy()
        records = _assemble(frame, out).loc[keep]
        out.clear()  # the row-level intermediates; records hold their own rows
        records = _assign_ids(records)
        if len(records):
            cross = dedupe.mark_duplicates(records, window_days=dedupe_window_days)
            records["is_duplicate_of"] = records["is_duplicate_of"].fillna(cross)
        tick("duplicates")

    quarantine = frame.loc[~keep].copy()
    quarantine.insert(0, "reason", reason[~keep].astype("string"))
    quarantine.insert(1, "detail", quarantine["reason"].map(QUARANTINE_REASONS).astype("string"))
    quarantine = quarantine.drop(columns=[c for c in quarantine if str(c).startswith("_")])

    audit = _finish_audit(audit_parts, records)
    if by_values:
        records.attrs["trendlib"] = {"recognised_by_values": by_values}
    return CleanResult(records=records, quarantine=quarantine, audit=audit)


# ----------------------------------------------------------------------------- helpers


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


def _value_shares(values: pd.Series, fields: list[str]) -> dict[str, float]:
    """Share of the filled cells of ``values`` that read as each of ``fields``."""
    text = values.astype("string").str.strip()
    counts = text[text.ne("").fillna(False)].value_counts()
    if counts.sum() < 5 or len(counts) > max(_BY_VALUES_MAX_DISTINCT, 0.2 * counts.sum()):
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
    guessed: their values do not tell which one they are.

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
    if not missing or not candidates:
        return {}
    found: list[tuple[float, str, str]] = []
    for col in candidates:
        shares = _value_shares(frame[col], missing)
        ranked = sorted(shares.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked or ranked[0][1] < _BY_VALUES_SHARE:
            continue
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 0.1:
            continue  # reads as two fields alike ("mixte": gender or age group)
        found.append((ranked[0][1], col, ranked[0][0]))
    out: dict[str, str] = {}
    for _, col, field in sorted(found, key=lambda t: (-t[0], str(t[1]))):
        if field not in out.values():
            out[col] = field
    return out


def _recognise(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, dict[str, str]]]:
    """Apply :func:`recognise_by_values` file by file (columns empty in a file are absent).

    The values of a recognised column are copied into the canonical column for that
    file's rows; the original column stays, as read.
    """
    found: dict[str, dict[str, str]] = {}
    out = frame
    groups = frame.groupby("source_file", sort=False, dropna=False).groups
    for file, idx in groups.items():
        rows = frame if len(groups) == 1 else frame.loc[idx]  # one file: no copy
        filled = [c for c in rows.columns if rows[c].notna().any()]
        mapping = recognise_by_values(rows[filled])
        if not mapping:
            continue
        if out is frame:
            out = frame.copy(deep=False)  # copy-on-write: `frame` keeps its columns
        for col, field in mapping.items():
            if field not in out:
                out[field] = pd.Series(pd.NA, index=out.index, dtype="object")
            out.loc[idx, field] = rows[col].astype("object")
        found[str(file)] = mapping
    return out, found


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
    frame: pd.DataFrame, coded: dict[str, tuple[np.ndarray, pd.Index]] | None = None
) -> pd.Series:
    """Language of each row's file, guessed from its original headers and its words.

    Headers come from ``attrs["trendlib"]["files"]`` (written by ``read_records``);
    the words are the distinct values of the vocabulary and country columns of the
    file's rows. NA where nothing tells (a frame built by hand, codes only).
    """
    headers: dict[str, list[str]] = {}
    for info in frame.attrs.get("trendlib", {}).get("files", []):
        names = [*info.get("header_map", {}), *info.get("unmapped", [])]
        headers[str(info.get("path"))] = [str(h) for h in names]
    files = frame["source_file"].astype("string").fillna("<frame>")
    # Distinct (file, value) pairs of the wordy columns, from integer codes per column.
    file_codes, file_names = pd.factorize(files)
    by_file: dict[str, list[object]] = {str(f): [] for f in file_names}
    for col in _WORDY:
        if col not in frame:
            continue
        codes, uniques = pd.factorize(frame[col], use_na_sentinel=True)
        if coded is not None:
            coded[col] = (codes, uniques)
        filled = codes >= 0
        pairs = np.unique(file_codes[filled].astype(np.int64) * (len(uniques) + 1) + codes[filled])
        values = np.asarray(uniques, dtype=object)
        for f, value in zip(pairs // (len(uniques) + 1), pairs % (len(uniques) + 1), strict=True):
            by_file[str(file_names[f])].append(values[value])
    lang_of: dict[str, str | None] = {}
    for file in files.unique():
        texts = [*headers.get(str(file), []), *map(str, by_file.get(file, []))]
        lang_of[str(file)] = _unique.guess_language(texts)
    return files.map(lang_of).astype("object")


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


def _expand(values: pd.Series, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """Row values from the values of the distinct inputs and each row's code."""
    return pd.Series(values.array.take(codes), index=index, name=values.name)


def _parse_by_language(
    raw: pd.Series,
    langs: pd.Series,
    parse: Callable[..., Parsed] = countries.parse_country,
    *,
    coded: tuple[np.ndarray, pd.Index] | None = None,
) -> tuple[Parsed, pd.Series, np.ndarray]:
    """``parse`` (a cleaner taking ``lang=``) on the distinct values of each file language.

    As :func:`_parse_unique`; with several languages the distinct values of each are
    parsed apart and stacked, and the codes point into the stack.
    """
    groups = langs.fillna("").groupby(langs.fillna(""), sort=True).indices
    if len(groups) <= 1:
        lang = str(langs.iloc[0]) if len(langs) and pd.notna(langs.iloc[0]) else None
        return _parse_unique(raw, parse, coded=coded, lang=lang)
    codes = np.empty(len(raw), dtype=np.intp)
    parts, texts, offset = [], [], 0
    for group_lang, pos in groups.items():
        part, text, part_codes = _parse_unique(raw.iloc[pos], parse, lang=str(group_lang) or None)
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


def _audit_coded(
    column: str,
    before: pd.Series,
    after: tuple[np.ndarray, pd.Series],
    rule: pd.Series,
) -> _AuditPart:
    """:func:`_audit_rows` for columns of few distinct values, compared by codes.

    ``after`` is (codes per row, text of the distinct clean values; -1 = missing).
    """
    after_codes, a = after
    before_codes, before_uniques = pd.factorize(before, use_na_sentinel=True)
    b = pd.Series(before_uniques, dtype="object").astype("string").str.strip()
    b = b.where(b.ne(""))
    # the same id for equal stripped texts, and each clean text's id among them
    b_id, b_keys = pd.factorize(b, use_na_sentinel=True)
    a_id = pd.Index(b_keys).get_indexer(a.astype("string"))
    a_id[a.isna().to_numpy(dtype=bool)] = -1
    rows_b = np.append(b_id, -1)[before_codes]
    rows_a = np.append(a_id, -1)[after_codes]
    pos = np.flatnonzero((rows_b >= 0) & (rows_a != rows_b))
    return _AuditPart(
        column=column,
        pos=_compact(pos),
        before=b.astype(_ARROW_STR).array,
        before_at=_compact(before_codes[pos]),
        after=a.astype(_ARROW_STR).array,
        after_at=_compact(after_codes[pos]),
        rule=rule.iloc[pos].fillna(f"{column}.normalised").astype(_ARROW_STR).array,
        rule_at=np.arange(len(pos), dtype=np.int32),
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
    # pyarrow-backed strings keep millions of audit rows compact (no Python objects)
    return _AuditPart(
        column=column,
        pos=_compact(rows[idx]),
        before=b[idx].astype(_ARROW_STR).array,
        before_at=at,
        after=a[idx].astype(_ARROW_STR).array,
        after_at=at,
        rule=rule[idx].fillna(f"{column}.normalised").astype(_ARROW_STR).array,
        rule_at=at,
    )


def _quarantine_reasons(frame: pd.DataFrame, out: dict[str, pd.Series]) -> pd.Series:
    """Return the first reason each row cannot be a record (NA for records)."""
    content_cols = [c for c in frame.columns if c not in _NOT_CONTENT]
    texts: dict[str, np.ndarray] = {}  # each column's non-blank flags, computed once
    filled = pd.Series(_any_text(frame, content_cols, texts), index=frame.index)
    has_date_text = pd.Series(_any_text(frame, ["event_date"], texts), index=frame.index)
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
            cols[col] = pd.Series(pd.NA, index=frame.index).astype(dtype)  # type: ignore[call-overload]
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


def _assign_ids(records: pd.DataFrame) -> pd.DataFrame:
    """Stable ``record_id`` = hash of (source, source_ref); repeats get a suffix.

    pandas' ``hash_pandas_object`` is vectorised and uses a fixed key, so ids are the
    same on every run and machine.
    """
    records = records.copy(deep=False)  # copy-on-write: new columns only
    if records.empty:
        return records
    key = records[["source", "source_ref"]].astype("string").fillna("")
    occurrence = key.groupby(["source", "source_ref"], sort=False).cumcount()
    if occurrence.gt(0).any():
        nth = occurrence.astype("string").where(occurrence.gt(0), "")
    else:  # no repeated reference: no suffix, and no million numbers written as text
        nth = pd.Series("", index=occurrence.index, dtype="string")
    hashed = pd.util.hash_pandas_object(key.assign(n=nth), index=False).to_numpy(np.uint64)
    records["record_id"] = pd.array(_hex_ids(hashed), dtype="string")
    skip = {"record_id", "source_ref", "is_duplicate_of"}
    content = [c for c in RECORD_DTYPES if c not in skip and c in records]
    records["is_duplicate_of"] = dedupe.mark_resubmissions(records, content=content)
    return records


def _hex_ids(hashed: np.ndarray) -> np.ndarray:
    """``"R" + 16 hex digits`` for each uint64, vectorised (no per-row formatting)."""
    shifts = np.arange(60, -1, -4, dtype=np.uint64)
    nibbles = ((hashed[:, None] >> shifts) & np.uint64(0xF)).astype(np.uint8)
    chars = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)[nibbles]
    text = np.concatenate([np.full((len(hashed), 1), ord("R"), np.uint8), chars], axis=1)
    return text.view("S17").ravel().astype(str)


def _finish_audit(parts: list[_AuditPart], records: pd.DataFrame) -> pd.DataFrame:
    """Join the audit parts to record ids and provenance (rows of records only)."""
    parts = [p for p in parts if len(p.pos)]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=_ARROW_STR) for c in AUDIT_COLUMNS})
    # position in the raw frame -> position in `records` (-1 for quarantined rows)
    last = int(records.index.max()) if len(records) else 0
    top = max(int(p.pos.max()) for p in parts)
    where = np.full(max(top, last) + 1, -1, dtype=np.int64)
    where[records.index.to_numpy()] = np.arange(len(records))
    where = _compact(where)
    found = [where[p.pos] for p in parts]
    keeps = [f >= 0 for f in found]
    take = np.concatenate([f[k] for f, k in zip(found, keeps, strict=True)])
    del found
    # "column" as a category of the columns with audit rows left, codes built directly
    sizes = [int(k.sum()) for k in keeps]
    categories = sorted({p.column for p, n in zip(parts, sizes, strict=True) if n})
    code_dtype = np.int8 if len(categories) < np.iinfo(np.int8).max else np.int32
    codes = np.concatenate(
        [
            np.full(n, categories.index(p.column) if n else -1, dtype=code_dtype)
            for p, n in zip(parts, sizes, strict=True)
        ]
    )
    column = pd.Categorical.from_codes(codes, categories=pd.Index(categories))
    before: list[pd.Series] = []
    after: list[pd.Series] = []
    rule: list[pd.Series] = []
    parts.reverse()
    keeps.reverse()
    while parts:  # each part is freed once its rows are strings
        p, keep = parts.pop(), keeps.pop()
        before.append(pd.Series(p.before.take(p.before_at[keep], allow_fill=True)))
        after.append(pd.Series(p.after.take(p.after_at[keep], allow_fill=True)))
        rule.append(pd.Series(p.rule.take(p.rule_at[keep], allow_fill=True)))

    def joined(chunks: list[pd.Series]) -> pd.api.extensions.ExtensionArray:
        return pd.concat(chunks, ignore_index=True).array

    return pd.DataFrame(
        {
            "record_id": pd.array(records["record_id"].array.take(take), dtype=_ARROW_STR),
            "source_file": pd.array(records["source_file"].array.take(take), dtype=_ARROW_STR),
            "source_row": pd.array(records["source_row"].array.take(take), dtype="Int64"),
            "column": column,
            "before": joined(before),
            "after": joined(after),
            "rule": joined(rule),
        },
        copy=False,
    )[list(AUDIT_COLUMNS)]


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
    rec, quar, audit = result.records, result.quarantine, result.audit
    cols = [c for c in RECORD_DTYPES if c not in ("record_id", "source", "source_ref")]
    src_rec = rec["source"].astype("string")
    rows = src_rec.value_counts().add(
        quar["source"].astype("string").value_counts() if len(quar) else 0, fill_value=0
    )
    changed = (
        audit.merge(rec[["record_id", "source"]], on="record_id", how="inner")
        .groupby(["source", "column"], observed=True)
        .size()
    )
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
