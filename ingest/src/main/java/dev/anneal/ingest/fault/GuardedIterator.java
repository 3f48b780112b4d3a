package dev.anneal.ingest.fault;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * An iterator whose failure ends it with one last element describing the failure, instead of
 * an exception in the caller: the barrier around a lazily read file or archive, where a member
 * is parsed only when the iterator reaches it.
 *
 * @param <T> the element type
 */
public final class GuardedIterator<T> implements Iterator<T> {

  private final Iterator<T> delegate;
  private final Function<Throwable, T> onFault;
  private T fault;
  private boolean failed;

  /** Iterates {@code delegate}; if it throws, yields {@code onFault}'s element and stops. */
  public GuardedIterator(Iterator<T> delegate, Function<Throwable, T> onFault) {
    this.delegate = delegate;
    this.onFault = onFault;
  }

  @Override
  public boolean hasNext() {
    if (failed) {
      return fault != null;
    }
    try {
      return delegate.hasNext();
    } catch (Throwable t) {
      fail(t);
      return true;
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (failed) {
      T out = fault;
      fault = null;
      return out;
    }
    try {
      return delegate.next();
    } catch (NoSuchElementException e) {
      throw e;
    } catch (Throwable t) {
      fail(t);
      T out = fault;
      fault = null;
      return out;
    }
  }

  private void fail(Throwable t) {
    Faults.rethrowIfFatal(t);
    failed = true;
    fault = onFault.apply(t);
  }
}
