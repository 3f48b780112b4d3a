#!/usr/bin/python3
"""Reference readers for the simulation fidelity test: pymatgen and ASE on the same outputs.

Usage: /usr/bin/python3 scripts/peers/sim_peers.py CORPUS_DIR > out.jsonl

CORPUS_DIR is the simulation corpus (vasp/, qe/ subfolders). For each file and each tool that
reads it, one JSON object per line:
  file      path relative to CORPUS_DIR
  tool      "pymatgen" or "ase"
  reader    the reader used (Vasprun, Outcar, PWOutput, vasp-xml, vasp-out, espresso-out)
  energy    final total energy in eV as that reader defines it (see "energy_kind")
  energy_kind  which energy: e_0 (sigma->0), free (TOTEN / e_fr), ry (QE, in Ry as written)
  formula   reduced formula of the final structure, nsites, lattice [a, b, c] in Å (when read)
  converged pymatgen's verdict where it has one
  codata, ase_Ry, ase_Bohr  the units the ASE reader converted with (ASE lines only)
A reader that fails gives a line with "error" instead. Warnings are silenced.
"""
import json
import os
import sys
import warnings


def structure_fields(formula, nsites, abc):
    return {"formula": formula, "nsites": nsites, "lattice": [float(x) for x in abc]}


def pymatgen_lines(root):
    from pymatgen.io.vasp.outputs import Outcar, Vasprun

    vasp = os.path.join(root, "vasp")
    for name in sorted(os.listdir(vasp)):
        path = os.path.join(vasp, name)
        rel = os.path.relpath(path, root)
        if name.endswith(".xml"):
            def read(path=path):
                v = Vasprun(path, parse_potcar_file=False, parse_dos=False, parse_eigen=False)
                s = v.final_structure
                out = {"reader": "Vasprun", "energy": float(v.final_energy), "energy_kind": "e_0",
                       "converged": bool(v.converged),
                       "converged_electronic": bool(v.converged_electronic),
                       "converged_ionic": bool(v.converged_ionic),
                       "ionic_steps": len(v.ionic_steps), "version": v.vasp_version}
                out.update(structure_fields(s.composition.reduced_formula, len(s), s.lattice.abc))
                return out
            yield rel, "pymatgen", read
        elif name.startswith("OUTCAR"):
            def read(path=path):
                o = Outcar(path)
                return {"reader": "Outcar", "energy": float(o.final_energy), "energy_kind": "e_0",
                        "energy_free": o.final_fr_energy, "energy_wo_entrp": o.final_energy_wo_entrp}
            yield rel, "pymatgen", read
    qe = os.path.join(root, "qe")
    for name in sorted(os.listdir(qe)):
        if name.endswith(".out"):
            path = os.path.join(qe, name)

            def read(path=path):
                from pymatgen.io.pwscf import PWOutput
                p = PWOutput(path)
                return {"reader": "PWOutput", "energy": float(p.final_energy), "energy_kind": "ry"}
            yield os.path.relpath(path, root), "pymatgen", read


def ase_units(fmt):
    """The unit set the ASE reader converts with: ase.io.espresso has its own (CODATA 2006)."""
    import ase.units
    if fmt == "espresso-out":
        import ase.io.espresso
        u = ase.io.espresso.units
        return {"codata": "espresso module", "ase_Ry": u["Ry"], "ase_Bohr": u["Bohr"]}
    return {"codata": ase.units.__codata_version__, "ase_Ry": ase.units.Ry,
            "ase_Bohr": ase.units.Bohr}


def ase_lines(root):
    import ase.io
    import ase.units

    formats = [("vasp", lambda n: n.endswith(".xml"), "vasp-xml"),
               ("vasp", lambda n: n.startswith("OUTCAR"), "vasp-out"),
               ("qe", lambda n: n.endswith(".out"), "espresso-out")]
    for sub, match, fmt in formats:
        folder = os.path.join(root, sub)
        for name in sorted(os.listdir(folder)):
            if not match(name):
                continue
            path = os.path.join(folder, name)

            def read(path=path, fmt=fmt):
                atoms = ase.io.read(path, format=fmt)  # the last image
                from pymatgen.core import Composition
                out = {"reader": fmt, "energy": float(atoms.get_potential_energy()),
                       "energy_free": float(atoms.get_potential_energy(force_consistent=True)),
                       "energy_kind": "e_0", **ase_units(fmt),
                       "nimages": len(ase.io.read(path, index=":", format=fmt))}
                out.update(structure_fields(
                    Composition(atoms.get_chemical_formula()).reduced_formula, len(atoms),
                    atoms.cell.lengths()))
                return out
            yield os.path.relpath(path, root), "ase", read


def main(root):
    for source in (pymatgen_lines, ase_lines):
        try:
            entries = list(source(root))
        except ImportError as e:
            print(json.dumps({"tool": source.__name__, "error": "import: %s" % e}))
            continue
        for rel, tool, read in entries:
            line = {"file": rel, "tool": tool}
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    line.update(read())
            except Exception as e:  # a peer failure is data for the test, not a crash
                line["error"] = "%s: %s" % (type(e).__name__, e)
            print(json.dumps(line))


if __name__ == "__main__":
    main(sys.argv[1])
