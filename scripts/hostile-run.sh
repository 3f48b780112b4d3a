#!/usr/bin/env bash
# Issue #20's "must show": one run over a directory that mixes every kind of damaged input with
# the good example corpus. Builds the directory (small hostile fixtures from the repo, the large
# or bomb-like ones generated here), runs the whole pipeline, prints the exit code and the
# quarantine by stage and reason (also in OUT/reports/run.html).
#   scripts/hostile-run.sh [DIR] [OUT] [extra anneal args, e.g. --fail-on-reject]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-/tmp/anneal-hostile-in}"
out="${2:-/tmp/anneal-hostile-out}"
shift $(( $# > 2 ? 2 : $# ))
rm -rf "$dir" "$out"
mkdir -p "$dir/hostile" "$dir/outside-target"
cp -r "$root/examples/corpus/." "$dir/"
fx="$root/ingest/src/test/resources/hostile"
cp "$fx"/* "$dir/hostile/"
cp "$fx/vasprun_unknown_element.xml" "$dir/hostile/run.scstep"
h="$dir/hostile"
python3 - "$h" <<'PY'
import sys, os, io, tarfile, gzip, zipfile
h = sys.argv[1]
cif = open(os.path.join(os.path.dirname(h), "structures", "NaCl_halite.cif"), "rb").read()
open(f"{h}/deep_sections.nxml", "w").write('<?xml version="1.0"?>\n<article dtd-version="1.2"><body>'
    + "<sec>" * 5000 + "<p>deep</p>" + "</sec>" * 5000 + "</body></article>\n")
open(f"{h}/padded.cif", "wb").write(b" \n" * 6000 + cif)
open(f"{h}/wide_utf16.cif", "wb").write(b"\xff\xfe" + cif.decode("utf-8").encode("utf-16-le"))
open(f"{h}/truncated.cif", "wb").write(cif[: len(cif) // 2])
open(f"{h}/nul_bytes.md", "wb").write(b"# x\n\x00\x00\x00binary")
open(f"{h}/huge_number.csv", "w").write("material,Tc (K)\nMgB2,1" + "0" * 400 + "\nNb,9.2\nPb,1e-320\n")
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w") as t:
    i = tarfile.TarInfo("passwd.txt"); i.type = tarfile.SYMTYPE; i.linkname = "/etc/passwd"; t.addfile(i)
    i = tarfile.TarInfo("../../escape.cif"); i.size = len(cif); t.addfile(i, io.BytesIO(cif))
open(f"{h}/links_and_traversal.tar", "wb").write(b.getvalue())
with gzip.open(f"{h}/OUTCAR.gz", "wb") as g:
    g.write(b.getvalue())
z = io.BytesIO()
with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zz:
    zz.writestr("zeros.txt", b"\0" * (64 << 20))
open(f"{h}/zip_bomb.zip", "wb").write(z.getvalue())
open(f"{h}/.hidden.cif", "wb").write(cif)
PY
ln -s /etc/passwd "$h/paper.txt"
ln -s "$h" "$h/loop"
mkfifo "$h/pipe.cif"
touch "$h/"$'bad\xff.cif'
cp "$root/examples/corpus/structures/NaCl_halite.cif" "$h/ratio:1.cif"
ANNEAL_SKIP_BUILD="${ANNEAL_SKIP_BUILD:-0}" "$root/bin/anneal" run --input "$dir" --out "$out" -q "$@"
code=$?
echo "exit code: $code"
python3 - "$out" <<'PY'
import sys, json
run = json.load(open(f"{sys.argv[1]}/reports/run.json"))
for st in run.get("stages", []):
    for reason, n in sorted((st.get("reasons") or {}).items()):
        print(f"{st.get('stage', '?'):10s} {reason:40s} {n}")
PY
exit $code
