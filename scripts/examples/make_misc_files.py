#!/usr/bin/env python3
"""Generate the deliberately broken non-text files of the example corpus.

    /usr/bin/python3 scripts/examples/make_misc_files.py

examples/corpus/misc/corrupted.bin : 384 bytes, deterministic (SHA-256 chain),
    starts like a binary container (PNG-style magic) and contains NUL bytes and
    invalid UTF-8 -> expected reason code file.binary
examples/corpus/misc/empty.txt     : 0 bytes -> expected reason code file.empty
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MISC = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "corpus", "misc"))


def corrupted_bytes(n=384, seed=b"anneal-example-corpus"):
    out = bytearray(b"\x89ANL\r\n\x1a\n\x00\x00\x00\x0dHDR\x00")  # fake magic + NULs
    block = seed
    while len(out) < n:
        block = hashlib.sha256(block).digest()
        out += block
    out = out[:n]
    for i in range(0, n, 29):   # make sure there are plenty of NUL bytes
        out[i] = 0
    return bytes(out)


def main():
    os.makedirs(MISC, exist_ok=True)
    with open(os.path.join(MISC, "corrupted.bin"), "wb") as fh:
        fh.write(corrupted_bytes())
    open(os.path.join(MISC, "empty.txt"), "wb").close()
    print("wrote", os.path.relpath(MISC))


if __name__ == "__main__":
    main()
