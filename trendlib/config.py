"""Configuration: the only module that reads environment variables.

Report parameters are frozen dataclasses (:class:`StrategicParams`,
:class:`OperationalParams`) validated when built, before any notebook kernel
starts; :mod:`trendlib.reports` renders them. The process-wide settings are
read from ``TRENDLIB_*`` variables when asked for, never at import time.
"""

from __future__ import annotations

import calendar
import difflib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from trendlib.errors import InputFileNotFoundError, MissingKeyError, ParameterError

__all__ = [
    "M49_REGIONS",
    "PSEUDONYM_KEY_ENV",
    "OperationalParams",
    "ReportParams",
    "Settings",
    "StrategicParams",
    "cache_dir",
    "get_settings",
    "pseudonym_key",
]

#: Environment variable holding the secret key for keyed pseudonymisation.
PSEUDONYM_KEY_ENV = "TRENDLIB_PSEUDONYM_KEY"


@dataclass(frozen=True)
class Settings:
    """Process-wide settings read from the environment.

    Attributes
    ----------
    pseudonym_key : bytes or None
        Secret for HMAC pseudonymisation (``TRENDLIB_PSEUDONYM_KEY``); ``None`` if unset.
    progress : bool
        Show progress bars (``TRENDLIB_PROGRESS``, default on; ``0`` turns them off).
    embed_plotlyjs : bool
        Whether report notebooks embed plotly.js in their first output
        (``TRENDLIB_EMBED_PLOTLYJS``, default on). The report renderer turns it off
        for its kernel and embeds plotly.js once in the HTML page instead.
    arrow_pool : str
        The pyarrow memory pool :func:`trendlib.read_records` and
        :func:`trendlib.clean_records` run with (``TRENDLIB_ARROW_POOL``): ``"system"``
        (the default: the C library's allocator, which keeps freed pages for reuse
        where pyarrow's bundled mimalloc returns them to the kernel and faults them in
        again, ~2 s of system time in a million-row clean), ``"jemalloc"``,
        ``"mimalloc"``, or ``"default"`` to leave pyarrow's default pool alone. When
        ``ARROW_DEFAULT_MEMORY_POOL`` is set and this is not, pyarrow's choice is kept.
    """

    pseudonym_key: bytes | None = None
    progress: bool = True
    embed_plotlyjs: bool = True
    arrow_pool: str = "system"


# The values of TRENDLIB_ARROW_POOL.
_ARROW_POOLS = ("system", "jemalloc", "mimalloc", "default")


def get_settings() -> Settings:
    """Read the settings from the environment now.

    Returns
    -------
    Settings
        The current settings.

    Examples
    --------
    >>> isinstance(get_settings().progress, bool)
    True
    """
    key = os.environ.get(PSEUDONYM_KEY_ENV)
    progress = os.environ.get("TRENDLIB_PROGRESS", "1").strip().lower() not in {"0", "false", "no"}
    embed = os.environ.get("TRENDLIB_EMBED_PLOTLYJS", "1").strip().lower() not in {
        "0",
        "false",
        "no",
    }
    pool = os.environ.get("TRENDLIB_ARROW_POOL", "").strip().lower()
    if not pool:
        pool = "default" if os.environ.get("ARROW_DEFAULT_MEMORY_POOL") else "system"
    if pool not in _ARROW_POOLS:
        raise ParameterError(
            f"TRENDLIB_ARROW_POOL={pool!r} is not a pyarrow memory pool trendlib knows; use "
            f"one of {', '.join(repr(p) for p in _ARROW_POOLS)}, or unset it."
        )
    return Settings(
        pseudonym_key=key.encode("utf-8") if key else None,
        progress=progress,
        embed_plotlyjs=embed,
        arrow_pool=pool,
    )


