package dev.anneal.ingest.detect;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One format, declared once: the rules that recognize it (content first, the name only as a
 * hint), how much of the file its reader holds, and the reader.
 *
 * @param format the format
 * @param rules  how it is recognized, each in its {@link Phase}
 * @param sizing which size limit applies
 * @param reader builds the reader for a run's settings
 */
public record FormatEntry(Format format, List<Rule> rules, Sizing sizing,
                          Function<ReaderContext, FormatReader> reader) {

  /**
   * One way to recognize a format.
   *
   * @param phase when the rule is tried
   * @param test  whether the probed file is of this format
   */
  public record Rule(Phase phase, Predicate<Probe> test) {
  }

  /** A rule tried in {@code phase}. */
  public static Rule rule(Phase phase, Predicate<Probe> test) {
    return new Rule(phase, test);
  }
}
