"""Column names, vocabularies and the validated shapes of trendlib's frames.

This module is the single source of the data contracts in DESIGN.md §3:
the record frame (output of :func:`trendlib.clean_records`), the quarantine
and audit frames beside it, and the series frame. Other modules import the
names from here instead of typing strings.
"""

from __future__ import annotations

from typing import Final

import pandas as pd
import pandera.pandas as pa

from trendlib.errors import DataContractError, short_list

__all__ = [
    "AGE_GROUPS",
    "AGGREGATE_COLUMNS",
    "AUDIT_COLUMNS",
    "COUNTRY_COLUMNS",
    "CRIME_TYPES",
    "DATE_PRECISIONS",
    "EVENT_FIELDS",
    "EXPLOITATION_FORMS",
    "GENDERS",
    "IDENTIFIER_COLUMNS",
    "LINKED_OFFENCES",
    "PROVENANCE_COLUMNS",
    "QUARANTINE_REASONS",
    "RECORD_COLUMNS",
    "RECORD_DTYPES",
    "TRANSPORT_MODES",
    "UNKNOWN",
    "VOCABULARIES",
    "RecordFrame",
    "SeriesFrame",
    "empty_records",
    "require_columns",
    "validate_records",
]

#: The word used for an unknown category value (never NaN in vocabulary columns).
UNKNOWN: Final = "unknown"

CRIME_TYPES: Final = ("trafficking", "smuggling", "both", UNKNOWN)
EXPLOITATION_FORMS: Final = (
    "sexual",
    "forced_labour",
    "forced_criminality",
    "organ_removal",
    "forced_marriage",
    "other",
    UNKNOWN,
)
GENDERS: Final = ("female", "male", "mixed", UNKNOWN)
AGE_GROUPS: Final = ("child", "adult", "mixed", UNKNOWN)
TRANSPORT_MODES: Final = ("sea", "land", "air", UNKNOWN)
DATE_PRECISIONS: Final = ("day", "month", "quarter", "year")
LINKED_OFFENCES: Final = (
    "document_fraud",
    "corruption",
    "money_laundering",
    "illicit_goods",
    "cybercrime",
    "terrorism",
)

#: Vocabulary columns of the record frame and their allowed words.
VOCABULARIES: Final[dict[str, tuple[str, ...]]] = {
    "crime_type": CRIME_TYPES,
    "exploitation": EXPLOITATION_FORMS,
    "gender": GENDERS,
    "age_group": AGE_GROUPS,
    "transport_mode": TRANSPORT_MODES,
}

#: Columns holding one ISO 3166-1 alpha-3 code.
COUNTRY_COLUMNS: Final = (
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
)

#: Optional `|`-joined identifier columns used by link analysis (sensitive).
IDENTIFIER_COLUMNS: Final = (
    "suspect_names",
    "phones",
    "documents",
    "vehicles",
    "accounts",
    "emails",
)

#: Optional columns of aggregate sources (Frontex, GLOTIP) and sources with route names.
AGGREGATE_COLUMNS: Final = ("indicator", "breakdown", "censored", "route_label")

#: Where each row came from; added by :func:`trendlib.read_records`, kept in every output.
PROVENANCE_COLUMNS: Final = ("source_file", "source_row")

#: The record frame's columns and pandas dtypes, in order (DESIGN.md §3).
RECORD_DTYPES: Final[dict[str, str]] = {
    "record_id": "string",
    "source": "string",
    "source_ref": "string",
    "event_date": "datetime64[ns]",
    "date_precision": "category",
    "crime_type": "category",
    "exploitation": "category",
    "n_persons": "Int64",
    "n_suspects": "Int64",
    "gender": "category",
    "age_group": "category",
    "nationality": "string",
    "origin_country": "string",
    "destination_country": "string",
    "detection_country": "string",
    "transit_countries": "string",
    "transport_mode": "category",
    "lat": "float64",
    "lon": "float64",
    "linked_offences": "string",
    "is_duplicate_of": "string",
}
RECORD_COLUMNS: Final = tuple(RECORD_DTYPES)

#: The record frame's event fields: every column but the ids and the duplicate link.
EVENT_FIELDS: Final = tuple(
    c for c in RECORD_DTYPES if c not in ("record_id", "source", "source_ref", "is_duplicate_of")
)

#: Columns of the audit frame: one row per value that cleaning changed.
AUDIT_COLUMNS: Final = (
    "record_id",
    "source_file",
    "source_row",
    "column",
    "before",
    "after",
    "rule",
)

#: Reason codes of quarantined rows, with the text shown to analysts.
QUARANTINE_REASONS: Final[dict[str, str]] = {
    "empty_row": "the row holds no values",
    "no_date": "no event date in the row",
    "bad_date": "the event date cannot be read as a date",
    "future_date": "the event date lies in the future",
    "negative_count": "a count of persons or suspects is negative",
    "bad_count": "the count of persons is not a number",
    "no_content": (
        "the row has a date but no other usable field (likely a header, total or note row)"
    ),
}

_COUNTRY_CHECK = pa.Check.str_matches(r"^[A-Z]{3}$")
_LIST_CHECK = pa.Check.str_matches(r"^[A-Z]{3}(\|[A-Z]{3})*$")


