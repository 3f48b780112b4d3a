package dev.anneal.jobs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress bar and line: filled in proportion, records per second, an ETA from the rate so far. */
class ProgressLineTest {

  @Test
  void theBarIsFilledInProportionToTheTasksDone() {
    assertEquals("[anneal] normalize [#####.....] 10/20 tasks  500 rec/s  ETA 4 s",
        ProgressLine.bar("normalize", 10, 20, 2000, 4.0, 10));
    assertEquals("[anneal] ingest [..........] 0/0 tasks  0 rec/s  ETA ?",
        ProgressLine.bar("ingest", 0, 0, 0, 0.0, 10));
  }

  @Test
  void logsGetAPlainSentence() {
    assertEquals("[anneal] tokenize: 3/4 tasks, 1,500 records/s, ETA 20 s",
        ProgressLine.plain("tokenize", 3, 4, 90_000, 60.0));
  }

  @Test
  void longEtasAreInMinutes() {
    assertEquals("2 min 30 s", ProgressLine.eta(1, 6, 30.0));
    assertEquals("0 s", ProgressLine.eta(6, 6, 30.0));
  }
}
