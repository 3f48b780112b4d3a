package dev.anneal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reading a stream whole, but never more than a limit, so a size cap holds before memory is spent. */
public final class BoundedReads {

  private BoundedReads() {
  }

  /**
   * At most {@code limit} bytes of {@code in}; a result of {@code limit} bytes means the stream
   * may hold more (callers ask for one byte over their cap to tell). Does not close {@code in}.
   */
  public static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[8192];
    int length = 0;
    int n;
    while (length < limit
        && (n = in.read(buffer, length, (int) Math.min(buffer.length - length, limit - length)))
        > 0) {
      length += n;
      if (length == buffer.length && length < limit) {
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, limit));
      }
    }
    return Arrays.copyOf(buffer, length);
  }
}
