package dev.anneal.ingest.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Lazily maps each input to a list of outputs and iterates over all of them, so a partition's
 * results are produced one input at a time instead of being held in memory together.
 */
final class FlatteningIterator<I, O> implements Iterator<O> {

  private final Iterator<I> inputs;
  private final Function<I, List<O>> expand;
  private Iterator<O> current = Collections.emptyIterator();

  FlatteningIterator(Iterator<I> inputs, Function<I, List<O>> expand) {
    this.inputs = inputs;
    this.expand = expand;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && inputs.hasNext()) {
      current = expand.apply(inputs.next()).iterator();
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
