"""Capture-history tables from linked records."""

from __future__ import annotations

import pandas as pd

from trendlib.errors import DataContractError, EstimationError, short_list

__all__ = ["capture_table"]


def capture_table(
    records: pd.DataFrame,
    *,
    by: str = "source",
    entity: str | pd.Series | None = None,
    min_lists: int = 2,
) -> pd.DataFrame:
    """Count the victims (or cases) seen on each combination of lists.

    Parameters
    ----------
    records : DataFrame
        Clean records (``record_id``, ``is_duplicate_of`` and the ``by`` column). Not modified.
    by : str, default="source"
        Column whose values are the lists (agencies, sources).
    entity : str or Series, optional
        Who is counted: a column name or a Series aligned with ``records`` of entity ids
        (e.g. from :func:`trendlib.resolve_entities` on victims). By default the unit is
        the event: a record and the records marked ``is_duplicate_of`` it are one unit.
    min_lists : int, default=2
        Fewest lists the table must have.

    Returns
    -------
    DataFrame
        One 0/1 column per list (sorted by name) and ``count``, one row per observed
        combination: the input of :func:`trendlib.estimate_hidden`.

    Raises
    ------
    DataContractError
        Missing columns.
    EstimationError
        Fewer than ``min_lists`` lists.

    Examples
    --------
    >>> r = pd.DataFrame({"record_id": ["a", "b", "c", "d"], "source": ["P", "N", "N", "P"],
    ...                   "is_duplicate_of": [pd.NA, "a", pd.NA, pd.NA]})
    >>> capture_table(r)
       N  P  count
    0  0  1      1
    1  1  0      1
    2  1  1      1
    """
    missing = [c for c in (by, "record_id") if c not in records.columns]
    if missing:
        raise DataContractError(
            f"capture_table needs column(s) {short_list(missing)} in the records; pass the output "
            "of trendlib.clean_records (or name the list column with by=...)."
        )
    if entity is None:
        if "is_duplicate_of" in records:
            unit = (
                records["is_duplicate_of"]
                .astype("string")
                .fillna(records["record_id"].astype("string"))
            )
        else:
            unit = records["record_id"].astype("string")
    elif isinstance(entity, str):
        if entity not in records:
            raise DataContractError(f"entity column '{entity}' is not in the records.")
        unit = records[entity].astype("string")
    else:
        unit = pd.Series(entity, index=records.index).astype("string")
    seen = pd.DataFrame({"unit": unit.to_numpy(), "list": records[by].astype("string").to_numpy()})
    seen = seen.dropna().drop_duplicates()
    lists = sorted(seen["list"].unique())
    if len(lists) < min_lists:
        raise EstimationError(
            f"a capture table needs at least {min_lists} lists in column '{by}', found "
            f"{len(lists)} ({short_list(lists)}); MSE compares how lists overlap."
        )
    flags = pd.crosstab(seen["unit"], seen["list"]).clip(upper=1)[lists]
    table = flags.value_counts().rename("count").reset_index()
    return table.sort_values(lists).reset_index(drop=True)[[*lists, "count"]]
