package dev.anneal.quality.filter;

import java.io.Serializable;

/**
 * One document filter rule: keeps a text ({@code null}) or drops it with a {@link Verdict} whose
 * reason code is {@code filter.} followed by the rule's {@link #name()}.
 */
public interface FilterRule extends Serializable {

  /** The rule's configuration name, also the suffix of its reason code. */
  String name();

  /** The verdict on {@code text}, or {@code null} when it passes this rule. */
  Verdict check(MeasuredText text);

  /**
   * Whether the rule also applies where length rules are off (whole documents, whose length
   * a minimum would judge unfairly); true unless the rule is about a minimum length.
   */
  default boolean appliesWithoutLengthRules() {
    return true;
  }

  /** The reason code of a verdict of this rule. */
  default String reason() {
    return "filter." + name();
  }
}
