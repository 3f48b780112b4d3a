#!/usr/bin/python3
"""Reference reader for the CIF fidelity test: every CIF under a directory through pymatgen.

Usage: /usr/bin/python3 scripts/peers/pymatgen_structures.py DIR > out.jsonl

One JSON object per line and per structure: file (path relative to DIR), block (index of the
structure among those pymatgen returned for the file), formula (reduced formula), nsites (sites
of the full cell, primitive=False), a, b, c, alpha, beta, gamma. A file pymatgen cannot read
gives one line with "error" instead. Warnings are silenced: they go to stderr in pymatgen.
"""
import json
import os
import sys
import warnings


def main(root):
    from pymatgen.io.cif import CifParser

    files = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name.lower().endswith(".cif"):
                files.append(os.path.join(dirpath, name))
    for path in sorted(files):
        rel = os.path.relpath(path, root)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                structures = CifParser(path).get_structures(primitive=False)
        except Exception as e:  # pymatgen raises ValueError, KeyError, ... on bad input
            print(json.dumps({"file": rel, "error": f"{type(e).__name__}: {e}"[:300]}), flush=True)
            continue
        for i, s in enumerate(structures):
            lat = s.lattice
            print(json.dumps({
                "file": rel, "block": i, "formula": s.composition.reduced_formula,
                "nsites": len(s), "a": lat.a, "b": lat.b, "c": lat.c,
                "alpha": lat.alpha, "beta": lat.beta, "gamma": lat.gamma,
            }), flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
