package dev.anneal.ingest.simulation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers whether the underlying stream reached its end and how many bytes were read, so a
 * reader whose parse fails can tell a cut-off file (failure at the end) from bad content.
 * Does not close the wrapped stream, since parsers must not.
 */
public final class EofTrackingInputStream extends FilterInputStream {

  private boolean eof;
  private long bytes;

  public EofTrackingInputStream(InputStream in) {
    super(in);
  }

  /** True once a read returned -1. */
  public boolean atEof() {
    return eof;
  }

  /** Bytes read so far. */
  public long bytesRead() {
    return bytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      eof = true;
    } else {
      bytes++;
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n < 0) {
      eof = true;
    } else {
      bytes += n;
    }
    return n;
  }

  @Override
  public void close() {
    // The caller owns the stream (RecordParser contract).
  }
}
