#!/usr/bin/python3
"""Reference reader for the POSCAR fidelity test: POSCAR/CONTCAR files through pymatgen.

Usage: /usr/bin/python3 scripts/peers/pymatgen_poscar.py FILE... > out.jsonl

One JSON object per line and per file: file (as given), reader ("pymatgen" or "ase"), formula
(reduced formula), nsites, a, b, c, alpha, beta, gamma. pymatgen's Poscar.from_file is used with
check_for_POTCAR=False, so only the file itself counts. When pymatgen cannot name the species (a
VASP 4 file without symbols) it invents H, He, ...; the line then says "pymatgen_guessed": true
and the structure comes from ASE's read_vasp instead, which looks for symbols in the comment line.
ASE reads a copy of the file in an empty directory, so that it cannot take species from an
OUTCAR or POTCAR beside it: the question is what the file alone says. A file neither reads gives
a line with "error" instead. Warnings are silenced: they go to stderr.
"""
import json
import os
import shutil
import sys
import tempfile
import warnings


def row(path, reader, formula, nsites, lattice_params, **extra):
    a, b, c, alpha, beta, gamma = lattice_params
    out = {"file": path, "reader": reader, "formula": formula, "nsites": nsites,
           "a": a, "b": b, "c": c, "alpha": alpha, "beta": beta, "gamma": gamma}
    out.update(extra)
    return out


def with_ase(path):
    from ase.io.vasp import read_vasp
    from pymatgen.core import Composition

    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "POSCAR")
        shutil.copyfile(path, copy)
        atoms = read_vasp(copy)
    formula = Composition(atoms.get_chemical_formula()).reduced_formula
    return row(path, "ase", formula, len(atoms), [float(x) for x in atoms.cell.cellpar()],
               pymatgen_guessed=True)


def read_one(path):
    from pymatgen.io.vasp.inputs import Poscar

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        poscar = Poscar.from_file(path, check_for_POTCAR=False)
    if any("cannot be determined" in str(w.message) for w in caught):
        try:
            return with_ase(path)
        except Exception as e:  # ASE raises many kinds on bad input
            return {"file": path, "pymatgen_guessed": True,
                    "error": f"ase: {type(e).__name__}: {e}"[:300]}
    s = poscar.structure
    lat = s.lattice
    return row(path, "pymatgen", s.composition.reduced_formula, len(s),
               [lat.a, lat.b, lat.c, lat.alpha, lat.beta, lat.gamma])


def main(paths):
    for path in paths:
        try:
            out = read_one(path)
        except Exception as e:  # pymatgen raises ValueError, IndexError, ... on bad input
            out = {"file": path, "error": f"{type(e).__name__}: {e}"[:300]}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
