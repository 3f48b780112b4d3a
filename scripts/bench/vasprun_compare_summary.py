#!/usr/bin/python3
"""Summarises scripts/bench/vasprun_compare.sh output: per file, the median over rounds of each
reader's first, best, warm-median and CPU-time-mean MB/s, and the ratios Anneal / pymatgen (default mode).

Usage: /usr/bin/python3 scripts/bench/vasprun_compare_summary.py results.jsonl
"""
import json
import statistics
import sys
from collections import defaultdict


def main(path):
    rows = [json.loads(line) for line in open(path) if line.strip().startswith("{")]
    loads = [r["uptime"].split("load average:")[1].strip() for r in rows if r["reader"] == "uptime"]
    print("load averages (1, 5, 15 min) at each round start and at the end:", " | ".join(loads))
    by = defaultdict(list)
    for r in rows:
        if r["reader"] == "anneal":
            by[(r["file"], "anneal")].append(r)
        elif r["reader"] == "pymatgen":
            by[(r["file"], "pymatgen " + r["mode"])].append(r)
    files = sorted({f for f, _ in by})
    for f in files:
        print(f)
        a = by[(f, "anneal")]
        p = by[(f, "pymatgen default")]
        q = by[(f, "pymatgen no_dos_eigen")]
        med = lambda rs, k: statistics.median(x[k] for x in rs)
        print("  rounds: %d" % len(a))
        print("  anneal    first %8.2f  best %8.2f  warm median %8.2f  cpu-time mean %8.2f MB/s" % (
            med(a, "first_mb_s"), med(a, "best_mb_s"), med(a, "warm_median_mb_s"),
            med(a, "cpu_warm_mean_mb_s")))
        for name, rs in (("pymatgen", p), ("pym-noDOS", q)):
            print("  %-9s first %8.2f  best %8.2f  median      %8.2f  cpu-time mean %8.2f MB/s" % (
                name, med(rs, "first_mb_s"), med(rs, "best_mb_s"), med(rs, "median_mb_s"),
                med(rs, "cpu_mean_after_first_mb_s")))
        # Ratios within each round (back to back), then the median over rounds.
        pair = list(zip(a, p))
        print("  ratio anneal/pymatgen (median of per-round ratios): first %.1fx  best %.1fx  median %.1fx" % (
            statistics.median(x["first_mb_s"] / y["first_mb_s"] for x, y in pair),
            statistics.median(x["best_mb_s"] / y["best_mb_s"] for x, y in pair),
            statistics.median(x["warm_median_mb_s"] / y["median_mb_s"] for x, y in pair)))
        print("  ratio of cpu-time means (median of per-round ratios): %.1fx" % statistics.median(
            x["cpu_warm_mean_mb_s"] / y["cpu_mean_after_first_mb_s"] for x, y in pair))
        print("  per-round best ratios: " + ", ".join("%.1f" % (x["best_mb_s"] / y["best_mb_s"]) for x, y in pair))


if __name__ == "__main__":
    main(sys.argv[1])
