#!/usr/bin/env python3
"""Generate the CIF 1.1 files of the bundled example corpus (examples/corpus/structures/).

Every structure is defined below by literature parameters only: space group
(with explicit setting / origin choice), cell edges with standard uncertainties
as printed in the source, and the asymmetric unit (Wyckoff positions).  The full
list of symmetry operators (including centring translations) is generated with
gemmi -- never typed by hand -- so the files are reproducible:

    /usr/bin/python3 scripts/examples/make_example_cifs.py [--out examples/corpus/structures]

The deliberately broken file broken_unterminated_quote.cif is NOT produced here;
it is hand-written and lives next to the generated files.
"""
import argparse
import os
import sys

import gemmi

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "corpus", "structures"))

# Each atom: (label, type_symbol, wyckoff, x, y, z, occupancy)
STRUCTURES = [
    dict(
        file="NaCl_halite.cif", block="NaCl_halite",
        name="sodium chloride", mineral="halite", formula_sum="Cl Na",
        sg="F m -3 m", cell=("5.6402(1)", "5.6402(1)", "5.6402(1)", "90", "90", "90"),
        temp="299",
        source=["Rock-salt structure, Na on 4a and Cl on 4b.",
                "Lattice constant a = 5.6402 A at room temperature: the classic X-ray",
                "powder value for NaCl (Swanson & Fuyat, NBS Circular 539, Vol. 2, 1953),",
                "consistent with later literature (5.640-5.641 A)."],
        journal=("National Bureau of Standards Circular", "539", "1953", "Swanson, H. E.; Fuyat, R. K."),
        atoms=[("Na1", "Na", "4a", "0", "0", "0", "1"),
               ("Cl1", "Cl", "4b", "0.5", "0.5", "0.5", "1")],
    ),
    dict(
        file="Si_diamond.cif", block="Si_diamond",
        name="silicon", mineral=None, formula_sum="Si",
        sg="F d -3 m:2", cell=("5.43095(2)", "5.43095(2)", "5.43095(2)", "90", "90", "90"),
        temp="295",
        source=["Diamond structure, ORIGIN CHOICE 2 (origin at centre -3m, ITA Vol. A):",
                "Si on 8a (1/8,1/8,1/8).  In origin choice 1 the same site is (0,0,0).",
                "a = 5.43095 A is the widely tabulated room-temperature X-ray value for",
                "pure Si (cf. the CODATA/NIST lattice parameter 5.431020511 A at 22.5 C)."],
        journal=None,
        atoms=[("Si1", "Si", "8a", "0.125", "0.125", "0.125", "1")],
    ),
    dict(
        file="TiO2_rutile.cif", block="TiO2_rutile",
        name="titanium dioxide", mineral="rutile", formula_sum="O2 Ti",
        sg="P 42/m n m", cell=("4.5937(1)", "4.5937(1)", "2.9587(1)", "90", "90", "90"),
        temp="295",
        source=["Rutile: Ti on 2a (0,0,0), O on 4f (x,x,0) with x = 0.3048.",
                "Cell and x from the room-temperature neutron powder study of",
                "Burdett, Hughbanks, Miller, Richardson & Smith, J. Am. Chem. Soc. 109",
                "(1987) 3639."],
        journal=("Journal of the American Chemical Society", "109", "1987",
                 "Burdett, J. K.; Hughbanks, T.; Miller, G. J.; Richardson, J. W.; Smith, J. V."),
        first_page="3639",
        atoms=[("Ti1", "Ti", "2a", "0", "0", "0", "1"),
               ("O1", "O", "4f", "0.3048(1)", "0.3048(1)", "0", "1")],
    ),
    dict(
        file="TiO2_anatase.cif", block="TiO2_anatase",
        name="titanium dioxide", mineral="anatase", formula_sum="O2 Ti",
        sg="I 41/a m d:1", cell=("3.7845(1)", "3.7845(1)", "9.5143(3)", "90", "90", "90"),
        temp="295",
        source=["Anatase, ORIGIN CHOICE 1 (origin at -4m2): Ti on 4a (0,0,0),",
                "O on 8e (0,0,z) with z = 0.2081.  Coordinates in origin choice 2",
                "differ by an origin shift, so the setting must not be mixed up.",
                "Cell and z from Burdett et al., J. Am. Chem. Soc. 109 (1987) 3639."],
        journal=("Journal of the American Chemical Society", "109", "1987",
                 "Burdett, J. K.; Hughbanks, T.; Miller, G. J.; Richardson, J. W.; Smith, J. V."),
        first_page="3639",
        atoms=[("Ti1", "Ti", "4a", "0", "0", "0", "1"),
               ("O1", "O", "8e", "0", "0", "0.2081(2)", "1")],
    ),
    dict(
        file="LiFePO4_olivine.cif", block="LiFePO4_triphylite",
        name="lithium iron(II) phosphate", mineral="triphylite", formula_sum="Fe Li O4 P",
        sg="P n m a", cell=("10.332(4)", "6.010(5)", "4.692(2)", "90", "90", "90"),
        temp="293",
        source=["Olivine-type LiFePO4 (triphylite), standard setting Pnma.",
                "Li on 4a (M1), Fe on 4c (M2), P, O1, O2 on 4c, O3 on 8d.",
                "Cell and coordinates from the single-crystal X-ray study of",
                "Streltsov, Belokoneva, Tsirelson & Hansen, Acta Cryst. B49 (1993) 147.",
                "Type symbols carry formal oxidation states (Li1+, Fe2+, P5+, O2-)."],
        journal=("Acta Crystallographica Section B", "49", "1993",
                 "Streltsov, V. A.; Belokoneva, E. L.; Tsirelson, V. G.; Hansen, N. K."),
        first_page="147",
        oxidation=[("Li1+", "1"), ("Fe2+", "2"), ("P5+", "5"), ("O2-", "-2")],
        atoms=[("Li1", "Li1+", "4a", "0", "0", "0", "1"),
               ("Fe1", "Fe2+", "4c", "0.28222(2)", "0.25", "0.97472(4)", "1"),
               ("P1", "P5+", "4c", "0.09486(3)", "0.25", "0.41820(7)", "1"),
               ("O1", "O2-", "4c", "0.09678(9)", "0.25", "0.74279(21)", "1"),
               ("O2", "O2-", "4c", "0.45710(9)", "0.25", "0.20602(20)", "1"),
               ("O3", "O2-", "8d", "0.16558(7)", "0.04646(12)", "0.28478(14)", "1")],
    ),
    dict(
        file="YBa2Cu3O7_orthorhombic.cif", block="YBa2Cu3O7",
        name="yttrium barium copper oxide (Y-123, fully oxygenated)", mineral=None,
        formula_sum="Ba2 Cu3 O7 Y",
        sg="P m m m", cell=("3.8227(1)", "3.8872(1)", "11.6802(3)", "90", "90", "90"),
        temp="295",
        source=["Orthorhombic YBa2Cu3O7 (delta ~ 0), Pmmm.  Cu1 = chain Cu (1a),",
                "Cu2 = plane Cu (2q), O1 = chain O (1e, (0,1/2,0)), O2/O3 = plane O",
                "(2s / 2r), O4 = apical O (2q).  The chain site O5 (1/2,0,0) is empty",
                "for delta = 0 and is therefore not listed.",
                "Cell as quoted for fully oxygenated material; positions from neutron",
                "powder diffraction (cf. Jorgensen et al., Phys. Rev. B 36 (1987) 3608)."],
        journal=("Physical Review B", "36", "1987", "Jorgensen, J. D. et al."),
        first_page="3608",
        atoms=[("Y1", "Y", "1h", "0.5", "0.5", "0.5", "1"),
               ("Ba1", "Ba", "2t", "0.5", "0.5", "0.1843(2)", "1"),
               ("Cu1", "Cu", "1a", "0", "0", "0", "1"),
               ("Cu2", "Cu", "2q", "0", "0", "0.3556(1)", "1"),
               ("O1", "O", "1e", "0", "0.5", "0", "1"),
               ("O2", "O", "2s", "0.5", "0", "0.3779(2)", "1"),
               ("O3", "O", "2r", "0", "0.5", "0.3790(2)", "1"),
               ("O4", "O", "2q", "0", "0", "0.1590(2)", "1")],
    ),
    dict(
        file="MgB2_AlB2type.cif", block="MgB2",
        name="magnesium diboride", mineral=None, formula_sum="B2 Mg",
        sg="P 6/m m m", cell=("3.086(1)", "3.086(1)", "3.524(1)", "90", "90", "120"),
        temp="295",
        source=["AlB2-type MgB2: Mg on 1a (0,0,0), B on 2d (1/3,2/3,1/2)",
                "(graphite-like boron honeycomb layers).  a = 3.086 A, c = 3.524 A as",
                "reported with the discovery of 39 K superconductivity",
                "(Nagamatsu et al., Nature 410 (2001) 63)."],
        journal=("Nature", "410", "2001",
                 "Nagamatsu, J.; Nakagawa, N.; Muranaka, T.; Zenitani, Y.; Akimitsu, J."),
        first_page="63",
        atoms=[("Mg1", "Mg", "1a", "0", "0", "0", "1"),
               ("B1", "B", "2d", "0.333333", "0.666667", "0.5", "1")],
    ),
    dict(
        file="Si0.5Ge0.5_alloy.cif", block="Si0.5Ge0.5_random_alloy",
        name="silicon-germanium random alloy", mineral=None, formula_sum="Ge0.5 Si0.5",
        sg="F d -3 m:2", cell=("5.5378(5)", "5.5378(5)", "5.5378(5)", "90", "90", "90"),
        temp="295",
        source=["Substitutionally disordered Si(1-x)Ge(x), x = 0.5: one 8a site (origin",
                "choice 2) shared by Si and Ge with occupancy 0.5 each.  a is computed",
                "from the experimental room-temperature relation of Dismukes, Ekstrom &",
                "Paff, J. Phys. Chem. 68 (1964) 3021: a(x) = 5.431 + 0.20x + 0.027x^2 A."],
        journal=("Journal of Physical Chemistry", "68", "1964",
                 "Dismukes, J. P.; Ekstrom, L.; Paff, R. J."),
        first_page="3021",
        atoms=[("Si1", "Si", "8a", "0.125", "0.125", "0.125", "0.5"),
               ("Ge1", "Ge", "8a", "0.125", "0.125", "0.125", "0.5")],
    ),
]


