package dev.anneal.normalize.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures the gold-set evaluation must not fall below: those measured when the extractor
 * was last changed (docs/benchmarks.md), less rounding. A change that lowers one fails here.
 */
final class Floors {

  private Floors() {
  }

  static void check(ExtractionEvaluation e) {
    at(e.detectAll.precision(), 0.97, "synthesis detection precision");
    at(e.detectAll.recall(), 0.84, "synthesis detection recall");
    at(e.detectCued.precision(), 0.97, "synthesis detection precision (visible cue)");
    at(e.detectCued.recall(), 0.96, "synthesis detection recall (visible cue)");
    at(e.targets.f1(), 0.93, "targets F1");
    at(e.precursors.f1(), 0.96, "precursors F1");
    at(e.temperatures.f1(), 0.98, "temperature values F1");
    at(e.durations.f1(), 0.98, "duration values F1");
    at(e.atmospheres.f1(), 0.96, "atmospheres F1");
    at(e.opsWithT == 0 ? 1 : e.opsTRight / (double) e.opsWithT, 0.97,
        "operations with temperatures exactly right");
    at(e.opsWithD == 0 ? 1 : e.opsDRight / (double) e.opsWithD, 0.99,
        "operations with durations exactly right");
    at(e.links.precision(), 0.98, "synthesis-to-structure link precision");
    at(e.links.recall(), 0.93, "synthesis-to-structure link recall");
  }

  private static void at(double value, double floor, String what) {
    assertTrue(value >= floor, what + " " + value + " fell below " + floor);
  }
}
