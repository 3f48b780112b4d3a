package dev.anneal.tokenize.tokenizer.hf;

import java.util.Arrays;

/** A growable list of ints, so encoding does not box every id. */
final class IntBuffer {

  private int[] values;
  private int size;

  IntBuffer(int capacity) {
    values = new int[Math.max(8, capacity)];
  }

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  void addAll(int[] vs) {
    if (size + vs.length > values.length) {
      values = Arrays.copyOf(values, Math.max(size * 2, size + vs.length));
    }
    System.arraycopy(vs, 0, values, size, vs.length);
    size += vs.length;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
