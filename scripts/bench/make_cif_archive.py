#!/usr/bin/env python3
"""Writes N CIFs for the ingest benchmarks (not committed: they are generated), as one tar.gz
(OUT ends in .tar.gz) or as a directory of small files (any other OUT).

Each member is one of the real Materials Project CIFs in ../shared/corpus/crystal/3dsc with its
data block renamed and its a axis stretched by a tiny, member-specific amount, so every member
is a distinct structure (distinct content-hash id), as in a real database dump. In a directory
the files are spread over sub-folders of 1,000 (bulk/0000/s0000000.cif, ...), as in the archive.

usage: make_cif_archive.py CORPUS_DIR N OUT.tar.gz|OUT_DIR
"""
import io
import os
import re
import sys
import tarfile

corpus, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sources = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".cif"))
texts = [open(p, encoding="utf-8").read() for p in sources]
cell_a = re.compile(r"^(_cell_length_a\s+)([0-9.]+)", re.M)
data = re.compile(r"^data_\S*", re.M)


def members():
    for i in range(n):
        text = texts[i % len(texts)]
        stretch = 1.0 + (i // len(texts)) * 1e-6
        text = cell_a.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * stretch:.8f}", text, count=1)
        text = data.sub(f"data_bulk{i:07d}", text, count=1)
        yield f"bulk/{i // 1000:04d}/s{i:07d}.cif", text.encode("utf-8")


if out.endswith(".tar.gz"):
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        for name, payload in members():
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            info.mtime = 0
            tar.addfile(info, io.BytesIO(payload))
    size = os.path.getsize(out)
else:
    size = 0
    for name, payload in members():
        path = os.path.join(out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(payload)
        size += len(payload)
print(f"wrote {n} CIFs from {len(texts)} sources to {out} ({size / 1e6:.1f} MB)")