def cache_dir() -> Path | None:
    """Folder where trendlib keeps the lookup tables it builds (``None``: no cache).

    ``TRENDLIB_CACHE_DIR`` when set (``"off"``, ``"0"`` or ``"none"`` turn the cache
    off), else ``$XDG_CACHE_HOME/trendlib``, else ``~/.cache/trendlib``. Read now, not
    at import time.

    Returns
    -------
    Path or None
        The folder (it may not exist yet), or ``None`` when the cache is off.

    Examples
    --------
    >>> folder = cache_dir()
    >>> folder is None or isinstance(folder, Path)
    True
    """
    given = os.environ.get("TRENDLIB_CACHE_DIR", "").strip()
    if given.lower() in {"off", "0", "none", "no", "false"}:
        return None
    if given:
        return Path(given).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "trendlib"


def pseudonym_key() -> bytes:
    """Return the pseudonymisation key, or raise if none is configured.

    Returns
    -------
    bytes
        The key from ``TRENDLIB_PSEUDONYM_KEY``.

    Raises
    ------
    MissingKeyError
        If the variable is unset or empty: trendlib never falls back to a fixed salt.
    """
    key = get_settings().pseudonym_key
    if not key:
        raise MissingKeyError(
            f"no pseudonymisation key: set the environment variable {PSEUDONYM_KEY_ENV} to a "
            "secret of at least 16 characters (e.g. `export "
            f"{PSEUDONYM_KEY_ENV}=$(python -c 'import secrets; print(secrets.token_hex(32))')`), "
            "or pass key=... explicitly. trendlib refuses to pseudonymise with a fixed salt."
        )
    return key


# --------------------------------------------------------------------------------------
# Report parameters
# --------------------------------------------------------------------------------------

#: UN M49 region, sub-region and intermediate-region names accepted for ``region``: the
#: names of ``trendlib.clean.regions.REGIONS`` (kept equal by a test; config may not import it).
M49_REGIONS: tuple[str, ...] = (
    "Africa",
    "Northern Africa",
    "Sub-Saharan Africa",
    "Eastern Africa",
    "Middle Africa",
    "Southern Africa",
    "Western Africa",
    "Americas",
    "Latin America and the Caribbean",
    "Caribbean",
    "Central America",
    "South America",
    "Northern America",
    "Asia",
    "Central Asia",
    "Eastern Asia",
    "South-eastern Asia",
    "Southern Asia",
    "Western Asia",
    "Europe",
    "Eastern Europe",
    "Northern Europe",
    "Channel Islands",
    "Southern Europe",
    "Western Europe",
    "Oceania",
    "Australia and New Zealand",
    "Melanesia",
    "Micronesia",
    "Polynesia",
)

_CRIME_TYPES = ("trafficking", "smuggling", "both")
_MEASURES = ("persons", "records")
_FREQS = ("month", "quarter", "year")
_MATCHES = ("detection", "any")
# ISO 3166-1 alpha-3 codes in use that pycountry does not list (Kosovo).
_EXTRA_COUNTRIES = {"XKX": "Kosovo"}


def _meta(help: str, *, choices: tuple[str, ...] | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"help": help}
    if choices is not None:
        meta["choices"] = choices
    return meta


def _known_countries() -> dict[str, str]:
    import pycountry  # lazy: only needed when a report is asked for

    names = {c.alpha_3: c.name for c in pycountry.countries}
    names.update(_EXTRA_COUNTRIES)
    return names


def _close(word: str, choices: Iterable[str], *, n: int = 3) -> list[str]:
    lowered = {c.lower(): c for c in choices}
    return [lowered[m] for m in difflib.get_close_matches(word.lower(), list(lowered), n=n)]


def _parse_date(name: str, value: object, *, end: bool) -> date | None:
    """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; an end date becomes the period's last day."""
    if value is None or (isinstance(value, str) and value.strip().lower() in {"", "none", "null"}):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2999:
        value = str(value)
    if not isinstance(value, str):
        raise ParameterError(
            f"parameter {name!r} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, "
            f"got {type(value).__name__} {value!r}."
        )
    text = value.strip()
    try:
        if len(text) == 4 and text.isdigit():
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
        if len(text) == 7 and text[4] == "-":
            year, month = int(text[:4]), int(text[5:])
            if not end:
                return date(year, month, 1)
            return date(year, month, calendar.monthrange(year, month)[1])
        return date.fromisoformat(text)
    except ValueError:
        raise ParameterError(
            f"parameter {name!r} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, "
            f"got {value!r}; e.g. {name}=2024-06-30."
        ) from None


