"""Score a :class:`~trendlib.clean.CleanResult` against the samples' ground truth."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import PurePath

import numpy as np
import pandas as pd

from trendlib.clean.pipeline import CleanResult
from trendlib.errors import DataContractError
from trendlib.schema import EVENT_FIELDS

__all__ = ["SCORED_FIELDS", "CleaningScore", "score_cleaning"]

#: Record fields compared value by value (the expected clean values of ``truth_rows.csv``).
SCORED_FIELDS: tuple[str, ...] = EVENT_FIELDS
_DATES = ("event_date",)
_FLOATS = ("lat", "lon")
_FLOAT_TOLERANCE = 0.001 + 1e-9  # degrees, compared at three decimals
_INTS = ("n_persons", "n_suspects")
_SETS = ("linked_offences",)
_KEY = ("_file", "source_row")


@dataclass(frozen=True)
class CleaningScore:
    """How close a cleaning result is to the ground truth.

    Attributes
    ----------
    fields : DataFrame
        One row per scored field: ``field``, ``compared`` (rows expected to be records
        or duplicates that came out as records), ``correct``, ``accuracy``.
    value_accuracy : float
        Correct values over compared values, all fields pooled.
    duplicate_recall, duplicate_precision : float
        Planted duplicates (``expected_status == "duplicate"``) marked with
        ``is_duplicate_of``, over the planted ones; over the rows marked.
    duplicate_target_accuracy : float
        Share of found duplicates whose ``is_duplicate_of`` points at the record of the
        row truth names in ``duplicate_of`` (a bonus metric).
    quarantine_recall, quarantine_precision : float
        Bad rows quarantined, over the bad rows; over the rows quarantined.
    reason_agreement : float
        Share of correctly quarantined rows whose ``reason`` equals the expected one.
    rows_lost : int
        Truth rows found neither in ``records`` nor in ``quarantine`` (must be 0).
    rows_unexpected : int
        Result rows with no truth row (must be 0 when the files are the samples).
    misses : DataFrame
        One row per wrong value: ``source_file``, ``source_row``, ``field``,
        ``expected``, ``got`` (for inspection).
    status : DataFrame
        One row per truth row: ``source_file``, ``source_row``, ``expected_status``,
        ``expected_reason``, ``got_status`` (``record``, ``duplicate``,
        ``quarantine`` or ``lost``), ``got_reason``.
    """

    fields: pd.DataFrame
    value_accuracy: float
    duplicate_recall: float
    duplicate_precision: float
    duplicate_target_accuracy: float
    quarantine_recall: float
    quarantine_precision: float
    reason_agreement: float
    rows_lost: int
    rows_unexpected: int
    misses: pd.DataFrame
    status: pd.DataFrame

    def summary(self) -> pd.DataFrame:
        """Return every metric as one tidy table: ``metric``, ``value``.

        Field accuracies come first (``accuracy:<field>``), then the pooled
        ``value_accuracy`` and the duplicate, quarantine and row-count metrics.
        """
        rows = [
            (f"accuracy:{f}", float(a))
            for f, a in zip(self.fields["field"], self.fields["accuracy"], strict=True)
        ]
        rows += [
            ("value_accuracy", self.value_accuracy),
            ("duplicate_recall", self.duplicate_recall),
            ("duplicate_precision", self.duplicate_precision),
            ("duplicate_target_accuracy", self.duplicate_target_accuracy),
            ("quarantine_recall", self.quarantine_recall),
            ("quarantine_precision", self.quarantine_precision),
            ("reason_agreement", self.reason_agreement),
            ("rows_lost", float(self.rows_lost)),
            ("rows_unexpected", float(self.rows_unexpected)),
        ]
        return pd.DataFrame(rows, columns=["metric", "value"])


def _file_name(values: pd.Series) -> pd.Series:
    names = {v: PurePath(str(v)).name for v in values.dropna().unique()}
    return values.map(names).astype("string")


def _norm(values: pd.Series, field: str) -> pd.Series:
    """Normalise a column to comparable text (NA stays NA)."""
    if field in _DATES:
        dt = pd.to_datetime(values, errors="coerce")
        return dt.dt.strftime("%Y-%m-%d").astype("string")
    if field in _FLOATS or field in _INTS:
        num = pd.to_numeric(values.astype("string").str.strip(), errors="coerce").astype(float)
        # rounded to 6 decimals first: 8.0675 and 8.067499999999999 (the same point read
        # through another sum of degrees and minutes) must not fall on two sides of 8.0675
        text = pd.Series(
            np.char.mod("%.3f", np.round(np.nan_to_num(num.to_numpy()), 6)),
            index=values.index,
            dtype="string",
        )
        return text.where(num.notna())
    text = values.astype("string").str.strip()
    if field in _SETS:  # a subset: order carries no meaning (the cleaner sorts it)
        text = text.str.split("|").map(lambda v: "|".join(sorted(v)), na_action="ignore")
        text = text.astype("string")
    return text.where(text.ne(""))


def _ratio(num: int, den: int) -> float:
    return float(num / den) if den else float("nan")


def _load_truth(truth_rows: pd.DataFrame | str | os.PathLike[str]) -> pd.DataFrame:
    if isinstance(truth_rows, pd.DataFrame):
        return truth_rows.copy()
    return pd.read_csv(truth_rows, dtype=str, keep_default_na=False, na_values=[""])


def score_cleaning(
    result: CleanResult, truth_rows: pd.DataFrame | str | os.PathLike[str]
) -> CleaningScore:
    """Compare :func:`trendlib.clean_records` output with the samples' ground truth.

    Rows are joined on (file name of ``source_file``, ``source_row``). Field accuracy
    is measured over rows truth expects as records or duplicates that came out as
    records; values are compared as text after normalisation (dates ``YYYY-MM-DD``,
    numbers to 3 decimals, categories and strings as text, ``linked_offences`` as a set,
    missing equals missing; ``transit_countries`` keeps its order).

    Parameters
    ----------
    result : CleanResult
        Output of :func:`trendlib.clean_records` on the sample files.
    truth_rows : DataFrame or path
        ``truth_rows.csv`` (:data:`trendlib.samples.TRUTH_ROW_COLUMNS`) or its path.

    Returns
    -------
    CleaningScore
        Per-field and pooled accuracy, duplicate and quarantine recall/precision,
        reason agreement and rows lost.

    Raises
    ------
    DataContractError
        If ``truth_rows`` lacks ``source_file``, ``source_row`` or ``expected_status``.

    Examples
    --------
    >>> import tempfile
    >>> import trendlib as tl
    >>> from trendlib.samples import write_samples
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = write_samples(tmp, n_events=300)
    ...     files = [paths[s] for s in ("police_fr", "border_force_uk")]
    ...     res = tl.clean_records(tl.read_records(files))
    ...     sc = score_cleaning(res, paths["truth_rows"])
    >>> sc.rows_lost
    0
    >>> sc.summary().columns.tolist()
    ['metric', 'value']
    """
    truth = _load_truth(truth_rows)
    missing = {"source_file", "source_row", "expected_status"} - set(truth.columns)
    if missing:
        raise DataContractError(
            f"truth_rows lacks column(s) {sorted(missing)}; pass truth/truth_rows.csv as "
            "written by trendlib.samples.write_samples."
        )
    truth["_file"] = _file_name(truth["source_file"])
    truth["source_row"] = pd.to_numeric(truth["source_row"]).astype("Int64")
    rec = result.records.copy()
    quar = result.quarantine.copy()
    rec["_file"] = _file_name(rec["source_file"])
    quar["_file"] = _file_name(quar["source_file"])
    rec["source_row"] = rec["source_row"].astype("Int64")
    quar["source_row"] = quar["source_row"].astype("Int64")
    # Only score the files the result holds (a run may read a subset of the samples).
    truth = truth.loc[truth["_file"].isin(set(rec["_file"]) | set(quar["_file"]))]
    truth = truth.reset_index(drop=True)

    # --- status of every truth row ------------------------------------------------------
    rec_key = rec[list(_KEY)].assign(
        got_status=np.where(rec["is_duplicate_of"].notna(), "duplicate", "record"),
        got_reason=pd.Series(pd.NA, index=rec.index, dtype="string"),
        _rid=rec["record_id"].astype("string"),
        _dup=rec["is_duplicate_of"].astype("string"),
    )
    quar_key = quar[list(_KEY)].assign(
        got_status="quarantine",
        got_reason=quar["reason"].astype("string"),
        _rid=pd.Series(pd.NA, index=quar.index, dtype="string"),
        _dup=pd.Series(pd.NA, index=quar.index, dtype="string"),
    )
    got = pd.concat([rec_key, quar_key], ignore_index=True)
    got = got.drop_duplicates(list(_KEY))
    status = truth.merge(got, on=list(_KEY), how="left", indicator=True)
    rows_lost = int((status["_merge"] == "left_only").sum())
    status["got_status"] = status["got_status"].fillna("lost")
    keys_truth = pd.MultiIndex.from_frame(truth[list(_KEY)])
    keys_got = pd.MultiIndex.from_frame(got[list(_KEY)])
    rows_unexpected = int((~keys_got.isin(keys_truth)).sum())

    exp = status["expected_status"].astype("string")
    gs = status["got_status"].astype("string")
    is_dup_exp = exp.eq("duplicate").to_numpy()
    is_dup_got = gs.eq("duplicate").to_numpy()
    dup_recall = _ratio(int((is_dup_exp & is_dup_got).sum()), int(is_dup_exp.sum()))
    dup_precision = _ratio(int((is_dup_exp & is_dup_got).sum()), int(is_dup_got.sum()))
    # bonus: does the duplicate point at the record of the row truth names?
    rid_of = pd.Series(
        rec_key["_rid"].to_numpy(),
        index=rec_key["_file"].astype(str) + ":" + rec_key["source_row"].astype(str),
    )
    rid_of = rid_of[~rid_of.index.duplicated()]
    found = is_dup_exp & is_dup_got
    if "duplicate_of" in status and found.any():
        target = status.loc[found, "duplicate_of"].astype("string")
        target = (
            target.str.split(":").str[0].map(lambda f: PurePath(f).name, na_action="ignore")
            + ":"
            + target.str.split(":").str[-1]
        )
        want = target.map(rid_of)
        hit = want.notna() & want.eq(status.loc[found, "_dup"]).fillna(False)
        dup_target = _ratio(int(hit.sum()), int(found.sum()))
    else:
        dup_target = float("nan")

    is_q_exp = exp.eq("quarantine").to_numpy()
    is_q_got = gs.eq("quarantine").to_numpy()
    both_q = is_q_exp & is_q_got
    q_recall = _ratio(int(both_q.sum()), int(is_q_exp.sum()))
    q_precision = _ratio(int(both_q.sum()), int(is_q_got.sum()))
    if "expected_reason" in status:
        same = status["expected_reason"].astype("string").eq(status["got_reason"]).fillna(False)
        reason_agree = _ratio(int((same.to_numpy() & both_q).sum()), int(both_q.sum()))
    else:
        reason_agree = float("nan")

    # --- field accuracy over expected records that came out as records -------------------
    scored = status.loc[(~is_q_exp) & (gs.isin(["record", "duplicate"]).to_numpy())]
    joined = scored[[*_KEY]].merge(
        rec.drop_duplicates(list(_KEY)), on=list(_KEY), how="left", suffixes=("", "_got")
    )
    field_rows = []
    misses = []
    for field in SCORED_FIELDS:
        if field not in scored:
            continue
        want = _norm(scored[field].reset_index(drop=True), field)
        have = (
            _norm(joined[field].reset_index(drop=True), field)
            if field in joined
            else pd.Series(pd.NA, index=want.index, dtype="string")
        )
        ok = (want.eq(have) | (want.isna() & have.isna())).fillna(False).to_numpy(dtype=bool)
        if field in _FLOATS:
            # within 0.001 degrees (~110 m), as the sample sets' own checks allow: a point
            # written to the second of arc can fall either side of a third decimal
            apart = (
                pd.to_numeric(want, errors="coerce") - pd.to_numeric(have, errors="coerce")
            ).abs()
            ok |= (apart <= _FLOAT_TOLERANCE).fillna(False).to_numpy(dtype=bool)
        field_rows.append(
            {
                "field": field,
                "compared": len(ok),
                "correct": int(ok.sum()),
                "accuracy": _ratio(int(ok.sum()), len(ok)),
            }
        )
        if (~ok).any():
            bad = scored.loc[scored.index[~ok], ["_file", "source_row"]].reset_index(drop=True)
            misses.append(
                bad.rename(columns={"_file": "source_file"}).assign(
                    field=field,
                    expected=want[~ok].to_numpy(),
                    got=have[~ok].to_numpy(),
                )
            )
    fields = pd.DataFrame(field_rows, columns=["field", "compared", "correct", "accuracy"])
    total = int(fields["compared"].sum())
    value_acc = _ratio(int(fields["correct"].sum()), total)
    miss_frame = (
        pd.concat(misses, ignore_index=True)
        if misses
        else pd.DataFrame(columns=["source_file", "source_row", "field", "expected", "got"])
    )
    status_out = status.rename(columns={"_file": "file"})[
        ["file", "source_row", "expected_status", "got_status"]
        + [c for c in ("expected_reason", "got_reason") if c in status]
    ].rename(columns={"file": "source_file"})
    return CleaningScore(
        fields=fields,
        value_accuracy=value_acc,
        duplicate_recall=dup_recall,
        duplicate_precision=dup_precision,
        duplicate_target_accuracy=dup_target,
        quarantine_recall=q_recall,
        quarantine_precision=q_precision,
        reason_agreement=reason_agree,
        rows_lost=rows_lost,
        rows_unexpected=rows_unexpected,
        misses=miss_frame,
        status=status_out,
    )
