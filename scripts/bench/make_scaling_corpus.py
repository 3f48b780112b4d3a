#!/usr/bin/env python3
"""Generates an input corpus of about N records for the end-to-end scaling run.

Records are lab-log rows (70 %, CSV files of up to 5,000 rows, Tc values in kelvin with the
examples' column names), paragraphs of Markdown papers (25 %, 10 paragraphs per paper, with
front matter) and CIF structures (5 %, the example CIFs with a stretched cell and a renamed
data block, so every structure is distinct). Deterministic for a given N.

    scripts/bench/make_scaling_corpus.py N OUTDIR
"""
import os
import random
import re
import sys

WORDS = ("sample pellet annealed calcined sintered furnace oxygen argon crucible powder ground "
         "phase diffraction lattice superconducting transition resistivity magnetization onset "
         "precursor stoichiometric dwell ramp cooled quenched single crystal grain boundary "
         "impurity dopant substitution susceptibility heat capacity measured reported").split()
MATERIALS = [("YBa2Cu3O7-d", 92.0), ("MgB2", 39.0), ("Nb3Sn", 18.0), ("LaFeAsO0.9F0.1", 26.0),
             ("Bi2Sr2CaCu2O8", 85.0), ("NbSe2", 7.0), ("Ba0.6K0.4Fe2As2", 38.0), ("Nb", 9.2),
             ("FeSe", 8.0), ("HgBa2Ca2Cu3O8", 133.0)]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def lab_rows(out, n, rng):
    os.makedirs(os.path.join(out, "lablog"), exist_ok=True)
    written, part = 0, 0
    while written < n:
        rows = min(5000, n - written)
        with open(os.path.join(out, "lablog", f"tc_{part:05d}.csv"), "w") as f:
            f.write("sample,material,Tc (K),measured_at,operator,notes\n")
            for i in range(rows):
                m, tc = MATERIALS[(written + i) % len(MATERIALS)]
                f.write(f"S-{part}-{i},{m},{tc + rng.uniform(-3, 3):.2f},"
                        f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00Z,"
                        f"Operator {i % 17},run {written + i}\n")
        written += rows
        part += 1


def papers(out, n, rng):
    os.makedirs(os.path.join(out, "papers"), exist_ok=True)
    for p in range((n + 9) // 10):
        paras = min(10, n - 10 * p)
        with open(os.path.join(out, "papers", f"paper_{p:06d}.md"), "w") as f:
            f.write(f"---\ntitle: Generated study {p} of {MATERIALS[p % len(MATERIALS)][0]}\n"
                    f"authors: [A. Author, B. Author]\ndoi: 10.5555/anneal.scale.{p}\n"
                    f"year: {2000 + p % 25}\n---\n\n# Generated study {p}\n\n")
            for i in range(paras):
                if i in (0, 3, 7):
                    f.write(["## Introduction\n\n", "## Experimental\n\n", "## Results\n\n"][
                        (0, 3, 7).index(i)])
                f.write(" ".join(sentence(rng, rng.randint(8, 20))
                                 for _ in range(rng.randint(2, 6))) + "\n\n")


def structures(out, n, examples):
    os.makedirs(os.path.join(out, "structures"), exist_ok=True)
    cifs = []
    for name in sorted(os.listdir(examples)):
        if name.endswith(".cif") and not name.startswith("broken"):
            with open(os.path.join(examples, name)) as f:
                cifs.append((name[:-4], f.read()))
    for i in range(n):
        name, text = cifs[i % len(cifs)]
        stretch = 1 + (i // len(cifs) + 1) * 1e-5
        text = re.sub(r"^data_(\S+)", f"data_{name}_{i}", text, count=1, flags=re.M)
        text = re.sub(r"^(_cell_length_a\s+)([0-9.]+)",
                      lambda m: f"{m.group(1)}{float(m.group(2)) * stretch:.6f}", text,
                      count=1, flags=re.M)
        sub = os.path.join(out, "structures", f"{i // 1000:04d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{name}_{i}.cif"), "w") as f:
            f.write(text)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    rng = random.Random(n)
    lab, para = int(n * 0.70), int(n * 0.25)
    lab_rows(out, lab, rng)
    papers(out, para, rng)
    structures(out, n - lab - para, os.path.join(root, "examples", "corpus", "structures"))
    print(f"{n} records: {lab} lab-log rows, {para} paragraphs, {n - lab - para} structures "
          f"under {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