def _parse_int(name: str, value: object) -> int:
    if isinstance(value, bool):
        raise ParameterError(f"parameter {name!r} must be a whole number, got {value!r}.")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise ParameterError(
        f"parameter {name!r} must be a whole number, got {type(value).__name__} {value!r}."
    )


def _parse_bool(name: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "yes", "1", "on"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"false", "no", "0", "off"}:
        return False
    raise ParameterError(f"parameter {name!r} must be true or false, got {value!r}.")


def _parse_str(name: str, value: object, *, optional: bool) -> str | None:
    if value is None or (optional and isinstance(value, str) and value.strip() == ""):
        if optional:
            return None
        raise ParameterError(f"parameter {name!r} must be text, got nothing.")
    if not isinstance(value, str):
        raise ParameterError(
            f"parameter {name!r} must be text, got {type(value).__name__} {value!r}."
        )
    text = value.strip()
    if optional and text.lower() in {"none", "null", "all"}:
        return None
    return text


def _parse_strs(name: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts = [p for p in re.split(r"[,;|]", value)]
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        raise ParameterError(
            f"parameter {name!r} must be a list of text (YAML list or comma-separated), "
            f"got {type(value).__name__} {value!r}."
        )
    out = []
    for item in parts:
        if isinstance(item, os.PathLike):
            item = os.fspath(item)
        if not isinstance(item, str):
            raise ParameterError(f"parameter {name!r} must hold text items, got {item!r}.")
        if item.strip():
            out.append(item.strip())
    return tuple(out)


@dataclass(frozen=True)
class ReportParams:
    """Parameters every report takes; validated when constructed.

    Build them with :meth:`from_mapping` (a dict, e.g. from the command line) or
    :meth:`from_yaml`; :meth:`to_papermill` gives the primitives papermill
    injects into the notebook's ``parameters`` cell, whose names are exactly
    these fields.

    Attributes
    ----------
    data : tuple of str
        Input files; empty = every sample file in ``data_samples/`` (no truth files).
    profile : str or None
        Source profile passed to :func:`trendlib.read_records`.
    period_start, period_end : date or None
        First and last day analysed (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); None = open.
    region : str or None
        A UN M49 region or subregion name (e.g. ``"Southern Europe"``); None = everywhere.
    countries : tuple of str
        ISO 3166-1 alpha-3 codes to keep; empty = all.
    match : {"detection", "any"}
        Which country a record is located by: its detection country, or any of
        detection, origin, destination, nationality and transit countries.
    crime_type : {"trafficking", "smuggling", "both"} or None
        Keep one crime type (``both`` rows count for either); None = all.
    measure : {"persons", "records"}
        What is counted: persons (victims, migrants) or records.
    title : str
        The report's title.
    """

    data: tuple[str, ...] = field(
        default=(), metadata=_meta("input files; empty = the files in data_samples/")
    )
    profile: str | None = field(default=None, metadata=_meta("source profile for read_records"))
    period_start: date | None = field(
        default=None, metadata=_meta("first day analysed (YYYY[-MM[-DD]])")
    )
    period_end: date | None = field(
        default=None, metadata=_meta("last day analysed (YYYY[-MM[-DD]])")
    )
    region: str | None = field(default=None, metadata=_meta("UN M49 region or subregion name"))
    countries: tuple[str, ...] = field(
        default=(), metadata=_meta("ISO 3166-1 alpha-3 codes, comma-separated")
    )
    match: str = field(
        default="detection", metadata=_meta("which country locates a record", choices=_MATCHES)
    )
    crime_type: str | None = field(
        default=None,
        metadata=_meta("trafficking, smuggling or both; empty = all", choices=_CRIME_TYPES),
    )
    measure: str = field(default="persons", metadata=_meta("what is counted", choices=_MEASURES))
    title: str = field(default="Report", metadata=_meta("title shown on the report"))

    def __post_init__(self) -> None:
        self._validate(regions=None)

    # -- construction --------------------------------------------------------------
    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """Names of the parameters, in the order of the notebook's ``parameters`` cell.

        Examples
        --------
        >>> StrategicParams.field_names()[:3]
        ('data', 'profile', 'period_start')
        """
        return tuple(f.name for f in fields(cls))

    @classmethod
    def describe(cls) -> str:
        """One line per parameter: name, default, choices and help (for ``--help``).

        Examples
        --------
        >>> print(OperationalParams.describe().splitlines()[0])
        data (default: ()): input files; empty = the files in data_samples/
        """
        lines = []
        for f in fields(cls):
            choices = f.metadata.get("choices")
            extra = f"; one of {', '.join(choices)}" if choices else ""
            lines.append(f"{f.name} (default: {f.default!r}): {f.metadata.get('help', '')}{extra}")
        return "\n".join(lines)

    @classmethod
    def from_mapping(
        cls: type[_P], mapping: Mapping[str, object], *, regions: Iterable[str] | None = None
    ) -> _P:
        """Build validated parameters from a mapping of names to values.

        Values may be typed (YAML, Python) or text (command line ``-p key=value``):
        lists may be comma-separated, dates ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Parameters
        ----------
        mapping : mapping
            Parameter names to values; names must be fields of the class.
        regions : iterable of str, optional
            Valid region names; by default :data:`M49_REGIONS`.

        Returns
        -------
        ReportParams subclass instance

        Raises
        ------
        ParameterError
            For an unknown name (with the valid names), a wrong type, a bad date range,
            an unknown country or region, or a value outside its choices.

        Examples
        --------
        >>> p = StrategicParams.from_mapping({"period_end": "2024-06", "countries": "ita,MLT"})
        >>> p.period_end, p.countries
        (datetime.date(2024, 6, 30), ('ITA', 'MLT'))
        >>> StrategicParams.from_mapping({"treshold": 3})
        Traceback (most recent call last):
        ...
        trendlib.errors.ParameterError: unknown parameter 'treshold' ... 'threshold'? ...
        """
        if not isinstance(mapping, Mapping):
            raise ParameterError(
                "report parameters must be a mapping of names to values, "
                f"got {type(mapping).__name__}."
            )
        valid = cls.field_names()
        unknown = [k for k in mapping if k not in valid]
        if unknown:
            key = str(unknown[0])
            close = _close(key, valid, n=1)
            hint = f" did you mean {close[0]!r}?" if close else ""
            raise ParameterError(
                f"unknown parameter {key!r} for {cls.__name__}.{hint} "
                f"Valid parameters: {', '.join(valid)}."
            )
        hints = {f.name: str(f.type) for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, raw in mapping.items():
            kind = hints[name]
            if "date" in kind:
                values[name] = _parse_date(name, raw, end=name.endswith("_end"))
            elif kind.startswith("tuple"):
                values[name] = _parse_strs(name, raw)
            elif kind == "bool":
                values[name] = _parse_bool(name, raw)
            elif kind == "int":
                values[name] = _parse_int(name, raw)
            else:
                values[name] = _parse_str(name, raw, optional="None" in kind)
        obj = cls.__new__(cls)
        defaults = {f.name: f.default for f in fields(cls)}
        for name in valid:
            object.__setattr__(obj, name, values.get(name, defaults[name]))
        obj._validate(regions=regions)
        return obj

    @classmethod
    def from_yaml(
        cls: type[_P],
        path: str | os.PathLike[str],
        *,
        overrides: Mapping[str, object] | None = None,
        regions: Iterable[str] | None = None,
    ) -> _P:
        """Read parameters from a YAML file (a mapping of names to values).

        Parameters
        ----------
        path : str or path-like
            The YAML file.
        overrides : mapping, optional
            Values that replace the file's (e.g. ``-p`` options on the command line).
        regions : iterable of str, optional
            Valid region names; by default :data:`M49_REGIONS`.

        Returns
        -------
        ReportParams subclass instance

        Raises
        ------
        InputFileNotFoundError
            If the file does not exist.
        ParameterError
            If it is not a YAML mapping or a value is invalid.
        """
        import yaml

        p = Path(path)
        if not p.is_file():
            raise InputFileNotFoundError(f"parameter file '{p}' does not exist.")
        try:
            loaded = yaml.safe_load(p.read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            raise ParameterError(f"parameter file '{p}' is not valid YAML: {err}") from err
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ParameterError(
                f"parameter file '{p}' must hold a mapping of names to values, "
                f"found {type(loaded).__name__}."
            )
        return cls.from_mapping({**loaded, **(overrides or {})}, regions=regions)

    def to_papermill(self) -> dict[str, Any]:
        """Return the parameters as primitives for papermill (dates as ISO text, lists).

        Examples
        --------
        >>> StrategicParams(period_start=date(2023, 1, 1)).to_papermill()["period_start"]
        '2023-01-01'
        """
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    def replace(self: _P, **changes: object) -> _P:
        """Return a copy with some parameters changed (validated again).

        Examples
        --------
        >>> StrategicParams().replace(threshold=10).threshold
        10
        """
        return type(self).from_mapping({**self.to_papermill(), **changes})

    # -- validation ----------------------------------------------------------------
    def _validate(self, *, regions: Iterable[str] | None) -> None:
        name = type(self).__name__
        for f in fields(self):
            value = getattr(self, f.name)
            kind = str(f.type)
            choices = f.metadata.get("choices")
            if kind.startswith("tuple"):
                if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                    raise ParameterError(f"{name}.{f.name} must be a tuple of text, got {value!r}.")
            elif kind == "int" and (isinstance(value, bool) or not isinstance(value, int)):
                raise ParameterError(f"{name}.{f.name} must be a whole number, got {value!r}.")
            elif kind == "bool" and not isinstance(value, bool):
                raise ParameterError(f"{name}.{f.name} must be true or false, got {value!r}.")
            elif "date" in kind and value is not None and not isinstance(value, date):
                raise ParameterError(f"{name}.{f.name} must be a date, got {value!r}.")
            elif kind.startswith("str") and not (
                isinstance(value, str) or (value is None and "None" in kind)
            ):
                raise ParameterError(f"{name}.{f.name} must be text, got {value!r}.")
            if choices and value is not None and value not in choices:
                raise ParameterError(
                    f"parameter {f.name!r} must be one of {', '.join(choices)}; got {value!r}."
                )
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ParameterError(
                f"bad date range: period_start {self.period_start} is after period_end "
                f"{self.period_end}; swap them or widen the period."
            )
        if self.countries:
            known = _known_countries()
            upper = tuple(c.upper() for c in self.countries)
            for code in upper:
                if code not in known:
                    by_name = [c for c, n in known.items() if n.lower() == code.lower()]
                    same_start = [c for c in sorted(known) if len(code) > 1 and c[:2] == code[:2]]
                    picks = dict.fromkeys(by_name + same_start + _close(code, known, n=3))
                    close = [f"{c} ({known[c]})" for c in list(picks)[:5]]
                    hint = f" Did you mean: {', '.join(close)}?" if close else ""
                    raise ParameterError(
                        f"unknown country {code!r} in 'countries': expected ISO 3166-1 alpha-3 "
                        f"codes such as ITA, NGA, LBY ({len(known)} valid codes; see "
                        f"pycountry.countries).{hint}"
                    )
            object.__setattr__(self, "countries", upper)
        if self.region is not None:
            valid = tuple(regions) if regions is not None else M49_REGIONS
            by_lower = {r.lower(): r for r in valid}
            canonical = by_lower.get(self.region.strip().lower())
            if canonical is None:
                close = _close(self.region, valid)
                hint = f" Did you mean: {', '.join(close)}?" if close else ""
                raise ParameterError(
                    f"unknown region {self.region!r}.{hint} Valid regions: {', '.join(valid)}."
                )
            object.__setattr__(self, "region", canonical)


_P = TypeVar("_P", bound=ReportParams)


@dataclass(frozen=True)
class StrategicParams(ReportParams):
    """Parameters of the strategic report (disseminated: small counts suppressed).

    Attributes
    ----------
    threshold : int
        Counts below it are shown as ``"<threshold"`` with secondary suppression (default 5).
    freq : {"month", "quarter", "year"}
        Period of the trend charts.
    top_n : int
        How many routes and nationalities are listed by name; the rest are grouped.
    capture : str or None
        Path of a capture-history CSV (one 0/1 column per list and ``count``, the form of
        :func:`trendlib.estimate_hidden`'s table) for the "Hidden victims" section; None =
        no capture data (the section says so). Redacted from the outputs like other paths.

    Examples
    --------
    >>> p = StrategicParams(region="southern europe", crime_type="smuggling")
    >>> p.region, p.threshold
    ('Southern Europe', 5)
    """

    title: str = field(default="Strategic assessment", metadata=_meta("title shown on the report"))
    threshold: int = field(
        default=5, metadata=_meta("counts below it are suppressed (shown as <threshold)")
    )
    freq: str = field(
        default="quarter", metadata=_meta("period of the trend charts", choices=_FREQS)
    )
    top_n: int = field(default=10, metadata=_meta("routes and nationalities listed by name"))
    capture: str | None = field(
        default=None,
        metadata=_meta("capture-history CSV (0/1 column per list + count) for hidden victims"),
    )

    def _validate(self, *, regions: Iterable[str] | None) -> None:
        super()._validate(regions=regions)
        if self.capture is not None:
            path = Path(self.capture).expanduser()
            if not path.is_file():
                raise InputFileNotFoundError(
                    f"capture file '{self.capture}' (parameter 'capture') does not exist: give "
                    "a CSV with one 0/1 column per list and a 'count' column, or leave it empty."
                )
            # absolute: the notebook kernel runs in another folder
            object.__setattr__(self, "capture", str(path.resolve()))
        if not 1 <= self.threshold <= 1000:
            raise ParameterError(
                f"parameter 'threshold' must be between 1 and 1000, got {self.threshold}; "
                "use 5 (the default) or more for disseminated reports."
            )
        if not 1 <= self.top_n <= 100:
            raise ParameterError(f"parameter 'top_n' must be between 1 and 100, got {self.top_n}.")


@dataclass(frozen=True)
class OperationalParams(ReportParams):
    """Parameters of the operational report (for investigators; not suppressed).

    ``period_start``/``period_end`` are the operation's window; the same length of
    time just before it is the comparison period.

    Attributes
    ----------
    operation : str or None
        Name of the operation, shown in the title.
    max_rows : int
        Most records listed in the records table.

    Examples
    --------
    >>> p = OperationalParams.from_mapping(
    ...     {"operation": "Aurora", "period_start": "2024-03", "period_end": "2024-05"}
    ... )
    >>> p.period_end
    datetime.date(2024, 5, 31)
    """

    match: str = field(
        default="any", metadata=_meta("which country locates a record", choices=_MATCHES)
    )
    title: str = field(default="Operational report", metadata=_meta("title shown on the report"))
    operation: str | None = field(default=None, metadata=_meta("name of the operation"))
    max_rows: int = field(default=200, metadata=_meta("most records listed in the records table"))

    def _validate(self, *, regions: Iterable[str] | None) -> None:
        super()._validate(regions=regions)
        if not 1 <= self.max_rows <= 100_000:
            raise ParameterError(
                f"parameter 'max_rows' must be between 1 and 100000, got {self.max_rows}."
            )
