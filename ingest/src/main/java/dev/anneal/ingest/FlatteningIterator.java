package dev.anneal.ingest;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Lazily maps each input to an iterator of outputs and iterates over all of them, so results are
 * produced one input at a time instead of being held in memory together.
 *
 * @param <I> the input type
 * @param <O> the output type
 */
public final class FlatteningIterator<I, O> implements Iterator<O> {

  private final Iterator<I> inputs;
  private final Function<I, Iterator<O>> expand;
  private Iterator<O> current = Collections.emptyIterator();

  /** Iterates over {@code expand} applied to each of {@code inputs}, in order. */
  public FlatteningIterator(Iterator<I> inputs, Function<I, Iterator<O>> expand) {
    this.inputs = inputs;
    this.expand = expand;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && inputs.hasNext()) {
      current = expand.apply(inputs.next());
    }
    return current.hasNext();
  }

  @Override
  public O next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
