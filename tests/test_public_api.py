"""The public names of DESIGN.md §4 resolve, and importing trendlib stays light."""

import subprocess
import sys

import pytest

import trendlib as tl


@pytest.mark.parametrize("name", tl.__all__)
def test_every_public_name_resolves(name):
    assert getattr(tl, name) is not None


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        tl.nope  # noqa: B018


def test_forecast_stays_callable_after_its_package_is_imported():
    import trendlib.forecast.models  # noqa: F401

    assert callable(tl.forecast)


def test_import_has_no_heavy_side_effects():
    code = "import sys, trendlib; print('papermill' in sys.modules, 'statsmodels' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
