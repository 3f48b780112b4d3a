#!/usr/bin/python3
"""Times the CIF readers Anneal compares itself with, on the same files as CifParseBenchmark.

Usage: /usr/bin/python3 scripts/peers/bench_cif_peers.py [DIR] [--rounds N]

For each peer, every file's text is read into memory first (as the JMH benchmark does), one
warm-up round is run, then N timed rounds; the best round is reported as files/s on one thread.
  gemmi:    gemmi.read_small_structure(path-free: cif.read_string -> make_small_structure_from_block)
            plus every unit-cell site via small.get_all_unit_cell_sites()
  pymatgen: CifParser(StringIO).get_structures(primitive=False)
"""
import argparse
import io
import os
import sys
import time
import warnings


def files_in(root):
    return sorted(os.path.join(root, n) for n in os.listdir(root) if n.endswith(".cif"))


def gemmi_parse(texts):
    import gemmi

    n = 0
    for text in texts:
        small = gemmi.make_small_structure_from_block(gemmi.cif.read_string(text).sole_block())
        n += len(small.get_all_unit_cell_sites())
    return n


def gemmi_parse_paths(paths):
    import gemmi

    n = 0
    for path in paths:
        small = gemmi.read_small_structure(path)
        n += len(small.get_all_unit_cell_sites())
    return n


def pymatgen_parse(texts):
    from pymatgen.io.cif import CifParser

    n = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for text in texts:
            n += sum(len(s) for s in CifParser(io.StringIO(text)).get_structures(primitive=False))
    return n


def bench(name, fn, arg, count, rounds):
    fn(arg)  # warm-up: imports, caches
    best = best_cpu = float("inf")
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.thread_time()
        sites = fn(arg)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.thread_time() - c0)
    # Wall time suffers when the machine is shared; this thread's CPU time much less so.
    print(f"{name:28s} {count / best:10.1f} files/s wall, {count / best_cpu:10.1f} files/s CPU"
          f"  (best of {rounds} rounds; {best * 1000:.1f} ms wall for {count} files, {sites} sites)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="../shared/corpus/crystal/3dsc")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    paths = files_in(args.dir)
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    print(f"{len(paths)} files in {args.dir}; one thread", file=sys.stderr)
    bench("gemmi (from memory)", gemmi_parse, texts, len(paths), args.rounds)
    bench("gemmi read_small_structure", gemmi_parse_paths, paths, len(paths), args.rounds)
    bench("pymatgen CifParser", pymatgen_parse, texts, len(paths), max(1, args.rounds // 2))


if __name__ == "__main__":
    main()
