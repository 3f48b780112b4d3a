#!/usr/bin/env python3
"""Writes a tar.gz of N CIFs for the bulk-ingest benchmark (not committed: it is generated).

Each member is one of the real Materials Project CIFs in ../shared/corpus/crystal/3dsc with its
data block renamed and its a axis stretched by a tiny, member-specific amount, so every member
is a distinct structure (distinct content-hash id), as in a real database dump.

usage: make_cif_archive.py CORPUS_DIR N OUT.tar.gz
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

with tarfile.open(out, "w:gz", compresslevel=6) as tar:
    for i in range(n):
        text = texts[i % len(texts)]
        stretch = 1.0 + (i // len(texts)) * 1e-6
        text = cell_a.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * stretch:.8f}", text, count=1)
        text = data.sub(f"data_bulk{i:07d}", text, count=1)
        payload = text.encode("utf-8")
        info = tarfile.TarInfo(f"bulk/{i // 1000:04d}/s{i:07d}.cif")
        info.size = len(payload)
        info.mtime = 0
        tar.addfile(info, io.BytesIO(payload))
print(f"wrote {n} CIFs from {len(texts)} sources to {out} ({os.path.getsize(out) / 1e6:.1f} MB)")
