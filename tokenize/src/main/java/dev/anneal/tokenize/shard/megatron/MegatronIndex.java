package dev.anneal.tokenize.shard.megatron;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A Megatron-LM {@code .idx} read back (for {@code anneal shards verify}): header, sizes,
 * pointers and document indices, with every structural rule checked.
 *
 * @param version    the format version (1)
 * @param dtypeCode  the dtype code (4 for int32)
 * @param sizes      tokens per sequence
 * @param pointers   byte offset of each sequence in the .bin
 * @param docIndices the first sequence of each document, then the sequence count
 */
public record MegatronIndex(long version, int dtypeCode, int[] sizes, long[] pointers,
                            long[] docIndices) {

  /** Parses an index file's bytes; throws {@link IOException} on anything malformed. */
  public static MegatronIndex parse(byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[9];
    if (bytes.length < 34) {
      throw new IOException("index shorter than its header");
    }
    b.get(magic);
    if (!Arrays.equals(magic, MegatronIndexWriter.MAGIC)) {
      throw new IOException("not an MMIDIDX index");
    }
    long version = b.getLong();
    int dtype = b.get() & 0xff;
    long n = b.getLong();
    long docs = b.getLong();
    long expected = 34 + n * 4 + n * 8 + docs * 8;
    if (n < 0 || docs < 1 || expected != bytes.length) {
      throw new IOException("index of " + bytes.length + " bytes, header implies " + expected);
    }
    int[] sizes = new int[(int) n];
    long[] pointers = new long[(int) n];
    long[] docIdx = new long[(int) docs];
    for (int i = 0; i < n; i++) {
      sizes[i] = b.getInt();
    }
    for (int i = 0; i < n; i++) {
      pointers[i] = b.getLong();
    }
    for (int i = 0; i < docs; i++) {
      docIdx[i] = b.getLong();
    }
    return new MegatronIndex(version, dtype, sizes, pointers, docIdx);
  }

  /** Problems with the index against a .bin of {@code binBytes} (empty when consistent). */
  public java.util.List<String> problems(long binBytes) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (version != 1) {
      out.add("version " + version + ", expected 1");
    }
    if (dtypeCode != MegatronIndexWriter.DTYPE_INT32) {
      out.add("dtype code " + dtypeCode + ", expected 4 (int32)");
    }
    long pointer = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (pointers[i] != pointer) {
        out.add("pointer " + i + " is " + pointers[i] + ", expected " + pointer);
        break;
      }
      pointer += sizes[i] * 4L;
    }
    if (pointer != binBytes) {
      out.add(".bin has " + binBytes + " bytes, sizes add up to " + pointer);
    }
    if (docIndices[0] != 0 || docIndices[docIndices.length - 1] != sizes.length) {
      out.add("document indices must run from 0 to " + sizes.length);
    }
    return out;
  }

  /** Total tokens. */
  public long tokens() {
    long t = 0;
    for (int s : sizes) {
      t += s;
    }
    return t;
  }
}
