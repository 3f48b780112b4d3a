#!/usr/bin/python3
"""Reference reader for the extended XYZ fidelity test: every frame of each file through ASE.

Usage: /usr/bin/python3 scripts/peers/ase_read_xyz.py FILE... > out.jsonl

One JSON object per line and per frame: file (as given), frame (0-based index), periodic (whether
the frame has a cell of full rank with some periodic direction), formula (pymatgen's reduced
formula of ASE's symbols), nsites, and for periodic frames a, b, c, alpha, beta, gamma. A file
ASE cannot read gives one line with "error" instead.
"""
import json
import sys
import warnings


def main(paths):
    from ase.io import read
    from pymatgen.core import Composition

    for path in paths:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                frames = read(path, index=":", format="extxyz")
        except Exception as e:  # ASE raises XYZError, ValueError, ... on bad input
            print(json.dumps({"file": path, "error": f"{type(e).__name__}: {e}"[:300]}), flush=True)
            continue
        for i, atoms in enumerate(frames):
            periodic = bool(atoms.pbc.any() and atoms.cell.rank == 3)
            out = {"file": path, "frame": i, "periodic": periodic,
                   "formula": Composition(atoms.get_chemical_formula()).reduced_formula,
                   "nsites": len(atoms)}
            if periodic:
                a, b, c, alpha, beta, gamma = (float(x) for x in atoms.cell.cellpar())
                out.update({"a": a, "b": b, "c": c, "alpha": alpha, "beta": beta, "gamma": gamma})
            print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
