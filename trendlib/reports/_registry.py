"""The report registry: report name -> template notebook and parameter class."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trendlib.config import OperationalParams, ReportParams, StrategicParams
from trendlib.errors import ParameterError

__all__ = ["REPORTS", "ReportSpec", "get_spec", "notebooks_dir"]


@dataclass(frozen=True)
class ReportSpec:
    """A report trendlib can render.

    Attributes
    ----------
    name : str
        Registry key (``"strategic"``, ``"operational"``).
    notebook : str
        File name of the template in the notebooks folder.
    params : type
        Its :class:`trendlib.config.ReportParams` subclass.
    disseminated : bool
        Whether small counts are suppressed (strategic products).
    description : str
        One line for ``--help``.
    """

    name: str
    notebook: str
    params: type[ReportParams]
    disseminated: bool
    description: str

    @property
    def path(self) -> Path:
        """The template notebook's path."""
        return notebooks_dir() / self.notebook


REPORTS: dict[str, ReportSpec] = {
    "strategic": ReportSpec(
        "strategic",
        "strategic_report.ipynb",
        StrategicParams,
        True,
        "trends by crime type, exploitation, region, route and nationality; "
        "small counts suppressed",
    ),
    "operational": ReportSpec(
        "operational",
        "operational_report.ipynb",
        OperationalParams,
        False,
        "one operation's window and countries: timeline, window vs before, records table",
    ),
}


def notebooks_dir() -> Path:
    """Folder of the template notebooks (``trendlib/_notebooks`` in a wheel, else ``notebooks/``).

    Examples
    --------
    >>> (notebooks_dir() / "strategic_report.ipynb").name
    'strategic_report.ipynb'
    """
    package = Path(__file__).resolve().parents[1]
    installed = package / "_notebooks"
    return installed if installed.is_dir() else package.parent / "notebooks"


def get_spec(name: str) -> ReportSpec:
    """Return the registered report ``name``.

    Raises
    ------
    ParameterError
        Listing the valid names.

    Examples
    --------
    >>> get_spec("strategic").params.__name__
    'StrategicParams'
    """
    try:
        return REPORTS[name]
    except KeyError:
        raise ParameterError(
            f"unknown report {name!r}; valid reports: {', '.join(sorted(REPORTS))}."
        ) from None
