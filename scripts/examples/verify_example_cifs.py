#!/usr/bin/env python3
"""Verify the example CIFs in examples/corpus/structures/ (except broken_*.cif).

For every structure: parse with pymatgen (conventional cell, primitive=False),
check reduced formula, number of sites, density against the known experimental
density, and the shortest interatomic distance; read with gemmi and check the
space-group number from the symmetry-operator loop and the name tags.
Also checks that the deliberately broken CIF is NOT accepted by pymatgen.

    /usr/bin/python3 scripts/examples/verify_example_cifs.py
Exit code 0 iff everything passes.
"""
import os
import sys
import warnings

import gemmi
from pymatgen.core import Composition
from pymatgen.io.cif import CifParser

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "corpus", "structures"))

# file: (reduced formula, sites in conventional cell, SG number, experimental density g/cm3)
EXPECTED = {
    "NaCl_halite.cif": ("NaCl", 8, 225, 2.16),
    "Si_diamond.cif": ("Si", 8, 227, 2.33),
    "TiO2_rutile.cif": ("TiO2", 6, 136, 4.25),
    "TiO2_anatase.cif": ("TiO2", 12, 141, 3.89),
    "LiFePO4_olivine.cif": ("LiFePO4", 28, 62, 3.6),
    "YBa2Cu3O7_orthorhombic.cif": ("YBa2Cu3O7", 13, 47, 6.4),
    "MgB2_AlB2type.cif": ("MgB2", 3, 191, 2.6),
    "Si0.5Ge0.5_alloy.cif": ("SiGe", 8, 227, 3.9),  # 8 sites, each Si0.5Ge0.5
}
DENSITY_TOL = 0.04   # relative
MIN_DIST = 1.4       # Angstrom; shortest real contact here is B-B 1.78 / P-O 1.52


def split_centring(ops):
    """Full operator list (as written in the CIF) -> gemmi.GroupOps (sym_ops + cen_ops)."""
    ident = gemmi.Op("x,y,z").rot
    cen = [op.tran for op in ops if op.rot == ident]
    seen, sym = set(), []
    for op in ops:
        key = str(op.rot)
        if key not in seen:
            seen.add(key)
            sym.append(op)
    g = gemmi.GroupOps(sym)
    g.cen_ops = cen
    if len(sym) * len(cen) != len(ops):
        raise ValueError("operator list is not closed: %d x %d != %d" % (len(sym), len(cen), len(ops)))
    return g


def check(fname, exp):
    path = os.path.join(DIR, fname)
    formula, nsites, sgnum, rho = exp
    problems = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = CifParser(path).get_structures(primitive=False)[0]
    rf = s.composition.reduced_formula
    if rf != Composition(formula).reduced_formula:
        problems.append("formula %s != %s" % (rf, formula))
    if len(s) != nsites:
        problems.append("sites %d != %d" % (len(s), nsites))
    if abs(s.density - rho) / rho > DENSITY_TOL:
        problems.append("density %.3f vs %.2f" % (s.density, rho))
    dm = s.distance_matrix
    n = len(s)
    dmin = min(dm[i][j] for i in range(n) for j in range(n) if i != j)
    if dmin < MIN_DIST:
        problems.append("shortest distance %.3f A" % dmin)
    try:
        from pymatgen.symmetry.analyzer import SpacegroupAnalyzer
        spg = SpacegroupAnalyzer(s, symprec=0.01).get_space_group_number() if s.is_ordered else None
    except Exception:
        spg = None
    if spg is not None and spg != sgnum:
        problems.append("spglib SG %d != %d" % (spg, sgnum))
    # gemmi: space group from the name tags and from the symop loop
    ss = gemmi.read_small_structure(path)
    doc = gemmi.cif.read(path)
    ops = [gemmi.cif.as_string(o) for o in doc.sole_block().find_loop("_space_group_symop_operation_xyz")]
    gops = split_centring([gemmi.Op(o) for o in ops])
    sg_ops = gemmi.find_spacegroup_by_ops(gops)
    sg_name = ss.find_spacegroup()
    if sg_ops is None or sg_ops.number != sgnum:
        problems.append("gemmi SG from symops %s" % (sg_ops and sg_ops.xhm()))
    if sg_name is None or sg_name.number != sgnum:
        problems.append("gemmi SG from name %s" % (sg_name and sg_name.xhm()))
    if sg_ops is not None and sg_name is not None and sg_ops.xhm() != sg_name.xhm():
        problems.append("setting mismatch: symops %s vs name %s" % (sg_ops.xhm(), sg_name.xhm()))
    c = s.lattice
    line = ("%-28s %-10s sites=%-3d rho=%.3f (exp %.2f) dmin=%.3f  a=%.4f b=%.4f c=%.4f  "
            "spglib=%s  gemmi=%s [%d ops]" % (fname, rf, len(s), s.density, rho, dmin,
                                              c.a, c.b, c.c, spg if spg is not None else "-",
                                              sg_ops.xhm() if sg_ops else None, len(ops)))
    return line, problems


def main():
    failures = 0
    files = sorted(f for f in os.listdir(DIR) if f.endswith(".cif") and not f.startswith("broken_"))
    missing = set(EXPECTED) - set(files)
    extra = set(files) - set(EXPECTED)
    for f in sorted(missing):
        print("MISSING", f); failures += 1
    for f in sorted(extra):
        print("UNEXPECTED (add to EXPECTED)", f); failures += 1
    for f in files:
        if f not in EXPECTED:
            continue
        line, problems = check(f, EXPECTED[f])
        print(("OK   " if not problems else "FAIL ") + line)
        for p in problems:
            print("       -", p)
        failures += bool(problems)
    # the deliberately broken file must not parse into a structure
    broken = os.path.join(DIR, "broken_unterminated_quote.cif")
    if os.path.exists(broken):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                st = CifParser(broken).get_structures()
            print("FAIL broken_unterminated_quote.cif parsed into %d structure(s)" % len(st)); failures += 1
        except Exception as e:
            print("OK   broken_unterminated_quote.cif rejected by pymatgen: %s: %s"
                  % (type(e).__name__, str(e).splitlines()[0][:90]))
        try:
            gemmi.cif.read(broken)
            print("NOTE broken_unterminated_quote.cif: gemmi tokenizer accepted it")
        except Exception as e:
            print("OK   broken_unterminated_quote.cif rejected by gemmi: %s" % str(e).splitlines()[0][:110])
    print("%d failure(s)" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
