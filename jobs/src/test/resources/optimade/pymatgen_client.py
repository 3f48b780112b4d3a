"""Queries an OPTIMADE server with pymatgen's OptimadeRester, as a researcher would.

Usage: python3 pymatgen_client.py BASE_URL QUERIES_JSON
QUERIES_JSON is a list of {"name": ..., "elements": [...]} (OptimadeRester.get_structures) or
{"name": ..., "filter": "..."} (get_structures_with_filter). Prints, per query name, every
structure returned: reduced formula, element amounts, lattice matrix and sites (species with
occupancies, fractional coordinates), as JSON on stdout.
"""
import json
import logging
import sys

from pymatgen.ext.optimade import OptimadeRester

logging.basicConfig(level=logging.ERROR, stream=sys.stderr)

base, queries = sys.argv[1], json.loads(sys.argv[2])
rester = OptimadeRester(base, timeout=60)
if not rester.resources:
    sys.exit("OptimadeRester did not accept " + base)
out = {}
for q in queries:
    if "filter" in q:
        found = rester.get_structures_with_filter(q["filter"])
    else:
        found = rester.get_structures(elements=q.get("elements"), nelements=q.get("nelements"),
                                      chemical_formula_anonymous=q.get("anonymous"))
    structures = {}
    for per_provider in found.values():
        for sid, s in per_provider.items():
            structures[sid] = {
                "reduced_formula": s.composition.reduced_formula,
                "amounts": {str(k): v for k, v in s.composition.get_el_amt_dict().items()},
                "matrix": s.lattice.matrix.tolist(),
                "sites": [{"species": {str(sp): occ for sp, occ in site.species.items()},
                           "frac": site.frac_coords.tolist()} for site in s],
            }
    out[q["name"]] = structures
print(json.dumps(out))
