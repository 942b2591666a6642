"""Report parameter schema: validation before any kernel starts."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import papermill as pm
import pytest

from trendlib.config import M49_REGIONS, OperationalParams, StrategicParams
from trendlib.errors import InputFileNotFoundError, ParameterError
from trendlib.reports import REPORTS, make_params, notebooks_dir


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_notebook_parameters_are_exactly_the_dataclass_fields(name: str) -> None:
    spec = REPORTS[name]
    inspected = pm.inspect_notebook(str(notebooks_dir() / spec.notebook))
    assert tuple(inspected) == spec.params.field_names()


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_notebook_defaults_match_the_dataclass(name: str) -> None:
    spec = REPORTS[name]
    inspected = pm.inspect_notebook(str(notebooks_dir() / spec.notebook))
    defaults = spec.params().to_papermill()
    for key, info in inspected.items():
        assert ast.literal_eval(info["default"]) == defaults[key], key


def test_templates_are_committed_without_outputs() -> None:
    import nbformat

    for spec in REPORTS.values():
        nb = nbformat.read(notebooks_dir() / spec.notebook, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [], (spec.notebook, cell.id)
                assert cell.execution_count is None, (spec.notebook, cell.id)


def test_from_mapping_coerces_command_line_text() -> None:
    p = StrategicParams.from_mapping(
        {
            "period_start": "2022",
            "period_end": "2023-06",
            "countries": "ita, mlt",
            "threshold": "10",
            "crime_type": "",
            "region": "southern europe",
        }
    )
    assert p.period_start == date(2022, 1, 1)
    assert p.period_end == date(2023, 6, 30)
    assert p.countries == ("ITA", "MLT")
    assert p.threshold == 10
    assert p.crime_type is None
    assert p.region == "Southern Europe"


def test_to_papermill_gives_primitives() -> None:
    p = OperationalParams(period_start=date(2024, 3, 1), countries=("ITA",), operation="Aurora")
    out = p.to_papermill()
    assert out["period_start"] == "2024-03-01"
    assert out["countries"] == ["ITA"]
    assert OperationalParams.from_mapping(out) == p


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [
        (
            {"treshold": 3},
            r"unknown parameter 'treshold'.*did you mean 'threshold'.*Valid parameters",
        ),
        ({"threshold": "five"}, r"'threshold' must be a whole number"),
        ({"threshold": 2.5}, r"'threshold' must be a whole number"),
        ({"threshold": True}, r"'threshold' must be a whole number"),
        ({"threshold": 0}, r"between 1 and 1000"),
        ({"period_start": "2024-05", "period_end": "2024-01"}, r"bad date range"),
        ({"period_end": "31/12/2024"}, r"YYYY, YYYY-MM or YYYY-MM-DD"),
        ({"countries": ["NGR"]}, r"unknown country 'NGR'.*NGA \(Nigeria\)"),
        ({"region": "Southern Erope"}, r"unknown region.*Southern Europe.*Valid regions"),
        ({"crime_type": "drugs"}, r"one of trafficking, smuggling, both"),
        ({"freq": "weekly"}, r"one of month, quarter, year"),
        ({"data": 5}, r"list of text"),
    ],
)
def test_bad_parameters_raise_parameter_error(mapping: dict, expected: str) -> None:
    with pytest.raises(ParameterError, match=expected):
        StrategicParams.from_mapping(mapping)


def test_operational_has_its_own_fields() -> None:
    with pytest.raises(ParameterError, match="unknown parameter 'threshold'"):
        OperationalParams.from_mapping({"threshold": 5})
    assert OperationalParams().match == "any"


def test_direct_construction_is_validated_too() -> None:
    with pytest.raises(ParameterError, match="bad date range"):
        StrategicParams(period_start=date(2024, 2, 1), period_end=date(2024, 1, 1))


def test_region_list_comes_from_the_region_table() -> None:
    from trendlib.clean.regions import REGIONS

    assert set(M49_REGIONS) == set(REGIONS)  # config keeps a copy (it may not import clean)
    assert make_params("strategic", {"region": "western africa"}).region == "Western Africa"


def test_from_yaml(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text("period_end: 2023-12-31\ncountries: [ITA, GRC]\nthreshold: 10\n")
    p = StrategicParams.from_yaml(f, overrides={"threshold": "20"})
    assert (p.period_end, p.countries, p.threshold) == (date(2023, 12, 31), ("ITA", "GRC"), 20)
    f.write_text("- a\n- b\n")
    with pytest.raises(ParameterError, match="mapping"):
        StrategicParams.from_yaml(f)
    with pytest.raises(InputFileNotFoundError):
        StrategicParams.from_yaml(tmp_path / "missing.yaml")


def test_unknown_report_lists_the_valid_ones() -> None:
    with pytest.raises(ParameterError, match="operational, strategic"):
        make_params("tactical", {})


def test_wrong_params_class_is_refused() -> None:
    with pytest.raises(ParameterError, match="StrategicParams"):
        make_params("strategic", OperationalParams())
