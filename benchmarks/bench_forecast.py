"""Forecast accuracy and speed on real data: trendlib vs statsforecast's AutoETS.

Reads the INTERNAL real datasets (never copied into the repo) with plain pandas:

* Frontex monthly illegal border-crossing detections by route, and by route x main
  nationalities (top 5 per route by detections up to the first backtest cutoff, the
  rest pooled as ``other``; no look-ahead);
* IOM DTM monthly Mediterranean arrivals by arrival country (ESP split into its WAAR
  and WMR parts, the ESP total left out), and by country x main nationalities.

For each set: a rolling-origin backtest (h = 6, 4 windows, step 6) of trendlib's
``auto``, ``SeasonalNaive``, ``ETS``, ``ETS-log`` and ``Theta``, and of statsforecast's
``AutoETS`` run in a separate venv (``benchmarks/.venv-peers``, created on first use:
statsforecast 2.1 pins pandas < 3) through parquet files. Every forecast is scored by
the same :func:`trendlib.forecast.metrics.evaluate`. Throughput: one fit + forecast of
every series on its full history, trendlib ETS / auto vs AutoETS (one core each).

Synthetic sets (``trendlib.samples.make_truth``, known seasonal/trend shapes) are
backtested the same way (trendlib models only) so that a rule is checked beyond the
real data: 72 months by corridor (seeds 0-2, 4 windows) and the strategic report's
case, 36 months by crime type with the total (3 windows, as the report does).

Usage (from the repository root)::

    /work/venv/bin/python benchmarks/bench_forecast.py [--data ../shared/data/real] [--no-peers]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from trendlib.forecast.backtest import backtest
from trendlib.forecast.metrics import evaluate
from trendlib.forecast.models import ETS, AutoModel
from trendlib.forecast.orchestrator import to_wide
from trendlib.forecast.reconciliation import METHODS, choose_reconciliation, reconcile
from trendlib.samples import make_truth
from trendlib.series import to_series

HERE = Path(__file__).resolve().parent
OUT = HERE / "_out"
PEERS = HERE / ".venv-peers"
H, N_WINDOWS, SEASON = 6, 4, 12
MODELS = ["auto", "SeasonalNaive", "ETS", "ETS-log", "Theta"]


def _records(frame: pd.DataFrame, dims: dict[str, str], source: pd.Series | str) -> pd.DataFrame:
    """A minimal record frame of aggregate cells (one indicator, one breakdown)."""
    rec = pd.DataFrame(
        {
            "source": source,
            "event_date": pd.to_datetime(frame["month"]),
            "date_precision": "month",
            "n_persons": frame["n"].astype("Int64"),
            "indicator": "detections",
            "breakdown": "+".join(dims),
        }
    )
    for col, src in dims.items():
        rec[col] = frame[src].to_numpy()
    return rec


def _main_nat(frame: pd.DataFrame, group: str, first_cut: str, k: int = 5) -> pd.Series:
    before = frame[frame["month"] <= first_cut]
    top = before.groupby([group, "nat"])["n"].sum().reset_index()
    top = top.sort_values("n", ascending=False).groupby(group).head(k)
    keep = pd.MultiIndex.from_frame(top[[group, "nat"]])
    is_main = pd.MultiIndex.from_frame(frame[[group, "nat"]]).isin(keep)
    return pd.Series(np.where(is_main, frame["nat"], "other"), index=frame.index)


def datasets(data: Path) -> dict[str, pd.DataFrame]:
    fx = pd.read_csv(data / "frontex_ibc" / "frontex_ibc_monthly_route_nat_2009-01_2025-04.csv")
    fx_end = fx["month"].max()
    first_cut = str(pd.Period(fx_end, "M") - H * N_WINDOWS)
    fx = fx.assign(nat_main=_main_nat(fx, "route", first_cut))
    out = {
        "frontex_route": to_series(
            _records(fx, {"route_label": "route"}, "frontex"), by=["route_label"], hierarchy=False
        ),
        "frontex_route_nat": to_series(
            _records(fx, {"route_label": "route", "nationality": "nat_main"}, "frontex"),
            by=["route_label", "nationality"],
            hierarchy=False,
        ),
    }
    dtm = pd.read_csv(data / "dtm_med_arrivals" / "dtm_med.csv")
    dtm = dtm[(dtm["geo"] != "ESP") & (dtm["month"] >= "2015-01") & (dtm["n"] >= 0)]
    # each arrival country is its own source: its reporting span is its own
    out["dtm_country"] = to_series(
        _records(dtm, {"detection_country": "geo"}, dtm["geo"]),
        by=["detection_country"],
        hierarchy=False,
    )
    nat = pd.read_csv(data / "dtm_med_arrivals" / "dtm_med_nat.csv")
    # negative cells are published corrections (mostly the OOO balancing rows): left out
    nat = nat[(nat["geo"] != "ESP") & (nat["month"] >= "2015-01") & (nat["n"] >= 0)]
    nat_end = nat["month"].max()
    nat = nat.assign(
        nat_main=_main_nat(nat, "geo", str(pd.Period(nat_end, "M") - H * N_WINDOWS), k=5)
    )
    out["dtm_country_nat"] = to_series(
        _records(nat, {"detection_country": "geo", "nationality": "nat_main"}, nat["geo"]),
        by=["detection_country", "nationality"],
        hierarchy=False,
    )
    return out


def synthetic_sets() -> dict[str, tuple[pd.DataFrame, int]]:
    """Synthetic series with known shapes: (series frame, number of backtest windows)."""
    out = {}
    for seed in (0, 1, 2):
        truth = make_truth(seed=seed, months=72, n_events=12000)
        rec = truth.assign(source="synthetic", date_precision="month")
        out[f"samples72_corridor_s{seed}"] = (
            to_series(rec, by=["corridor"], hierarchy=False),
            N_WINDOWS,
        )
    truth = make_truth(seed=0, months=36, n_events=3000)  # the data_samples default
    rec = truth.assign(source="synthetic", date_precision="month")
    out["samples36_crime_type"] = (to_series(rec, by=["crime_type"]), 3)
    out["samples36_corridor"] = (to_series(rec, by=["corridor"], hierarchy=False), 3)
    return out


def hierarchy(data: Path) -> dict[str, object]:
    """Backtest the Frontex hierarchy and compare the reconciliation methods.

    Out of sample: the backtest has 8 windows; each of the last 4 is reconciled with
    what ``reconcile`` may know at its cutoff, the backtest of the 4 windows before it
    (MinT's error covariance, the copula and the interval calibration all come from
    there). Per method: mean MASE over all nodes and the 80/95 % coverage of the
    reconciled intervals (re-derived from reconciled sample paths, calibrated per
    level), overall and per level, and for comparison the coverage of the base bounds
    shifted with their point forecast (what ``reconcile`` did before 2026-11).
    """
    fx = pd.read_csv(data / "frontex_ibc" / "frontex_ibc_monthly_route_nat_2009-01_2025-04.csv")
    first_cut = str(pd.Period(fx["month"].max(), "M") - H * N_WINDOWS)
    fx = fx.assign(nat_main=_main_nat(fx, "route", first_cut))
    rec = _records(fx, {"route_label": "route", "nationality": "nat_main"}, "frontex")
    ser = to_series(rec, by=["route_label", "nationality"])
    bt = backtest(ser, h=H, n_windows=2 * N_WINDOWS, models=["auto"])
    cuts = sorted(bt.forecasts["cutoff"].unique())
    scored = bt.forecasts[bt.forecasts["cutoff"].isin(cuts[N_WINDOWS:])]
    level = {
        "total": lambda u: u == "total",
        "route": lambda u: u != "total" and " / " not in u,
        "route x nat": lambda u: " / " in u,
    }

    def _scores(fc: pd.DataFrame) -> dict[str, float]:
        ev = evaluate(fc, ser, season_length=SEASON, models=["auto"])
        out = {k: float(v) for k, v in ev.groupby("metric")["auto"].mean().items()}
        for name, is_level in level.items():
            sub = ev[ev["unique_id"].map(is_level)]
            for lv in ("80", "95"):
                out[f"{name}:coverage-{lv}"] = float(
                    sub.loc[sub["metric"] == f"coverage-{lv}", "auto"].mean()
                )
        return out

    rows = {"base": _scores(scored)}
    base = scored.set_index(["unique_id", "ds", "cutoff"])
    for method in METHODS:
        parts = []
        for i in range(N_WINDOWS, len(cuts)):
            past = bt.forecasts[bt.forecasts["cutoff"].isin(cuts[i - N_WINDOWS : i])]
            now = bt.forecasts[bt.forecasts["cutoff"] == cuts[i]]
            parts.append(reconcile(now, method=method, backtest=past))
        rec_fc = pd.concat(parts)
        rows[method] = _scores(rec_fc)
        shifted = rec_fc.set_index(["unique_id", "ds", "cutoff"])
        old = base.reindex(shifted.index)
        shift = shifted["auto"] - old["auto"]
        for lv in ("80", "95"):
            lo, hi = f"auto-lo-{lv}", f"auto-hi-{lv}"
            shifted[lo] = np.minimum((old[lo] + shift).clip(lower=0), shifted["auto"])
            shifted[hi] = np.maximum((old[hi] + shift).clip(lower=0), shifted["auto"])
        rows[method].update({f"shifted:{k}": v for k, v in _scores(shifted.reset_index()).items()})
    return {
        "n_series": int(ser["unique_id"].nunique()),
        "by_method": rows,
        "chosen": choose_reconciliation(scored),
    }


def ensure_peers() -> Path:
    py = PEERS / "bin" / "python"
    if not py.exists():
        print("creating", PEERS, "(statsforecast 2.1) ...", flush=True)
        subprocess.run(
            [sys.executable.replace("python", "python3"), "-m", "venv", str(PEERS)], check=False
        )
        if not py.exists():
            subprocess.run(["python3", "-m", "venv", str(PEERS)], check=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "-q", "statsforecast==2.1.*", "pyarrow"], check=True
        )
    return py


def run_peer(name: str, series: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, float]]:
    py = ensure_peers()
    # statsforecast needs no NaN: drop the periods before a series' first report
    s = series.sort_values(["unique_id", "ds"])
    started = s.groupby("unique_id")["y"].transform(lambda v: v.notna().cummax())
    s = s[started].copy()
    s["y"] = s["y"].fillna(0.0)  # internal gaps (none in these sets) would count as 0
    src = OUT / f"{name}_series.parquet"
    s.to_parquet(src, index=False)
    cv, timing = OUT / f"{name}_autoets_cv.parquet", OUT / f"{name}_autoets_timing.json"
    subprocess.run(
        [
            str(py),
            str(HERE / "_peer_statsforecast.py"),
            str(src),
            str(cv),
            str(timing),
            str(H),
            str(N_WINDOWS),
            str(SEASON),
        ],
        check=True,
    )
    return pd.read_parquet(cv), json.loads(timing.read_text())


def throughput(series: pd.DataFrame) -> dict[str, float]:
    wide = to_wide(series)
    out = {}
    for label, model in (("ETS", ETS(SEASON)), ("auto", AutoModel(SEASON))):
        best = np.inf
        for _ in range(3):
            t0 = time.perf_counter()
            model.fit(wide.values).predict(H, level=(80, 95))
            best = min(best, time.perf_counter() - t0)
        out[f"{label}_s"] = best
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data" / "real")
    ap.add_argument("--no-peers", action="store_true", help="skip statsforecast AutoETS")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    rows = []
    for name, ser in datasets(args.data).items():
        n = ser["unique_id"].nunique()
        t0 = time.perf_counter()
        bt = backtest(ser, h=H, n_windows=N_WINDOWS, models=MODELS)
        bt_s = time.perf_counter() - t0
        fc = bt.forecasts
        speed = throughput(ser)
        peer_t: dict[str, float] = {}
        if not args.no_peers:
            cv, peer_t = run_peer(name, ser)
            cv["ds"] = pd.to_datetime(cv["ds"])
            cv["cutoff"] = pd.to_datetime(cv["cutoff"])
            cols = [c for c in cv.columns if c.startswith("AutoETS")]
            fc = fc.merge(
                cv[["unique_id", "ds", "cutoff", *cols]],
                how="left",
                on=["unique_id", "ds", "cutoff"],
            )
            for c in cols:  # same floor at 0 as trendlib's outputs
                fc[c] = fc[c].clip(lower=0)
        ev = evaluate(fc, ser, season_length=SEASON)
        ev.to_csv(OUT / f"{name}_evaluation.csv", index=False)
        mase = ev[ev["metric"] == "mase"].dropna(subset=["auto", "SeasonalNaive"])
        ratio = (mase["auto"] / mase["SeasonalNaive"]).replace([np.inf, 0], np.nan).dropna()
        mean = ev.groupby("metric").mean(numeric_only=True)
        med = ev.groupby("metric").median(numeric_only=True)
        res = {"set": name, "n_series": n, "backtest_s": round(bt_s, 2)}
        for alias in [c for c in mean.columns]:
            res[f"{alias}:mase"] = mean.loc["mase", alias]
            res[f"{alias}:mase_median"] = med.loc["mase", alias]
            res[f"{alias}:cov80"] = mean.loc["coverage-80", alias]
            res[f"{alias}:cov95"] = mean.loc["coverage-95", alias]
        res["auto_vs_SN_geomean"] = float(np.exp(np.log(ratio).mean()))
        res["auto_beats_SN_share"] = float((ratio < 1).mean())
        res["ETS_series_per_s"] = n / speed["ETS_s"]
        res["auto_series_per_s"] = n / speed["auto_s"]
        if peer_t:
            res["AutoETS_series_per_s"] = peer_t["n_series"] / peer_t["fit_forecast_s"]
        rows.append(res)
        print(json.dumps(res, default=float), flush=True)
    syn_rows = []
    for name, (ser, n_windows) in synthetic_sets().items():
        bt = backtest(ser, h=H, n_windows=n_windows, models=MODELS)
        ev = bt.evaluation
        mase = ev[ev["metric"] == "mase"].dropna(subset=["auto", "SeasonalNaive"])
        ratio = (mase["auto"] / mase["SeasonalNaive"]).replace([np.inf, 0], np.nan).dropna()
        mean = ev.groupby("metric").mean(numeric_only=True)
        syn = {"set": name, "n_series": ser["unique_id"].nunique(), "windows": n_windows}
        for alias in MODELS:
            syn[f"{alias}:mase"] = mean.loc["mase", alias]
        syn["auto:cov80"] = mean.loc["coverage-80", "auto"]
        syn["auto:cov95"] = mean.loc["coverage-95", "auto"]
        syn["auto_vs_SN_geomean"] = float(np.exp(np.log(ratio).mean()))
        syn["auto_beats_SN_share"] = float((ratio < 1).mean())
        syn_rows.append(syn)
        print(json.dumps(syn, default=float), flush=True)
    hier = hierarchy(args.data)
    print(json.dumps(hier), flush=True)
    table = pd.DataFrame(rows)
    table.to_csv(OUT / "bench_forecast.csv", index=False)
    pd.DataFrame(syn_rows).to_csv(OUT / "bench_forecast_synthetic.csv", index=False)
    print()
    print(markdown(table))
    print()
    print(synthetic_markdown(syn_rows))
    print()
    print(hierarchy_markdown(hier))


def synthetic_markdown(rows: list[dict[str, object]]) -> str:
    lines = [
        "| synthetic set | series | windows | auto | SeasonalNaive | ETS-log | Theta |"
        " auto vs SN (mean; geo-mean ratio; share better) | cov 80/95 auto |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        v = {k: float(x) for k, x in r.items() if isinstance(x, float | np.floating)}
        lines.append(
            f"| {r['set']} | {r['n_series']} | {r['windows']} | {v['auto:mase']:.3f} | "
            f"{v['SeasonalNaive:mase']:.3f} | {v['ETS-log:mase']:.3f} | {v['Theta:mase']:.3f} | "
            f"{v['auto:mase'] / v['SeasonalNaive:mase'] - 1:+.1%}; "
            f"{v['auto_vs_SN_geomean']:.2f}; {v['auto_beats_SN_share']:.0%} | "
            f"{v['auto:cov80']:.0%} / {v['auto:cov95']:.0%} |"
        )
    return "\n".join(lines)


def hierarchy_markdown(hier: dict[str, object]) -> str:
    def cov(r: dict[str, float], prefix: str = "") -> str:
        cells = [f"{r[f'{prefix}coverage-80']:.0%} / {r[f'{prefix}coverage-95']:.0%}"]
        for name in ("total", "route", "route x nat"):
            cells.append(
                f"{r[f'{prefix}{name}:coverage-80']:.0%} / {r[f'{prefix}{name}:coverage-95']:.0%}"
            )
        return " | ".join(cells)

    lines = [
        "| method | mean MASE | cov 80 / 95: all | total | route | route x nat |"
        " shifted base bounds: all | total | route | route x nat |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    by_method: dict[str, dict[str, float]] = hier["by_method"]  # type: ignore[assignment]
    for method, r in by_method.items():
        old = cov(r, "shifted:") if "shifted:coverage-80" in r else "- | - | - | -"
        lines.append(f"| {method} | {r['mase']:.3f} | {cov(r)} | {old} |")
    lines.append(f"\nchosen: {hier['chosen']}")
    return "\n".join(lines)


def markdown(t: pd.DataFrame) -> str:
    aliases = ["auto", "SeasonalNaive", "AutoETS", "ETS-log", "ETS", "Theta"]
    aliases = [a for a in aliases if f"{a}:mase" in t.columns]
    head = "| set | series | " + " | ".join(f"{a} MASE mean (median)" for a in aliases)
    head += (
        " | auto vs SN (mean; geo-mean ratio; share better) | cov 80/95 auto | cov 80/95 AutoETS |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for _, r in t.iterrows():
        cells = [f"{r[f'{a}:mase']:.3f} ({r[f'{a}:mase_median']:.3f})" for a in aliases]
        gain = 1 - r["auto:mase"] / r["SeasonalNaive:mase"]
        peer = (
            f"{r['AutoETS:cov80']:.0%} / {r['AutoETS:cov95']:.0%}" if "AutoETS:cov80" in r else "-"
        )
        lines.append(
            f"| {r['set']} | {r['n_series']} | "
            + " | ".join(cells)
            + f" | {-gain:+.0%}; {r['auto_vs_SN_geomean']:.2f}; {r['auto_beats_SN_share']:.0%}"
            + f" | {r['auto:cov80']:.0%} / {r['auto:cov95']:.0%} | {peer} |"
        )
    lines.append("")
    lines.append("| set | trendlib ETS series/s | trendlib auto series/s | AutoETS series/s |")
    lines.append("|---|---|---|---|")
    for _, r in t.iterrows():
        peer = f"{r['AutoETS_series_per_s']:.1f}" if "AutoETS_series_per_s" in r else "-"
        lines.append(
            f"| {r['set']} | {r['ETS_series_per_s']:.0f} | {r['auto_series_per_s']:.0f} | {peer} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
