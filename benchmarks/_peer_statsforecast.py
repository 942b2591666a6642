"""Run statsforecast's AutoETS on series written by bench_forecast.py (peer comparison).

Runs inside the separate venv ``benchmarks/.venv-peers`` (statsforecast 2.1 pins
pandas < 3, trendlib needs pandas 3). Usage::

    python _peer_statsforecast.py IN.parquet OUT_CV.parquet OUT_TIMING.json H N_WINDOWS SEASON

Reads ``unique_id, ds, y`` (leading unreported periods already dropped), writes the
rolling-origin forecasts (``unique_id, ds, cutoff, AutoETS, AutoETS-lo-80, ...``) and
the wall time of one fit + forecast of every series on its full history (one core).
"""

from __future__ import annotations

import json
import sys
import time

import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS


def main() -> None:
    src, out_cv, out_timing, h, n_windows, season = sys.argv[1:7]
    h, n_windows, season = int(h), int(n_windows), int(season)
    df = pd.read_parquet(src)
    df["ds"] = pd.to_datetime(df["ds"])
    sf = StatsForecast(models=[AutoETS(season_length=season)], freq="MS", n_jobs=1)
    # warm-up (numba compilation) on one series, not timed
    first = df[df["unique_id"] == df["unique_id"].iloc[0]]
    sf.forecast(df=first, h=h)
    t0 = time.perf_counter()
    sf.forecast(df=df, h=h, level=[80, 95])
    fit_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    cv = sf.cross_validation(df=df, h=h, n_windows=n_windows, step_size=h, level=[80, 95])
    cv_s = time.perf_counter() - t0
    cv = cv.reset_index() if "unique_id" not in cv.columns else cv
    cv.to_parquet(out_cv, index=False)
    n = int(df["unique_id"].nunique())
    with open(out_timing, "w") as fh:
        json.dump({"n_series": n, "fit_forecast_s": fit_s, "cv_s": cv_s}, fh)


if __name__ == "__main__":
    main()
