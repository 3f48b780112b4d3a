package dev.anneal.normalize.composition;

import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.chem.Composition;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What the parser made of one formula: a composition with its flags, or a reason it could not be read. */
public sealed interface FormulaResult permits FormulaResult.Parsed, FormulaResult.Rejected {

  /** The text as the caller passed it. */
  String asWritten();

  /** One JSON object: the canonical forms of a parsed formula, or the reason and message of a rejection. */
  String toJson();

  /** Whether this is a {@link Parsed}. */
  default boolean isParsed() {
    return this instanceof Parsed;
  }

  /**
   * A formula read completely.
   *
   * @param asWritten   the input text
   * @param composition the amounts, exact for what was written (with variables substituted)
   * @param flags       what the parser dropped or assumed, in declaration order
   * @param dopants     the dopants of dopant notation, as {@code Nb} or {@code Nb 0.5 wt%}
   *                    (amount as written), in the order written; empty when undoped
   */
  record Parsed(String asWritten, Composition composition, Set<FormulaFlag> flags,
                java.util.List<String> dopants) implements FormulaResult {
    public Parsed {
      Objects.requireNonNull(asWritten, "asWritten");
      Objects.requireNonNull(composition, "composition");
      // Sorted: Set.copyOf's order is salted per JVM, and flags reach tables as arrays.
      flags = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(flags));
      dopants = dopants == null ? java.util.List.of() : java.util.List.copyOf(dopants);
    }

    /** A formula without dopants. */
    public Parsed(String asWritten, Composition composition, Set<FormulaFlag> flags) {
      this(asWritten, composition, flags, java.util.List.of());
    }

    /** Whether the parser set {@code flag}. */
    public boolean has(FormulaFlag flag) {
      return flags.contains(flag);
    }

    @Override
    public String toJson() {
      return CanonicalForms.of(this).toJson();
    }

    /** The flag codes sorted by name, for data and JSON. */
    public java.util.List<String> flagCodes() {
      return flags.stream().map(FormulaFlag::code).sorted().collect(Collectors.toList());
    }
  }

  /**
   * A formula that could not be read.
   *
   * @param asWritten the input text
   * @param reason    why, as a stable code
   * @param message   what is wrong, for a person
   */
  record Rejected(String asWritten, FormulaReason reason, String message) implements FormulaResult {
    public Rejected {
      Objects.requireNonNull(asWritten, "asWritten");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    /** The project's rejection record for this failure, at stage {@code normalize}. */
    public Rejection toRejection(String sourceUri, String location) {
      return new Rejection(sourceUri, "normalize", reason.code(), message, location, asWritten);
    }

    @Override
    public String toJson() {
      StringBuilder out = new StringBuilder(128).append("{\"as_written\":");
      CanonicalForms.quote(out, asWritten).append(",\"rejected\":");
      CanonicalForms.quote(out, reason.code()).append(",\"message\":");
      return CanonicalForms.quote(out, message).append('}').toString();
    }
  }
}