def quote(s):
    return "'" + s + "'"


def render(st):
    sg = gemmi.find_spacegroup_by_name(st["sg"])
    if sg is None:
        raise SystemExit("unknown space group " + st["sg"])
    ops = [op.triplet() for op in sg.operations()]  # includes centring translations
    a, b, c, al, be, ga = st["cell"]
    out = []
    w = out.append
    w("#\\#CIF_1.1")
    w("# Example structure for the Anneal pipeline (examples/corpus/structures).")
    w("# Generated by scripts/examples/make_example_cifs.py; symmetry operators by gemmi %s." % gemmi.__version__)
    w("# Source of the structural parameters (experimental literature values):")
    for line in st["source"]:
        w("#   " + line)
    w("")
    w("data_" + st["block"])
    w("")
    w("_audit_creation_method        'scripts/examples/make_example_cifs.py (gemmi symmetry operators)'")
    if st.get("journal"):
        jname, vol, year, authors = st["journal"]
        w("_journal_name_full            %s" % quote(jname))
        w("_journal_volume               %s" % vol)
        w("_journal_year                 %s" % year)
        if st.get("first_page"):
            w("_journal_page_first           %s" % st["first_page"])
        w("_publ_author_name             %s" % quote(authors))
    else:
        w("_journal_name_full            'compiled literature value (see comment above)'")
    w("_chemical_name_systematic     %s" % quote(st["name"]))
    if st.get("mineral"):
        w("_chemical_name_mineral        %s" % st["mineral"])
    w("_chemical_formula_sum         %s" % quote(st["formula_sum"]))
    w("_cell_length_a                %s" % a)
    w("_cell_length_b                %s" % b)
    w("_cell_length_c                %s" % c)
    w("_cell_angle_alpha             %s" % al)
    w("_cell_angle_beta              %s" % be)
    w("_cell_angle_gamma             %s" % ga)
    w("_cell_measurement_temperature %s" % st["temp"])
    w("_space_group_IT_number        %d" % sg.number)
    w("_space_group_name_H-M_alt     %s" % quote(sg.xhm()))
    w("_space_group_name_Hall        %s" % quote(sg.hall.strip()))
    w("_symmetry_Int_Tables_number   %d" % sg.number)
    w("_symmetry_space_group_name_H-M %s" % quote(sg.hm))
    if sg.ext in ("1", "2"):
        w("# setting: %s = ORIGIN CHOICE %s of International Tables Vol. A" % (sg.xhm(), sg.ext))
    w("")
    w("loop_")
    w("_space_group_symop_id")
    w("_space_group_symop_operation_xyz")
    for i, t in enumerate(ops, 1):
        w("%-4d %s" % (i, quote(t)))
    w("")
    if st.get("oxidation"):
        w("loop_")
        w("_atom_type_symbol")
        w("_atom_type_oxidation_number")
        for sym, ox in st["oxidation"]:
            w("%-5s %s" % (sym, ox))
        w("")
    w("loop_")
    w("_atom_site_label")
    w("_atom_site_type_symbol")
    w("_atom_site_symmetry_multiplicity")
    w("_atom_site_Wyckoff_symbol")
    w("_atom_site_fract_x")
    w("_atom_site_fract_y")
    w("_atom_site_fract_z")
    w("_atom_site_occupancy")
    for lab, typ, wy, x, y, z, occ in st["atoms"]:
        mult, letter = wy[:-1], wy[-1]
        w("%-4s %-5s %-3s %-2s %-12s %-12s %-12s %s" % (lab, typ, mult, letter, x, y, z, occ))
    w("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for st in STRUCTURES:
        path = os.path.join(args.out, st["file"])
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render(st))
        print("wrote", os.path.relpath(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
