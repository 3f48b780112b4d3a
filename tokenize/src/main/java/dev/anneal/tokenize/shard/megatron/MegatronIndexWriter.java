package dev.anneal.tokenize.shard.megatron;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes one Megatron-LM indexed dataset with int32 ids: every {@link #add} appends a sequence
 * to the {@code .bin} (little-endian int32) and, as its own document, to the index; {@link
 * #close} writes the {@code .idx} exactly as Megatron's {@code indexed_dataset.py} reads it:
 * magic {@code MMIDIDX\0\0}, version {@code <Q} 1, dtype code {@code <B} 4 (int32), sequence
 * count {@code <Q}, document count {@code <Q}, then sizes int32[n], pointers int64[n] (byte
 * offsets into .bin) and document indices int64[documents + 1], starting at 0.
 */
public final class MegatronIndexWriter implements Closeable {

  /** The index file's magic bytes. */
  public static final byte[] MAGIC = "MMIDIDX\0\0".getBytes(StandardCharsets.US_ASCII);
  /** Megatron's dtype code for int32 ({@code DType.int32}). */
  public static final int DTYPE_INT32 = 4;

  private final DataOutputStream bin;
  private final OutputStream idx;
  private int[] sizes = new int[1024];
  private int count;
  private long tokens;

  /** A writer onto the two open streams (closed by {@link #close}). */
  public MegatronIndexWriter(OutputStream bin, OutputStream idx) {
    this.bin = new DataOutputStream(new BufferedOutputStream(bin, 1 << 16));
    this.idx = new BufferedOutputStream(idx, 1 << 16);
  }

  /** Appends one sequence: one whole training document, end-of-text token last. */
  public void add(int[] ids) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(ids.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asIntBuffer().put(ids);
    bin.write(buf.array());
    if (count == sizes.length) {
      sizes = java.util.Arrays.copyOf(sizes, count * 2);
    }
    sizes[count++] = ids.length;
    tokens += ids.length;
  }

  /** Sequences written so far. */
  public int sequences() {
    return count;
  }

  /** Tokens written so far. */
  public long tokens() {
    return tokens;
  }

  @Override
  public void close() throws IOException {
    bin.close();
    ByteBuffer head = ByteBuffer.allocate(9 + 8 + 1 + 8 + 8).order(ByteOrder.LITTLE_ENDIAN);
    head.put(MAGIC).putLong(1L).put((byte) DTYPE_INT32).putLong(count).putLong(count + 1L);
    idx.write(head.array());
    ByteBuffer body = ByteBuffer.allocate(count * 4 + count * 8 + (count + 1) * 8)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      body.putInt(sizes[i]);
    }
    long pointer = 0;
    for (int i = 0; i < count; i++) {
      body.putLong(pointer);
      pointer += sizes[i] * 4L;
    }
    for (long d = 0; d <= count; d++) {
      body.putLong(d);
    }
    idx.write(body.array());
    idx.close();
  }
}
