#!/usr/bin/python3
"""pymatgen's Vasprun on the same files as scripts/bench/vasprun_throughput.sh, for comparison.

Usage: /usr/bin/python3 scripts/bench/vasprun_pymatgen.py [--repeat N] FILE...

Parses each file N times (default 3) with Vasprun(path, parse_potcar_file=False) — pymatgen's
defaults otherwise, i.e. DOS and eigenvalues parsed too — then with parse_dos=False and
parse_eigen=False (closer to what the Java reader reads), and prints one JSON line per file and
mode with the first, best, median and mean MB/s and the peak resident memory of the process so
far, plus the mean parse after the first in process CPU time (less inflated by a loaded machine than wall time).
(The first parse of the first file also pays pymatgen's lazy imports.)
"""
import json
import os
import resource
import sys
import time
import warnings


def main(argv):
    from pymatgen.io.vasp.outputs import Vasprun

    repeat = 3
    if argv[:1] == ["--repeat"]:
        repeat = int(argv[1])
        argv = argv[2:]
    for path in argv:
        mb = os.path.getsize(path) / 1e6
        for mode, kwargs in (("default", {}), ("no_dos_eigen", {"parse_dos": False, "parse_eigen": False})):
            times = []
            cpu = []
            energy = None
            for _ in range(repeat):
                c0 = time.process_time()
                t0 = time.perf_counter()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    v = Vasprun(path, parse_potcar_file=False, **kwargs)
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
                energy = float(v.final_energy)
                steps = len(v.ionic_steps)
                del v
            ordered = sorted(times)
            median = ordered[len(ordered) // 2]
            # Mean CPU time per parse after the first (which pays lazy imports), as for Java.
            cpu_mean = sum(cpu[1:]) / max(1, len(cpu) - 1) if len(cpu) > 1 else cpu[0]
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps({"file": path, "mode": mode, "mb": round(mb, 3), "repeat": repeat,
                              "first_s": round(times[0], 4), "best_s": round(min(times), 5),
                              "median_s": round(median, 5), "mean_s": round(sum(times) / repeat, 5),
                              "first_mb_s": round(mb / times[0], 2),
                              "best_mb_s": round(mb / min(times), 2),
                              "median_mb_s": round(mb / median, 2),
                              "mean_mb_s": round(mb * repeat / sum(times), 2),
                              "cpu_mean_after_first_mb_s": round(mb / cpu_mean, 2),
                              "ionic_steps": steps, "energy": energy,
                              "peak_rss_mb": round(rss, 1)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
