#!/usr/bin/env python3
"""Reads a Megatron-LM indexed dataset (.bin/.idx) the way Megatron's indexed_dataset.py does
(MMIDIDX header, struct-unpacked fields, numpy views of sizes, pointers and document indices,
np.memmap of the .bin) and prints JSON: header fields, sizes, document indices and every
sequence's ids. Independent of Anneal's Java code; numpy only.

Usage: megatron_read.py PREFIX   (reads PREFIX.idx and PREFIX.bin)
"""
import json
import struct
import sys

import numpy as np

_INDEX_HEADER = b"MMIDIDX\x00\x00"
# megatron/core/datasets/indexed_dataset.py DType codes
_DTYPES = {1: np.uint8, 2: np.int8, 3: np.int16, 4: np.int32, 5: np.int64, 6: np.float64,
           7: np.float32, 8: np.uint16}


def main(prefix):
    with open(prefix + ".idx", "rb") as stream:
        header = stream.read(9)
        assert header == _INDEX_HEADER, f"bad header {header!r}"
        version = struct.unpack("<Q", stream.read(8))[0]
        assert version == 1, f"bad version {version}"
        code = struct.unpack("<B", stream.read(1))[0]
        dtype = _DTYPES[code]
        sequence_count = struct.unpack("<Q", stream.read(8))[0]
        document_count = struct.unpack("<Q", stream.read(8))[0]
        offset = stream.tell()
    idx_buffer = memoryview(np.memmap(prefix + ".idx", mode="r", order="C"))
    sizes = np.frombuffer(idx_buffer, dtype=np.int32, count=sequence_count, offset=offset)
    pointers = np.frombuffer(idx_buffer, dtype=np.int64, count=sequence_count,
                             offset=offset + sizes.nbytes)
    document_indices = np.frombuffer(idx_buffer, dtype=np.int64, count=document_count,
                                     offset=offset + sizes.nbytes + pointers.nbytes)
    assert offset + sizes.nbytes + pointers.nbytes + document_indices.nbytes == len(idx_buffer), \
        "trailing bytes in the index"
    bin_buffer = memoryview(np.memmap(prefix + ".bin", mode="r", order="C"))
    sequences = [np.frombuffer(bin_buffer, dtype=dtype, count=int(sizes[i]),
                               offset=int(pointers[i])).tolist() for i in range(sequence_count)]
    json.dump({"version": version, "dtype_code": code, "dtype": np.dtype(dtype).name,
               "sequence_count": sequence_count, "document_count": document_count,
               "sizes": sizes.tolist(), "document_indices": document_indices.tolist(),
               "sequences": sequences}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
