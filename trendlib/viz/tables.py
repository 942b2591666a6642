"""Display tables for reports: select records, count them by a dimension, compare periods.

Frames in, frames out: every function takes a record frame (DESIGN.md §3) and
returns a new count or display table; nothing is modified, drawn or written.
The strategic template passes the count tables through
:func:`trendlib.privacy.suppress_counts` before anything is shown.

Examples
--------
>>> import pandas as pd
>>> from trendlib.viz import tables
>>> rec = tables.example_records()
>>> tables.count_by(rec, "crime_type", measure="records").to_dict()
{'smuggling': 3.0, 'trafficking': 3.0}
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd

from trendlib.errors import ParameterError
from trendlib.schema import COUNTRY_COLUMNS, IDENTIFIER_COLUMNS, empty_records

__all__ = [
    "DIMENSION_LABELS",
    "compare_periods",
    "count_by",
    "count_over_time",
    "country_names",
    "example_records",
    "explode_offences",
    "label_countries",
    "period_bounds",
    "publish_emerging",
    "publish_forecast",
    "records_table",
    "region_names",
    "region_of",
    "route_labels",
    "select_records",
    "suppress_series",
    "top_n",
]

#: Readable labels of record-frame columns and derived dimensions.
DIMENSION_LABELS: dict[str, str] = {
    "crime_type": "Crime type",
    "exploitation": "Form of exploitation",
    "nationality": "Nationality",
    "detection_country": "Country of detection",
    "origin_country": "Country of origin",
    "destination_country": "Country of destination",
    "region": "Region of detection",
    "route": "Route",
    "transport_mode": "Transport mode",
    "linked_offence": "Linked offence",
    "gender": "Gender",
    "age_group": "Age group",
    "source": "Source",
}

_FREQ_ALIASES = {"month": "MS", "quarter": "QS", "year": "YS", "week": "W-MON", "day": "D"}


def example_records() -> pd.DataFrame:
    """Return six hand-made records in the record-frame format (for examples and tests).

    Examples
    --------
    >>> example_records().shape[0]
    6
    """
    frame = empty_records()
    rows = pd.DataFrame(
        {
            "record_id": [f"r{i}" for i in range(6)],
            "source": ["ITA-police"] * 3 + ["ESP-guardia"] * 3,
            "source_ref": [str(i) for i in range(6)],
            "event_date": pd.to_datetime(
                ["2023-01-15", "2023-06-02", "2024-02-10", "2024-03-01", "2024-03-20", "2024-05-05"]
            ),
            "date_precision": ["day"] * 6,
            "crime_type": [
                "trafficking",
                "trafficking",
                "smuggling",
                "smuggling",
                "trafficking",
                "smuggling",
            ],
            "exploitation": ["sexual", "forced_labour", None, None, "sexual", None],
            "n_persons": [3, 12, 40, 25, 2, 60],
            "n_suspects": [1, 2, None, 3, 1, 4],
            "gender": ["female", "mixed", "male", "mixed", "female", "unknown"],
            "age_group": ["adult", "adult", "adult", "mixed", "child", "unknown"],
            "nationality": ["NGA", "NGA", "GMB", "SYR", "NGA", "GMB"],
            "origin_country": ["NGA", "NGA", "GMB", "SYR", "NGA", "SEN"],
            "destination_country": ["ITA", "ITA", "ESP", "DEU", "ITA", "ESP"],
            "detection_country": ["ITA", "ITA", "ESP", "GRC", "ITA", "ESP"],
            "transit_countries": ["NER|LBY", "NER|LBY", "MAR", "TUR", "NER|LBY", None],
            "transport_mode": ["sea", "sea", "sea", "land", "sea", "sea"],
            "linked_offences": [
                "document_fraud",
                None,
                "document_fraud|corruption",
                None,
                None,
                None,
            ],
        }
    )
    out = pd.concat([frame, rows], ignore_index=True)
    return out.astype({c: frame[c].dtype for c in frame.columns})


# -- names ---------------------------------------------------------------------------------
def country_names(codes: pd.Series, *, with_code: bool = True) -> pd.Series:
    """Map ISO alpha-3 codes to English names (``"Nigeria (NGA)"``); unknown codes are kept.

    Parameters
    ----------
    codes : Series of str
        ISO 3166-1 alpha-3 codes; missing values become ``"unknown"``.
    with_code : bool, default=True
        Append the code in brackets.

    Returns
    -------
    Series of str

    Examples
    --------
    >>> country_names(pd.Series(["NGA", None])).tolist()
    ['Nigeria (NGA)', 'unknown']
    """
    import pycountry

    def name(code: str) -> str:
        country = pycountry.countries.get(alpha_3=code)
        label = getattr(country, "common_name", None) or getattr(country, "name", None)
        if label is None:
            return code
        return f"{label} ({code})" if with_code else str(label)

    filled = codes.astype("string").fillna("unknown")
    uniques = filled.unique()
    mapping = {u: (u if u == "unknown" else name(str(u))) for u in uniques}
    return filled.map(mapping).astype(object)


def label_countries(table: pd.DataFrame | pd.Series) -> pd.DataFrame | pd.Series:
    """Return a copy of ``table`` whose ISO alpha-3 row labels read ``"Nigeria (NGA)"``.

    Examples
    --------
    >>> label_countries(pd.Series({"NGA": 3.0, "other": 1.0})).index.tolist()
    ['Nigeria (NGA)', 'other']
    """
    out = table.copy()
    labels = pd.Series(out.index.astype(str), index=out.index)
    is_code = labels.str.fullmatch(r"[A-Z]{3}")
    named = country_names(labels[is_code])
    out.index = pd.Index(labels.where(~is_code, named).tolist(), name=table.index.name)
    return out


def _regions_module() -> Any:
    try:
        from trendlib.clean import regions
    except ImportError:  # pragma: no cover - the region table ships with trendlib
        return None
    return regions


def region_names() -> tuple[str, ...] | None:
    """Return every UN M49 region, sub-region and intermediate-region name (None if absent).

    Examples
    --------
    >>> "Southern Europe" in region_names()
    True
    """
    module = _regions_module()
    return None if module is None else tuple(module.REGIONS)


def _region_frame(codes: pd.Series) -> pd.DataFrame | None:
    module = _regions_module()
    return None if module is None else module.country_region(codes.astype("string"))


def region_of(codes: pd.Series, *, level: str = "subregion") -> pd.Series | None:
    """Map country codes to their UN M49 region name; None if no region table is installed.

    Parameters
    ----------
    codes : Series of str
        ISO alpha-3 codes.
    level : {"region", "subregion", "intermediate_region"}, default="subregion"
        Which M49 level; an intermediate region falls back to the sub-region.

    Returns
    -------
    Series of str or None
        ``"unknown"`` for codes without a region.

    Examples
    --------
    >>> region_of(pd.Series(["ITA", "NGA", None])).tolist()
    ['Southern Europe', 'Sub-Saharan Africa', 'unknown']
    """
    frame = _region_frame(codes)
    if frame is None:
        return None
    names = frame[level]
    if level == "intermediate_region":
        names = names.fillna(frame["subregion"])
    return names.fillna("unknown").astype(object)


# -- selection -----------------------------------------------------------------------------
def _as_timestamp(value: date | str | None) -> pd.Timestamp | None:
    return None if value is None else pd.Timestamp(value)


def select_records(
    records: pd.DataFrame,
    *,
    period_start: date | str | None = None,
    period_end: date | str | None = None,
    region: str | None = None,
    countries: Iterable[str] = (),
    match: str = "detection",
    crime_type: str | None = None,
) -> pd.DataFrame:
    """Keep the records of a period, place and crime type.

    Parameters
    ----------
    records : DataFrame
        A record frame. Not modified.
    period_start, period_end : date or str, optional
        Inclusive bounds on ``event_date``.
    region : str, optional
        A region name of ``trendlib.clean.regions``.
    countries : iterable of str, default=()
        ISO alpha-3 codes.
    match : {"detection", "any"}, default="detection"
        Locate a record by its detection country, or by any country column and transit.
    crime_type : {"trafficking", "smuggling", "both"}, optional
        ``both`` records count for trafficking and for smuggling.

    Returns
    -------
    DataFrame
        The matching rows, same columns.

    Raises
    ------
    ParameterError
        If a region is asked for and no region table is installed, or ``match`` is invalid.

    Examples
    --------
    >>> rec = example_records()
    >>> len(select_records(rec, period_start="2024-01-01", countries=["ESP"]))
    2
    >>> len(select_records(rec, crime_type="trafficking", countries=["LBY"], match="any"))
    3
    """
    if match not in ("detection", "any"):
        raise ParameterError(f"match must be 'detection' or 'any', got {match!r}.")
    keep = pd.Series(True, index=records.index)
    start, end = _as_timestamp(period_start), _as_timestamp(period_end)
    if start is not None:
        keep &= records["event_date"] >= start
    if end is not None:
        keep &= records["event_date"] < end + pd.Timedelta(days=1)
    if crime_type is not None:
        kinds = {crime_type, "both"} if crime_type in ("trafficking", "smuggling") else {crime_type}
        keep &= records["crime_type"].astype(object).isin(kinds)
    wanted: set[str] = {c.upper() for c in countries}
    region_hit: pd.Series | None = None
    if region is not None:
        if _regions_module() is None:
            raise ParameterError(
                f"region {region!r} asked for, but no region table is installed "
                "(trendlib.clean.regions); filter by countries=... instead."
            )
        key = region.strip().lower()
        region_hit = pd.Series(False, index=records.index)
        located_by = ["detection_country"] if match == "detection" else list(COUNTRY_COLUMNS)
        for country_col in located_by:
            frame = _region_frame(records[country_col])
            assert frame is not None
            for col in frame.columns:
                region_hit |= (frame[col].str.lower() == key).fillna(False).astype(bool)
        keep &= region_hit
    if wanted:
        cols = ["detection_country"] if match == "detection" else list(COUNTRY_COLUMNS)
        hit = pd.Series(False, index=records.index)
        for col in cols:
            hit |= records[col].astype("string").isin(wanted).fillna(False).astype(bool)
        if match == "any" and "transit_countries" in records:
            transit = records["transit_countries"].astype("string").fillna("")
            pattern = r"(?:^|\|)(?:" + "|".join(sorted(wanted)) + r")(?:\||$)"
            hit |= transit.str.contains(pattern, regex=True).astype(bool)
        keep &= hit
    return records.loc[keep.to_numpy()].copy()


# -- derived dimensions --------------------------------------------------------------------
def route_labels(records: pd.DataFrame) -> pd.Series:
    """Name each record's route: the source's own ``route_label`` or ``"NGA → ITA (sea)"``.

    Examples
    --------
    >>> route_labels(example_records()).iloc[0]
    'NGA → ITA (sea)'
    """
    origin = records["origin_country"].astype("string").fillna("?")
    dest = (
        records["destination_country"]
        .astype("string")
        .fillna(records["detection_country"].astype("string"))
        .fillna("?")
    )
    mode = records["transport_mode"].astype("string").fillna("unknown")
    built = (origin + " → " + dest + " (" + mode + ")").astype(object)
    built = built.where(~((origin == "?") & (dest == "?")), "unknown")
    if "route_label" in records:
        own = records["route_label"].astype("string")
        return own.where(own.notna() & (own.str.strip() != ""), built).astype(object)
    return built


def explode_offences(records: pd.DataFrame) -> pd.DataFrame:
    """One row per (record, linked offence), in column ``linked_offence``.

    Examples
    --------
    >>> explode_offences(example_records())["linked_offence"].value_counts().to_dict()
    {'document_fraud': 2, 'corruption': 1}
    """
    offences = records["linked_offences"].astype("string").str.split("|")
    out = records.assign(linked_offence=offences.astype(object)).explode("linked_offence")
    out = out[out["linked_offence"].notna() & (out["linked_offence"].astype(str) != "")]
    return out


def _dimension(records: pd.DataFrame, by: str) -> tuple[pd.DataFrame, pd.Series]:
    """Return (rows, labels) for a column or derived dimension."""
    if by == "route":
        return records, route_labels(records)
    if by == "region":
        regions = region_of(records["detection_country"])
        if regions is None:
            raise ParameterError("no region table is installed (trendlib.clean.regions).")
        return records, regions
    if by in ("year", "quarter", "month"):
        fmt = {"year": "%Y", "month": "%Y-%m"}.get(by)
        dates = records["event_date"]
        if fmt is None:
            labels = dates.dt.year.astype(str) + "-Q" + dates.dt.quarter.astype(str)
        else:
            labels = dates.dt.strftime(fmt)
        return records, labels.astype(object)
    if by == "linked_offence":
        rows = explode_offences(records)
        return rows, rows["linked_offence"].astype(object)
    if by not in records:
        raise ParameterError(
            f"cannot count by {by!r}: not a column of the records nor one of "
            "'route', 'region', 'linked_offence', 'year', 'quarter', 'month'."
        )
    values = records[by].astype(object).where(records[by].notna(), "unknown")
    return records, values


def _one_breakdown(records: pd.DataFrame, by: str) -> pd.DataFrame:
    """Keep one cross-tab per aggregate source so overlapping published totals are not summed."""
    if "breakdown" not in records or records["breakdown"].isna().all():
        return records
    bd = records["breakdown"].astype("string")
    plain = records[bd.isna()]
    parts = [plain]
    for _, group in records[bd.notna()].groupby("source", sort=True, observed=True):
        names = sorted(group["breakdown"].astype(str).unique())
        pick = next((n for n in names if by.split("_")[0] in n.lower()), names[0])
        parts.append(group[group["breakdown"].astype(str) == pick])
    return pd.concat(parts)


def _weights(rows: pd.DataFrame, measure: str) -> pd.Series:
    if measure == "records":
        return pd.Series(1.0, index=rows.index)
    if measure == "persons":
        return rows["n_persons"].astype("Float64").fillna(0).astype(float)
    raise ParameterError(f"measure must be 'persons' or 'records', got {measure!r}.")


def count_by(
    records: pd.DataFrame,
    by: str,
    *,
    measure: str = "persons",
    columns: str | None = None,
) -> pd.Series | pd.DataFrame:
    """Count persons or records by one dimension (and optionally a second, as columns).

    Parameters
    ----------
    records : DataFrame
        A record frame.
    by : str
        A record column or ``"route"``, ``"region"``, ``"linked_offence"``.
    measure : {"persons", "records"}, default="persons"
        Sum of ``n_persons`` (missing = 0) or number of records.
    columns : str, optional
        A second dimension, spread as columns.

    Returns
    -------
    Series or DataFrame of float
        Sorted by descending total; missing values labelled ``"unknown"``.

    Examples
    --------
    >>> count_by(example_records(), "nationality").to_dict()
    {'GMB': 100.0, 'SYR': 25.0, 'NGA': 17.0}
    """
    rows = _one_breakdown(records, by)
    rows, labels = _dimension(rows, by)
    weights = _weights(rows, measure).to_numpy()
    if columns is None:
        counts = (
            pd.Series(weights, index=pd.Index(labels.to_numpy(), name=by)).groupby(level=0).sum()
        )
        return counts.sort_values(ascending=False, kind="stable").rename(measure)
    _, col_labels = _dimension(rows, columns)
    frame = pd.DataFrame({by: labels.to_numpy(), columns: col_labels.to_numpy(), "w": weights})
    table = frame.pivot_table(index=by, columns=columns, values="w", aggfunc="sum", fill_value=0.0)
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable").index
    table = table.loc[order].astype(float)
    table.columns = [str(c) for c in table.columns]
    return table


def count_over_time(
    records: pd.DataFrame,
    *,
    freq: str = "month",
    by: str | None = None,
    measure: str = "persons",
    start: date | str | None = None,
    end: date | str | None = None,
) -> pd.DataFrame:
    """Count persons or records per period (rows) and group (columns), empty periods = 0.

    Parameters
    ----------
    records : DataFrame
        A record frame.
    freq : {"day", "week", "month", "quarter", "year"}, default="month"
        Period length.
    by : str, optional
        A dimension spread as columns; None gives one column named ``"all"``.
    measure : {"persons", "records"}, default="persons"
    start, end : date or str, optional
        Extend the period index to these dates (so empty periods show as 0).

    Returns
    -------
    DataFrame of float
        Index: period start dates (``DatetimeIndex`` named ``ds``).

    Examples
    --------
    >>> t = count_over_time(example_records(), freq="year", by="crime_type")
    >>> t.index.year.tolist(), t.columns.tolist()
    ([2023, 2024], ['smuggling', 'trafficking'])
    """
    alias = _FREQ_ALIASES.get(freq)
    if alias is None:
        raise ParameterError(f"freq must be one of {', '.join(_FREQ_ALIASES)}, got {freq!r}.")
    rows = _one_breakdown(records, by or "time")
    if by is None:
        labels = pd.Series("all", index=rows.index, dtype=object)
    else:
        rows, labels = _dimension(rows, by)
    periods = rows["event_date"].dt.to_period(alias.split("-")[0].rstrip("S") or "D")
    frame = pd.DataFrame(
        {
            "ds": periods.dt.start_time.to_numpy(),
            "g": labels.to_numpy(),
            "w": _weights(rows, measure),
        }
    )
    table = frame.pivot_table(index="ds", columns="g", values="w", aggfunc="sum", fill_value=0.0)
    lo = [
        t
        for t in (_as_timestamp(start), table.index.min() if len(table) else None)
        if t is not None
    ]
    hi = [
        t for t in (_as_timestamp(end), table.index.max() if len(table) else None) if t is not None
    ]
    if lo and hi:
        first = min(lo).to_period(alias.split("-")[0].rstrip("S") or "D").start_time
        full = pd.date_range(first, max(hi), freq=alias, name="ds")
        table = table.reindex(full.union(pd.DatetimeIndex(table.index)), fill_value=0.0)
    table.index.name = "ds"
    table.columns = [str(c) for c in table.columns]
    return table.astype(float)


def period_bounds(
    end: date | str | pd.Timestamp, *, months: int = 12
) -> tuple[tuple[pd.Timestamp, pd.Timestamp], tuple[pd.Timestamp, pd.Timestamp]]:
    """Return the last ``months`` up to ``end`` and the same length just before.

    Examples
    --------
    >>> (a, b), (c, d) = period_bounds("2024-06-30")
    >>> str(a.date()), str(b.date()), str(c.date()), str(d.date())
    ('2022-07-01', '2023-06-30', '2023-07-01', '2024-06-30')
    """
    stop = pd.Timestamp(end).normalize()
    current_start = stop - pd.DateOffset(months=months) + pd.Timedelta(days=1)
    previous_end = current_start - pd.Timedelta(days=1)
    previous_start = current_start - pd.DateOffset(months=months)
    return (previous_start, previous_end), (current_start, stop)


def compare_periods(
    records: pd.DataFrame,
    by: str,
    *,
    before: tuple[date | str | pd.Timestamp, date | str | pd.Timestamp],
    after: tuple[date | str | pd.Timestamp, date | str | pd.Timestamp],
    measure: str = "persons",
    labels: tuple[str, str] = ("before", "window"),
) -> pd.DataFrame:
    """Count by ``by`` in two periods, side by side (rows sorted by the second period).

    Parameters
    ----------
    records : DataFrame
        A record frame.
    by : str
        A dimension (see :func:`count_by`).
    before, after : (start, end)
        Inclusive date bounds of the two periods.
    measure : {"persons", "records"}, default="persons"
    labels : (str, str), default=("before", "window")
        Column names.

    Returns
    -------
    DataFrame of float
        Two columns; categories absent from one period count 0 there.

    Examples
    --------
    >>> compare_periods(example_records(), "crime_type", before=("2023-01-01", "2023-12-31"),
    ...                 after=("2024-01-01", "2024-12-31"), measure="records")
                 before  window
    crime_type
    smuggling       0.0     3.0
    trafficking     2.0     1.0
    """
    parts = {}
    for label, (start, end) in zip(labels, (before, after), strict=True):
        chunk = select_records(
            records, period_start=pd.Timestamp(start), period_end=pd.Timestamp(end)
        )
        parts[label] = (
            count_by(chunk, by, measure=measure) if len(chunk) else pd.Series(dtype=float)
        )
    table = pd.DataFrame(parts).fillna(0.0).astype(float)
    table.index.name = by
    return table.sort_values([labels[1], labels[0]], ascending=False, kind="stable")


def top_n(
    table: pd.DataFrame | pd.Series, n: int, *, other: str = "other"
) -> pd.DataFrame | pd.Series:
    """Keep the first ``n`` rows and sum the rest into one ``other`` row.

    Examples
    --------
    >>> top_n(pd.Series([5.0, 3.0, 2.0, 1.0], index=list("abcd")), 2).to_dict()
    {'a': 5.0, 'b': 3.0, 'other': 3.0}
    """
    if len(table) <= n:
        return table
    head, rest = table.iloc[:n], table.iloc[n:]
    if isinstance(table, pd.Series):
        return pd.concat([head, pd.Series({other: rest.sum()}, name=table.name)])
    extra = pd.DataFrame([rest.sum(axis=0)], index=[other])
    out = pd.concat([head, extra])
    out.index.name = table.index.name
    return out


def records_table(
    records: pd.DataFrame,
    *,
    max_rows: int = 200,
    key: bytes | str | None = None,
) -> pd.DataFrame:
    """List the records as an investigator reads them: newest first, identifiers protected.

    Identifier columns (:data:`trendlib.schema.IDENTIFIER_COLUMNS`) are replaced by
    keyed pseudonyms when ``key`` is given, and dropped otherwise.

    Parameters
    ----------
    records : DataFrame
        A record frame. Not modified.
    max_rows : int, default=200
        Most rows returned.
    key : bytes or str, optional
        Pseudonymisation key (see :func:`trendlib.pseudonymise`).

    Returns
    -------
    DataFrame
        Readable columns; at most ``max_rows`` rows.

    Examples
    --------
    >>> rec = example_records().assign(phones=["+39 1", None, None, None, "+39 1", None])
    >>> t = records_table(rec, max_rows=3)
    >>> len(t), "phones" in t.columns
    (3, False)
    >>> records_table(rec, key="k" * 16)["phones"].str.startswith("PHONES-").sum()
    np.int64(2)
    """
    from trendlib.privacy import pseudonymise

    cols = [
        "event_date", "source", "crime_type", "exploitation", "n_persons", "n_suspects",
        "nationality", "origin_country", "transit_countries", "destination_country",
        "detection_country", "transport_mode", "linked_offences",
    ]  # fmt: skip
    ordered = records.sort_values(
        ["event_date", "record_id"], ascending=[False, True], kind="stable"
    )
    out = ordered.loc[:, [c for c in cols if c in ordered]].head(max_rows).copy()
    out["event_date"] = out["event_date"].dt.strftime("%Y-%m-%d")
    if key is not None:
        for col in IDENTIFIER_COLUMNS:
            if col in ordered:
                values = ordered[col].head(max_rows).astype("string")
                exploded = values.str.split("|").explode()
                tokens = pseudonymise(exploded, key=key, prefix=col.upper())
                out[col] = (
                    tokens.groupby(level=0).agg(lambda s: "|".join(s.dropna())).reindex(out.index)
                )
                out[col] = out[col].where(values.notna(), pd.NA)
    out = out.astype(object).where(out.notna(), "")
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------------------
# Disclosure control for series, forecasts and corridor statistics (strategic report)
# --------------------------------------------------------------------------------------
def _period_lines(
    dates: pd.DatetimeIndex,
    periods: Iterable[str],
    windows: Iterable[tuple[Any, Any]],
) -> list[Any]:
    """Row positions whose sum is published elsewhere: calendar periods and windows."""
    import numpy as np

    lines: list[Any] = []
    for period in periods:
        code = {"month": None, "quarter": "Q", "year": "Y"}.get(period, period)
        if code is None:
            continue
        keys = dates.to_period(code)
        for key in keys.unique():
            lines.append(np.flatnonzero(keys == key))
    for start, end in windows:
        lo, hi = pd.Timestamp(start), pd.Timestamp(end)
        rows = np.flatnonzero((dates >= lo) & (dates <= hi))
        if len(rows):
            lines.append(rows)
    return lines


def suppress_series(
    series: pd.DataFrame,
    *,
    threshold: int,
    total: str = "total",
    across: bool = True,
    periods: Iterable[str] = ("quarter", "year"),
    windows: Iterable[tuple[Any, Any]] = (),
) -> pd.DataFrame:
    """Hide small periods of a total and its parts, with secondary cells, for publication.

    A period (month) below ``threshold`` is hidden (zero included, as in
    :func:`trendlib.privacy.suppress_counts`). Secondary suppression then hides
    more cells until no *line* whose sum is published elsewhere has exactly one
    hidden cell, or hidden cells adding up to less than ``threshold``. The lines are
    each period across the parts and the total (the parts add up to the total), and
    each series over every calendar period in ``periods`` and every ``(start, end)``
    window in ``windows`` (e.g. the year-on-year windows quoted in sentences), so no
    hidden count, nor a small sum of them, is a published sum minus published cells.
    The smallest visible part is hidden first; the total last. Hand-written: this is
    :func:`trendlib.privacy.suppress_counts`'s rule, made stricter, on the lines of a
    series hierarchy, which no maintained Python library offers.

    Parameters
    ----------
    series : DataFrame
        ``unique_id, ds, y`` (e.g. from :func:`trendlib.to_series`). Not modified.
    threshold : int
        Disclosure threshold.
    total : str, default="total"
        ``unique_id`` of the total (not hidden while a part can be).
    across : bool, default=True
        Whether the series are parts of one published total per period (a line per
        period across them). False for series whose per-period sum is not published,
        e.g. the top corridors.
    periods : iterable of str, default=("quarter", "year")
        Calendar periods whose sums are published (``"quarter"``, ``"year"``).
    windows : iterable of (start, end)
        Further date ranges whose sums are published.

    Returns
    -------
    DataFrame
        ``series`` with ``y`` NaN where hidden and a boolean ``hidden`` column.

    Examples
    --------
    >>> s = pd.DataFrame({"unique_id": ["total"] * 2 + ["a"] * 2 + ["b"] * 2,
    ...                   "ds": pd.to_datetime(["2024-01-01", "2024-02-01"] * 3),
    ...                   "y": [20.0, 30.0, 17.0, 22.0, 3.0, 8.0]})
    >>> suppress_series(s, threshold=5, periods=()).pivot(index="ds", columns="unique_id",
    ...                                                      values="hidden").to_numpy().tolist()
    [[True, True, False], [False, False, False]]
    """
    import numpy as np

    from trendlib.privacy import format_count

    format_count(0, threshold=threshold)  # validates the threshold
    out = series.copy()
    wide = out.pivot_table(index="ds", columns="unique_id", values="y", aggfunc="sum", dropna=False)
    wide = wide.sort_index()
    counted = out.pivot_table(index="ds", columns="unique_id", values="y", aggfunc="count")
    present = counted.reindex_like(wide).fillna(0).to_numpy() > 0
    values = wide.to_numpy(dtype=float)
    hidden = present & (np.nan_to_num(values, nan=0.0) < threshold)
    is_total = np.array([str(c) == total for c in wide.columns])
    lines: list[tuple[np.ndarray, np.ndarray]] = []
    n_rows, n_cols = values.shape
    if across and n_cols > 1:
        for i in range(n_rows):
            lines.append((np.full(n_cols, i), np.arange(n_cols)))
    for rows in _period_lines(pd.DatetimeIndex(wide.index), periods, windows):
        for j in range(n_cols):
            lines.append((rows, np.full(len(rows), j)))
    changed = True
    while changed:  # a few passes over a few hundred short lines: series-sized, not records
        changed = False
        for rows, cols in lines:
            line = hidden[rows, cols]
            n_hidden = int(line.sum())
            if n_hidden == 0 or len(rows) < 2:
                continue
            # protected when two or more cells are hidden and together they are not small
            # (else their sum, published sum minus visible cells, is itself a small count)
            if n_hidden >= 2 and np.nansum(values[rows[line], cols[line]]) >= threshold:
                continue
            cand = np.flatnonzero(~line & present[rows, cols])
            if not len(cand):
                continue
            pick = min(cand, key=lambda k: (bool(is_total[cols[k]]), values[rows[k], cols[k]], k))
            hidden[rows[pick], cols[pick]] = True
            changed = True
    mask = pd.Series(
        hidden.ravel(),
        index=pd.MultiIndex.from_product([wide.index, wide.columns], names=["ds", "unique_id"]),
        name="hidden",
    )
    out = out.drop(columns=["hidden"], errors="ignore").merge(
        mask.reset_index(), on=["ds", "unique_id"], how="left"
    )
    out["hidden"] = out["hidden"].fillna(False).astype(bool)
    out["y"] = out["y"].mask(out["hidden"])
    return out


def publish_forecast(forecasts: pd.DataFrame, *, threshold: int) -> pd.DataFrame:
    """Forecast frame fit for a disseminated chart: no value below the threshold drawn.

    Point forecasts below ``threshold`` become NaN (not drawn); interval bounds below
    it become 0 (lower) or ``threshold`` (upper), so a band reaching the bottom reads
    "fewer than the threshold" and never quotes a small number (a seasonal naive
    forecast repeats a past count exactly).

    Parameters
    ----------
    forecasts : DataFrame
        Forecast frame (``<alias>``, ``<alias>-lo-<level>``, ``<alias>-hi-<level>``).
    threshold : int
        Disclosure threshold.

    Returns
    -------
    DataFrame
        A copy.

    Examples
    --------
    >>> fc = pd.DataFrame({"unique_id": "a", "ds": pd.to_datetime(["2025-01-01"]),
    ...                    "auto": [3.2], "auto-lo-80": [1.0], "auto-hi-80": [4.0]})
    >>> publish_forecast(fc, threshold=5)[["auto", "auto-lo-80", "auto-hi-80"]].iloc[0].tolist()
    [nan, 0.0, 5.0]
    """
    out = forecasts.copy()
    for col in out.columns:
        if col in ("unique_id", "ds", "cutoff", "y") or not pd.api.types.is_numeric_dtype(out[col]):
            continue
        small = out[col] < threshold
        if "-lo-" in col:
            out[col] = out[col].mask(small, 0.0)
        elif "-hi-" in col:
            out[col] = out[col].mask(small, float(threshold))
        else:
            out[col] = out[col].mask(small)
    return out


def publish_emerging(
    emerging: pd.DataFrame,
    *,
    threshold: int,
    recent: int = 6,
    baseline: int = 12,
    statuses: Iterable[str] = ("new", "intensifying", "diminishing"),
) -> pd.DataFrame:
    """Emerging-route table fit for dissemination: no mean or ratio of small counts.

    The monthly means of :func:`trendlib.emerging_routes` are means of counts: a
    mean of 0.5 over six months discloses 3. They are replaced by the ratio of the
    recent to the baseline level, shown only when both windows hold at least
    ``threshold``; Sen's slope is written "under <threshold>" when smaller.

    Parameters
    ----------
    emerging : DataFrame
        ``label, regional_route, status, recent_mean, baseline_mean, sen_slope, p_value``.
    threshold : int
        Disclosure threshold.
    recent, baseline : int, default=6, 12
        Months in the recent and baseline windows (as passed to ``emerging_routes``).
    statuses : iterable of str
        Statuses listed.

    Returns
    -------
    DataFrame
        Indexed by corridor label: regional route, status, change, trend, p-value (text).

    Examples
    --------
    >>> e = pd.DataFrame({"label": ["A → B (sea)", "C → D (land)"], "regional_route": ["x", "y"],
    ...     "status": ["intensifying", "diminishing"], "recent_mean": [20.0, 0.5],
    ...     "baseline_mean": [10.0, 4.0], "sen_slope": [1.2, -0.3], "p_value": [0.01, 0.2]})
    >>> publish_emerging(e, threshold=5)["recent vs before"].tolist()
    ['×2.0', 'n/a (small counts)']
    """
    rows = emerging[emerging["status"].isin(list(statuses))]
    rec = rows["recent_mean"].astype(float) * recent
    base = rows["baseline_mean"].astype(float) * baseline
    ok = (rec >= threshold) & (base >= threshold)
    ratio = (rows["recent_mean"] / rows["baseline_mean"]).astype(float)
    slope = rows["sen_slope"].astype(float)
    return pd.DataFrame(
        {
            "regional route": rows["regional_route"].fillna("").astype(str).to_numpy(),
            "status": rows["status"].astype(str).str.replace("_", " ").to_numpy(),
            "recent vs before": [
                f"×{r:.1f}" if good else "n/a (small counts)"
                for r, good in zip(ratio, ok, strict=True)
            ],
            "Sen's slope per month": [
                f"{v:+,.0f}" if abs(v) >= threshold else f"under {threshold}" for v in slope
            ],
            "significance": [
                "p < 0.01" if p < 0.01 else f"p = {p:.2f}" for p in rows["p_value"].astype(float)
            ],
        },
        index=pd.Index(rows["label"].astype(str).to_numpy(), name="corridor"),
    )
