#!/usr/bin/python3
"""Writes a large synthetic vasprun.xml for the throughput and memory benchmark.

Usage: /usr/bin/python3 scripts/bench/vasprun_synthetic.py TEMPLATE OUT TARGET_MB

Takes a real vasprun.xml (TEMPLATE) and repeats its <calculation> blocks, in order and
cyclically, until OUT is about TARGET_MB megabytes, then closes with the template's finalpos
structure. The result is a long relaxation/MD-like run with realistic steps (SCF energies,
structures, forces, stress, and the eigenvalues and DOS of the steps that had them). Nothing
is held in memory but the template; write OUT to /tmp, never into the repository.
"""
import sys


def main(template, out, target_mb):
    text = open(template, encoding="iso-8859-1").read()
    first = text.index("<calculation>")
    head = text[:first]
    # Back up to the start of the line so the indentation stays as VASP wrote it.
    head = head[: head.rindex("\n") + 1]
    blocks = []
    pos = first
    while True:
        start = text.find("<calculation>", pos)
        if start < 0:
            break
        end = text.index("</calculation>", start) + len("</calculation>")
        blocks.append(" " + text[start:end] + "\n")
        pos = end
    tail = text[pos:]
    tail = tail[tail.index("\n") + 1:]
    target = int(float(target_mb) * 1e6)
    written = 0
    steps = 0
    with open(out, "w", encoding="iso-8859-1") as f:
        f.write(head)
        written += len(head)
        while written < target:
            block = blocks[steps % len(blocks)]
            f.write(block)
            written += len(block)
            steps += 1
        f.write(tail)
        written += len(tail)
    print('{"file": "%s", "mb": %.1f, "ionic_steps": %d}' % (out, written / 1e6, steps))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