class RecordFrame(pa.DataFrameModel):
    """The clean record table (DESIGN.md §3), as a pandera model.

    Extra columns (aggregate, identifier, provenance) are allowed; the listed ones
    must be present with these types and vocabularies.
    """

    record_id: pa.typing.Series[pd.StringDtype] = pa.Field(unique=True, nullable=False)
    source: pa.typing.Series[pd.StringDtype] = pa.Field(nullable=False)
    source_ref: pa.typing.Series[pd.StringDtype] = pa.Field(nullable=False)
    event_date: pa.typing.Series[pa.DateTime] = pa.Field(nullable=False)
    date_precision: pa.typing.Series[pd.CategoricalDtype] = pa.Field(isin=DATE_PRECISIONS)
    crime_type: pa.typing.Series[pd.CategoricalDtype] = pa.Field(isin=CRIME_TYPES)
    exploitation: pa.typing.Series[pd.CategoricalDtype] = pa.Field(
        isin=EXPLOITATION_FORMS, nullable=True
    )
    n_persons: pa.typing.Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    n_suspects: pa.typing.Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    gender: pa.typing.Series[pd.CategoricalDtype] = pa.Field(isin=GENDERS)
    age_group: pa.typing.Series[pd.CategoricalDtype] = pa.Field(isin=AGE_GROUPS)
    nationality: pa.typing.Series[pd.StringDtype] = pa.Field(
        nullable=True, str_matches=r"^[A-Z]{3}$"
    )
    origin_country: pa.typing.Series[pd.StringDtype] = pa.Field(
        nullable=True, str_matches=r"^[A-Z]{3}$"
    )
    destination_country: pa.typing.Series[pd.StringDtype] = pa.Field(
        nullable=True, str_matches=r"^[A-Z]{3}$"
    )
    detection_country: pa.typing.Series[pd.StringDtype] = pa.Field(
        nullable=True, str_matches=r"^[A-Z]{3}$"
    )
    transit_countries: pa.typing.Series[pd.StringDtype] = pa.Field(
        nullable=True, str_matches=r"^[A-Z]{3}(\|[A-Z]{3})*$"
    )
    transport_mode: pa.typing.Series[pd.CategoricalDtype] = pa.Field(isin=TRANSPORT_MODES)
    lat: pa.typing.Series[float] = pa.Field(ge=-90, le=90, nullable=True)
    lon: pa.typing.Series[float] = pa.Field(ge=-180, le=180, nullable=True)
    linked_offences: pa.typing.Series[pd.StringDtype] = pa.Field(nullable=True)
    is_duplicate_of: pa.typing.Series[pd.StringDtype] = pa.Field(nullable=True)

    class Config:
        """Allow extra columns; check the listed ones."""

        strict = False
        coerce = False


class SeriesFrame(pa.DataFrameModel):
    """Long series frame: ``unique_id``, ``ds`` (period start), ``y`` (>= 0 or NaN)."""

    unique_id: pa.typing.Series[str]
    ds: pa.typing.Series[pa.DateTime]
    y: pa.typing.Series[float] = pa.Field(ge=0, nullable=True)

    class Config:
        """Extra columns (exogenous regressors) are allowed."""

        strict = False
        unique = ["unique_id", "ds"]  # noqa: RUF012 - pandera reads a list here


def empty_records() -> pd.DataFrame:
    """Return an empty record frame with the contract's columns and dtypes.

    Returns
    -------
    DataFrame
        Zero rows, every column of :data:`RECORD_DTYPES`.

    Examples
    --------
    >>> empty_records().shape
    (0, 21)
    """
    frame = pd.DataFrame({c: pd.Series(dtype=d) for c, d in RECORD_DTYPES.items()})
    for col, words in VOCABULARIES.items():
        frame[col] = pd.Categorical([], categories=list(words))
    frame["date_precision"] = pd.Categorical([], categories=list(DATE_PRECISIONS))
    return frame


def require_columns(
    frame: pd.DataFrame, columns: tuple[str, ...] | list[str], *, what: str
) -> None:
    """Raise :class:`DataContractError` if ``frame`` lacks any of ``columns``.

    Parameters
    ----------
    frame : DataFrame
        The frame to check.
    columns : sequence of str
        Required column names.
    what : str
        What the frame should be, for the message (e.g. ``"a record frame"``).

    Raises
    ------
    DataContractError
        Naming the missing columns, the columns present and the fix.

    Examples
    --------
    >>> require_columns(pd.DataFrame({"a": [1]}), ["a"], what="a frame")
    >>> require_columns(pd.DataFrame({"a": [1]}), ["b"], what="a frame")
    Traceback (most recent call last):
    ...
    trendlib.errors.DataContractError: expected a frame with column(s) ['b'], ...
    """
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataContractError(
            f"expected {what} with column(s) {short_list(missing)}, but found only "
            f"{short_list(list(frame.columns))}; pass the output of trendlib.clean_records "
            "or rename the columns."
        )


def validate_records(records: pd.DataFrame, *, lazy: bool = True) -> pd.DataFrame:
    """Check ``records`` against :class:`RecordFrame` and return it unchanged.

    Parameters
    ----------
    records : DataFrame
        A record frame.
    lazy : bool, default=True
        Collect every failure before raising (pandera's lazy validation).

    Returns
    -------
    DataFrame
        ``records`` itself.

    Raises
    ------
    DataContractError
        With pandera's failure cases summarised.
    """
    require_columns(records, RECORD_COLUMNS, what="a record frame")
    try:
        RecordFrame.validate(records, lazy=lazy)
    except (pa.errors.SchemaErrors, pa.errors.SchemaError) as err:
        cases = getattr(err, "failure_cases", None)
        summary = (
            cases[["column", "check", "failure_case"]].head(10).to_string(index=False)
            if isinstance(cases, pd.DataFrame) and {"column", "check", "failure_case"} <= set(cases)
            else str(err)[:2000]
        )
        raise DataContractError(
            "the frame does not meet the record-frame contract (DESIGN.md §3):\n"
            f"{summary}\nbuild it with trendlib.clean_records."
        ) from err
    return records
