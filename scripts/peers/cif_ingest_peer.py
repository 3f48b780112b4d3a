#!/usr/bin/python3
"""The whole-process peer of `anneal ingest` on CIFs: one Python process reads every CIF of a
directory (recursively) or of one .tar.gz, parses it and expands the unit cell, and prints
the wall and CPU time of the process, including interpreter start-up and imports.

usage: /usr/bin/python3 scripts/peers/cif_ingest_peer.py gemmi|pymatgen DIR|FILE.tar.gz
  gemmi:    cif.read_string -> make_small_structure_from_block -> get_all_unit_cell_sites()
  pymatgen: CifParser(StringIO).get_structures(primitive=False)
A file the library cannot read is counted as failed, not fatal (as Anneal quarantines it).
"""
import io
import os
import resource
import sys
import tarfile
import time
import warnings

T0 = time.time()


def texts(src):
    if os.path.isdir(src):
        paths = []
        for d, _, names in os.walk(src):
            paths += [os.path.join(d, x) for x in names if x.endswith(".cif")]
        for p in sorted(paths):
            with open(p, encoding="utf-8", errors="replace") as f:
                yield f.read()
    else:
        with tarfile.open(src, "r:*") as tar:
            for m in tar:
                if m.isfile() and m.name.endswith(".cif"):
                    yield tar.extractfile(m).read().decode("utf-8", "replace")


def main(lib, src):
    ok = failed = sites = 0
    if lib == "gemmi":
        import gemmi

        def parse(text):
            small = gemmi.make_small_structure_from_block(gemmi.cif.read_string(text).sole_block())
            return len(small.get_all_unit_cell_sites())
    else:
        from pymatgen.io.cif import CifParser
        warnings.simplefilter("ignore")

        def parse(text):
            return sum(len(s) for s in CifParser(io.StringIO(text)).get_structures(primitive=False))
    for text in texts(src):
        try:
            sites += parse(text)
            ok += 1
        except Exception:  # noqa: BLE001 - counted, as a quarantine would be
            failed += 1
    wall = time.time() - T0
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{lib}: {ok} files read, {failed} failed, {sites} sites; wall {wall:.2f} s "
          f"cpu {ru.ru_utime + ru.ru_stime:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
