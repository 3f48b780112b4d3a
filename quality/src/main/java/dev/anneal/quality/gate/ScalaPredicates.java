package dev.anneal.quality.gate;

import java.io.Serializable;
import scala.runtime.AbstractFunction1;

/** Scala functions Deequ's assertions take, built from Java values. */
final class ScalaPredicates {

  private ScalaPredicates() {
  }

  /** A row-count assertion: true when the count is at least {@code min}. */
  static scala.Function1<Object, Object> atLeast(long min) {
    return new AtLeast(min);
  }

  private static final class AtLeast extends AbstractFunction1<Object, Object>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long min;

    AtLeast(long min) {
      this.min = min;
    }

    @Override
    public Object apply(Object count) {
      return ((Number) count).longValue() >= min;
    }
  }
}
