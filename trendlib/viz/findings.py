"""Key findings as plain sentences, generated from (suppressed) comparison tables.

The sentences quote only counts a reader can already see in the published
tables: they are built from :class:`trendlib.privacy.SuppressedTable` objects
and skip any comparison that touches a hidden cell, so a finding never
discloses a small count (a change from 2 to 4 is "+100 %").

Examples
--------
>>> import pandas as pd
>>> from trendlib.privacy import suppress_counts
>>> t = pd.DataFrame({"previous 12 months": [1020.0, 300.0], "last 12 months": [1367.0, 240.0]},
...                  index=["smuggling", "trafficking"])
>>> change_sentences(suppress_counts(t), subject="{} detections", measure="persons")
['Smuggling detections rose 34 % year on year (from 1,020 to 1,367 persons).', \
'Trafficking detections fell 20 % year on year (from 300 to 240 persons).']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from trendlib.errors import ParameterError
from trendlib.privacy import TOTAL_LABEL, SuppressedTable

__all__ = [
    "YOY_LABELS",
    "KeyFindings",
    "change_sentences",
    "describe_change",
    "hidden_victims_markdown",
    "key_findings",
    "largest_share_sentence",
    "total_sentence",
]


def _n(value: float) -> str:
    return f"{round(value):,}"


def describe_change(previous: float, current: float) -> str:
    """Describe a change in words: ``"rose 34 %"``, ``"fell 5 %"``, ``"stayed about the same"``.

    Parameters
    ----------
    previous, current : float
        The counts of the earlier and later period (both published).

    Returns
    -------
    str

    Examples
    --------
    >>> describe_change(100, 134), describe_change(100, 99), describe_change(0, 20)
    ('rose 34 %', 'stayed about the same', 'rose from none')
    """
    if previous == 0:
        return "rose from none" if current > 0 else "stayed at none"
    pct = (current - previous) / previous * 100
    if abs(pct) < 2:
        return "stayed about the same"
    return f"{'rose' if pct > 0 else 'fell'} {abs(pct):.0f} %"


def _visible(table: SuppressedTable, row: object) -> tuple[float, float] | None:
    body_cols = [c for c in table.values.columns if c != TOTAL_LABEL]
    if len(body_cols) < 2:
        return None
    values = table.values.loc[[row], body_cols[:2]].to_numpy(dtype=float)[0]
    hidden = table.mask.loc[[row], body_cols[:2]].to_numpy(dtype=bool)[0]
    if hidden.any():
        return None
    return float(values[0]), float(values[1])


def change_sentences(
    table: SuppressedTable,
    *,
    subject: str,
    measure: str = "persons",
    period: str = "year on year",
    limit: int | None = None,
    min_change: float = 0.0,
) -> list[str]:
    """One sentence per row whose two periods are both published.

    Parameters
    ----------
    table : SuppressedTable
        Rows = categories; the first two body columns = earlier and later period.
    subject : str
        Sentence subject with ``{}`` for the category, e.g. ``"Detections on the {} route"``.
    measure : str, default="persons"
        Unit of the counts.
    period : str, default="year on year"
        How the periods relate, in words.
    limit : int, optional
        Keep the rows with the largest absolute change first, at most this many.
    min_change : float, default=0
        Skip rows whose relative change (in %) is smaller.

    Returns
    -------
    list of str
    """
    rows = []
    for row in table.values.index:
        if row == TOTAL_LABEL:
            continue
        pair = _visible(table, row)
        if pair is None:
            continue
        prev, cur = pair
        rel = abs(cur - prev) / prev * 100 if prev else float("inf")
        if rel < min_change:
            continue
        rows.append((abs(cur - prev), str(row), prev, cur))
    if limit is not None:
        rows = sorted(rows, key=lambda r: (-r[0], r[1]))[:limit]
    out = []
    for _, row, prev, cur in rows:
        text = subject.format(str(row).replace("_", " "))
        text = text[0].upper() + text[1:]
        out.append(
            f"{text} {describe_change(prev, cur)} {period} "
            f"(from {_n(prev)} to {_n(cur)} {measure})."
        )
    return out


def total_sentence(
    table: SuppressedTable, *, measure: str = "persons", period_labels: tuple[str, str]
) -> str | None:
    """Describe the overall change, from the table's ``Total`` row; None if it is hidden.

    Examples
    --------
    >>> from trendlib.privacy import suppress_counts
    >>> t = pd.DataFrame({"a": [50.0, 60.0], "b": [70.0, 90.0]}, index=["x", "y"])
    >>> total_sentence(suppress_counts(t), period_labels=("2023", "2024"))
    'In 2024, 160 persons were recorded, 45 % more than in 2023 (110).'
    """
    pair = _visible(table, TOTAL_LABEL) if TOTAL_LABEL in table.values.index else None
    if pair is None:
        return None
    prev, cur = pair
    if prev == 0:
        return f"In {period_labels[1]}, {_n(cur)} {measure} were recorded."
    pct = (cur - prev) / prev * 100
    if abs(pct) < 2:
        how = "about as many as"
    else:
        how = f"{abs(pct):.0f} % {'more' if pct > 0 else 'fewer'} than"
    return (
        f"In {period_labels[1]}, {_n(cur)} {measure} were recorded, {how} in {period_labels[0]} "
        f"({_n(prev)})."
    )


def largest_share_sentence(
    table: SuppressedTable,
    *,
    template: str,
    measure: str = "persons",
    column: str | None = None,
) -> str | None:
    """Name the largest published category and its share of the published total.

    Parameters
    ----------
    table : SuppressedTable
        Rows = categories (``unknown``/``other`` rows are never named).
    template : str
        Sentence with ``{name}``, ``{count}``, ``{share}`` and ``{measure}``.
    measure : str, default="persons"
    column : str, optional
        Which column to read; default the last body column.

    Returns
    -------
    str or None
        None when the largest category or the total is hidden.

    Examples
    --------
    >>> from trendlib.privacy import suppress_counts
    >>> t = suppress_counts(pd.Series({"NGA": 60.0, "unknown": 90.0, "GMB": 30.0}))
    >>> largest_share_sentence(t, template="{name}: {count} {measure} ({share} of all).")
    'NGA: 60 persons (33 % of all).'
    """
    cols = [c for c in table.values.columns if c != TOTAL_LABEL] or list(table.values.columns)
    col = column or cols[-1]
    if TOTAL_LABEL not in table.values.index or bool(table.mask.loc[TOTAL_LABEL, col]):
        return None
    body = table.values.loc[[r for r in table.values.index if r != TOTAL_LABEL], col]
    body = body[~body.index.astype(str).isin(["unknown", "other"])].dropna()
    if body.empty:
        return None
    name = str(body.sort_values(ascending=False, kind="stable").index[0])
    count = float(body.loc[[name]].to_numpy(dtype=float)[0])
    total = float(table.values.loc[[TOTAL_LABEL], col].to_numpy(dtype=float)[0])
    share = f"{count / total * 100:.0f} %" if total else "n/a"
    return template.format(
        name=name.replace("_", " "), count=_n(count), share=share, measure=measure
    )


@dataclass(frozen=True)
class KeyFindings:
    """Sentences and the suppressed comparison tables they quote.

    Attributes
    ----------
    sentences : list of str
        Plain-language findings (may be one sentence saying there are too few data).
    tables : dict of str to SuppressedTable
        Last 12 months vs the 12 before, by dimension (``crime_type``, ``route``,
        ``nationality``, ``region``, ``exploitation``); empty without two years of data.
    periods : tuple or None
        ``((previous_start, previous_end), (current_start, current_end))``.
    """

    sentences: list[str]
    tables: dict[str, SuppressedTable] = field(default_factory=dict)
    periods: tuple[tuple[pd.Timestamp, pd.Timestamp], tuple[pd.Timestamp, pd.Timestamp]] | None = (
        None
    )

    def markdown(self) -> str:
        """Return the sentences as a Markdown bullet list."""
        return "\n".join(f"- {s}" for s in self.sentences)


#: Column labels of the year-on-year tables.
YOY_LABELS: tuple[str, str] = ("previous 12 months", "last 12 months")


def key_findings(
    records: pd.DataFrame,
    *,
    end: date | str | pd.Timestamp | None = None,
    measure: str = "persons",
    threshold: int = 5,
    top_n: int = 10,
) -> KeyFindings:
    """Key findings of a strategic report: year-on-year changes and largest groups.

    Every number quoted is a published cell of one of the returned suppressed
    tables; comparisons that touch a hidden cell are left out.

    Parameters
    ----------
    records : DataFrame
        The records in scope (duplicates removed).
    end : date, optional
        Last day of the "last 12 months"; default the latest event date.
    measure : {"persons", "records"}, default="persons"
    threshold : int, default=5
        Disclosure-control threshold (see :func:`trendlib.privacy.suppress_counts`).
    top_n : int, default=10
        Routes and nationalities kept by name (the rest are "other").

    Returns
    -------
    KeyFindings

    Examples
    --------
    >>> from trendlib.viz.tables import example_records
    >>> kf = key_findings(example_records(), measure="persons", threshold=5)
    >>> kf.sentences[0]
    '142 persons were recorded from January 2023 to May 2024. The data cover less than ...'
    """
    from trendlib.privacy import format_count, suppress_counts
    from trendlib.viz.tables import (
        compare_periods,
        label_countries,
        period_bounds,
    )
    from trendlib.viz.tables import (
        top_n as keep_top,
    )

    if len(records) == 0:
        return KeyFindings(["There are no records in this selection."])
    last = pd.Timestamp(end) if end is not None else records["event_date"].max()
    periods = period_bounds(last)
    (prev_start, _), (_, cur_end) = periods
    first = records["event_date"].min()
    total = float(
        records["n_persons"].astype("Float64").fillna(0).sum()
        if measure == "persons"
        else len(records)
    )
    if first > prev_start + pd.Timedelta(days=31):
        return KeyFindings(
            [
                f"{format_count(total, threshold=threshold)} {measure} were recorded from "
                f"{first:%B %Y} to {last:%B %Y}. The data cover less than two years, so no "
                "year-on-year comparison is made."
            ]
        )
    tables: dict[str, SuppressedTable] = {}
    for dim in ("crime_type", "route", "nationality", "region", "exploitation"):
        rows = records
        if dim == "exploitation":
            rows = records[records["crime_type"].astype(object).isin(["trafficking", "both"])]
        try:
            table = compare_periods(
                rows, dim, before=periods[0], after=periods[1], measure=measure, labels=YOY_LABELS
            )
        except ParameterError:  # e.g. no region table installed
            continue
        shown: pd.DataFrame | pd.Series = table
        if dim in ("route", "nationality"):
            shown = keep_top(shown, top_n)
        if dim == "nationality":
            shown = label_countries(shown)
        tables[dim] = suppress_counts(shown, threshold=threshold)
    to = f"the 12 months to {cur_end:%B %Y}"
    sentences: list[str] = []
    head = total_sentence(
        tables["crime_type"], measure=measure, period_labels=("the 12 months before", to)
    )
    if head:
        sentences.append(head)
    ct = tables["crime_type"]
    ct = _drop(ct, "unknown", rename={"both": "trafficking-and-smuggling"})
    sentences += change_sentences(ct, subject="{} detections", measure=measure)
    sentences += change_sentences(
        _drop(tables["route"], "other", "unknown"),
        subject="Detections on the {} route",
        measure=measure,
        limit=2,
        min_change=10,
    )
    if "region" in tables:
        sentences += change_sentences(
            _drop(tables["region"], "unknown"),
            subject="Detections in {}",
            measure=measure,
            limit=2,
            min_change=10,
        )
    nat = largest_share_sentence(
        tables["nationality"],
        template="Nationals of {name} were the largest group in the last 12 months "
        "({count} {measure}, {share} of the total).",
        measure=measure,
    )
    if nat:
        sentences.append(nat)
    exp = largest_share_sentence(
        tables["exploitation"],
        template="The most frequent form of exploitation among trafficking detections was "
        "{name} ({count} {measure}, {share}).",
        measure=measure,
    )
    if exp:
        sentences.append(exp)
    if not sentences:
        sentences = [
            "There are too few records in this selection to state findings without "
            f"disclosing counts below {threshold}."
        ]
    return KeyFindings(sentences, tables, periods)


def _drop(
    table: SuppressedTable, *rows: str, rename: dict[str, str] | None = None
) -> SuppressedTable:
    keep = [r for r in table.values.index if str(r) not in rows]
    names = rename or {}
    return SuppressedTable(
        display=table.display.loc[keep].rename(index=names),
        values=table.values.loc[keep].rename(index=names),
        mask=table.mask.loc[keep].rename(index=names),
        primary=table.primary.loc[keep].rename(index=names),
        threshold=table.threshold,
    )


def _step(value: float) -> int:
    """Return the rounding step of an estimate: 100 from 10,000, else 10 (1 below 100)."""
    return 100 if value >= 10_000 else 10 if value >= 100 else 1


def hidden_victims_markdown(result: object, *, threshold: int = 5) -> str:
    """Write the "Hidden victims" section: estimate, interval, model and assumptions.

    The estimate and its interval are rounded (to 100 from 10,000, else to 10; the
    interval outwards) because their precision is far coarser than one victim; the
    observed count follows the disclosure threshold.

    Parameters
    ----------
    result : MSEResult
        From :func:`trendlib.estimate_hidden` (``estimate``, ``ci_low``, ``ci_high``,
        ``observed``, ``lists``, ``terms``, ``level``, ``ci_method``).
    threshold : int, default=5
        Disclosure threshold for the observed count.

    Returns
    -------
    str
        Markdown.

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> r = R(estimate=11312.99, ci_low=9907.8, ci_high=13063.8, observed=2744,
    ...       lists=("LA", "NG", "PFNCA", "GO", "GP"), terms=("LA:NG", "NG:GP"), level=0.95,
    ...       ci_method="profile")
    >>> text = hidden_victims_markdown(r)
    >>> "About 11,300 victims in total** (95 % interval 9,900 to 13,100)" in text
    True
    >>> "of whom 2,744 were seen by at least one list: about 8,600 (76 %)" in text
    True
    """
    import math

    from trendlib.privacy import format_count

    est, lo, hi = (float(getattr(result, k)) for k in ("estimate", "ci_low", "ci_high"))
    observed = int(getattr(result, "observed"))  # noqa: B009 - MSEResult duck-typed
    lists = tuple(getattr(result, "lists"))  # noqa: B009
    terms = tuple(getattr(result, "terms"))  # noqa: B009
    level = float(getattr(result, "level"))  # noqa: B009
    step = _step(est)
    rounded = round(est / step) * step
    low = math.floor(lo / step) * step
    high = math.ceil(hi / step) * step
    hidden = max(round((est - observed) / step) * step, 0)
    seen = format_count(observed, threshold=threshold)
    share = f" ({hidden / rounded * 100:.0f} %)" if rounded and observed >= threshold else ""
    hidden_text = (
        f"about {format_count(hidden, threshold=threshold)}{share} were not seen by any"
        if observed >= threshold
        else "the rest were not seen by any"
    )
    # rounded model figures below the threshold are written like small counts
    total_text, low_text, high_text = (
        format_count(v, threshold=threshold) for v in (rounded, low, high)
    )
    model = (
        "main effects of each list plus the pairwise dependences "
        + ", ".join(t.replace(":", " × ") for t in terms)
        + ", chosen stepwise (Silverman's method)"
        if terms
        else "main effects of each list only: the stepwise search (Silverman's method) found "
        "no dependence between lists"
    )
    method = "profile likelihood" if getattr(result, "ci_method", "") == "profile" else "bootstrap"
    caveats = ""
    dropped = tuple(getattr(result, "dropped_pairs", ()))
    if dropped:
        caveats += (
            " Pairs of lists that never share a victim ("
            + ", ".join(p.replace(":", " × ") for p in dropped)
            + ") cannot have a dependence term."
        )
    if not getattr(result, "mle_exists", True):
        caveats += (
            " Some combinations of lists are estimated at zero victims (the likelihood is "
            "maximised on a boundary), so the estimate is the limit along it: treat it with care."
        )
    return (
        f"- **About {total_text} victims in total** ({level * 100:.0f} % interval {low_text} to "
        f"{high_text}), of whom {seen} were seen by at least one list: {hidden_text}.\n"
        f"- Estimated by multiple systems estimation from **{len(lists)} lists** "
        f"({', '.join(lists)}): a log-linear Poisson model with {model}; interval by "
        f"{method}. Figures are rounded.{caveats}\n"
        "\n"
        "**What the estimate assumes**\n\n"
        "- *Closed population*: the same victims could have been found by every list over "
        "the period (nobody enters or leaves the population meanwhile).\n"
        "- *Dependence between lists is pairwise*: two lists may tend to find the same victims "
        "(or avoid each other's), and the model captures that pair by pair; dependences that "
        "involve three or more lists at once are assumed absent.\n"
        "- *No hidden heterogeneity beyond that*: victims differ in how easy they are to find "
        "only in ways the pairwise terms absorb; groups that no list reaches well stay "
        "under-counted.\n"
        "- *Records are correctly linked across lists*: a victim on two lists is matched as one "
        "person, and no two people are merged; linkage errors bias the estimate.\n"
        "- *It estimates victims detectable by such lists*: people whom none of these kinds of "
        "list could ever reach are outside the estimate, so it is a floor for prevalence, not "
        "a measure of it."
    )
