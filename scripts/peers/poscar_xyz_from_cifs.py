#!/usr/bin/python3
"""Writes test inputs for the POSCAR and extended XYZ fidelity tests from real crystal structures.

Usage: /usr/bin/python3 scripts/peers/poscar_xyz_from_cifs.py CIF_DIR OUT_DIR [LIMIT]

For the first LIMIT (default 80) CIFs under CIF_DIR, in sorted order, that pymatgen reads as an
ordered structure (POSCAR and extxyz cannot carry partial occupancy): OUT_DIR/<n>.POSCAR written
by pymatgen (VASP 5 layout; Direct coordinates for even n, Cartesian for odd n) and
OUT_DIR/<n>.extxyz written by ASE from the same structure. The files are generated into a
temporary directory by the test and never kept: the corpus stays outside the repository. The
peers then read these files back and the test compares Anneal's readers with them.
"""
import os
import sys
import warnings


def main(cif_dir, out_dir, limit):
    from ase.io import write
    from pymatgen.io.ase import AseAtomsAdaptor
    from pymatgen.io.cif import CifParser
    from pymatgen.io.vasp.inputs import Poscar

    cifs = []
    for dirpath, _, names in os.walk(cif_dir):
        cifs.extend(os.path.join(dirpath, n) for n in names if n.lower().endswith(".cif"))
    written = 0
    for path in sorted(cifs):
        if written >= limit:
            break
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                s = CifParser(path).get_structures(primitive=False)[0]
        except Exception:  # the CIF fidelity test covers what pymatgen cannot read
            continue
        if not s.is_ordered:
            continue
        stem = os.path.join(out_dir, f"{written:03d}")
        with open(stem + ".POSCAR", "w") as f:
            f.write(Poscar(s).get_string(direct=(written % 2 == 0), significant_figures=10))
        write(stem + ".extxyz", AseAtomsAdaptor.get_atoms(s), format="extxyz")
        written += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 80)
