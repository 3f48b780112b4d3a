package dev.anneal.ingest.spark;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;

/** Closes a resource as soon as the iterator that reads from it is exhausted or fails. */
final class ClosingIterator<T> implements Iterator<T> {

  private final Iterator<T> delegate;
  private final Closeable resource;
  private boolean closed;

  ClosingIterator(Iterator<T> delegate, Closeable resource) {
    this.delegate = delegate;
    this.resource = resource;
  }

  @Override
  public boolean hasNext() {
    try {
      boolean more = delegate.hasNext();
      if (!more) {
        close();
      }
      return more;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public T next() {
    return delegate.next();
  }

  private void close() {
    if (!closed) {
      closed = true;
      try {
        resource.close();
      } catch (IOException e) {
        // Everything was read; a failure to close a read-only stream loses nothing.
      }
    }
  }
}
