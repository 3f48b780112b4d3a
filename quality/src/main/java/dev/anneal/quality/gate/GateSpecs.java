package dev.anneal.quality.gate;

import java.util.List;

/**
 * Builds gates from the configuration's check strings: {@code complete COL}, {@code unique COL},
 * {@code positive COL}, {@code non_negative COL}, {@code rows >= N} and
 * {@code where NAME: SQL PREDICATE}.
 */
public final class GateSpecs {

  private GateSpecs() {
  }

  /** A gate of {@code level} ({@code error} or {@code warning}) with {@code checks}. */
  public static QualityGate parse(String table, String level, List<String> checks) {
    QualityGate gate = switch (level) {
      case "error" -> QualityGate.error(table);
      case "warning" -> QualityGate.warning(table);
      default -> throw new IllegalArgumentException("gate level must be error or warning, got "
          + level + " for " + table);
    };
    for (String check : checks) {
      add(gate, table, check.strip());
    }
    return gate;
  }

  private static void add(QualityGate gate, String table, String check) {
    if (check.startsWith("where ")) {
      int colon = check.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(table + ": 'where NAME: PREDICATE' needs a colon: "
            + check);
      }
      gate.satisfies(check.substring(6, colon).strip(), check.substring(colon + 1).strip());
      return;
    }
    if (check.startsWith("rows >=")) {
      gate.atLeastRows(Long.parseLong(check.substring(7).strip()));
      return;
    }
    String[] parts = check.split("\\s+");
    if (parts.length != 2) {
      throw new IllegalArgumentException(table + ": cannot read check '" + check + "'");
    }
    switch (parts[0]) {
      case "complete" -> gate.complete(parts[1]);
      case "unique" -> gate.unique(parts[1]);
      case "positive" -> gate.positive(parts[1]);
      case "non_negative" -> gate.nonNegative(parts[1]);
      default -> throw new IllegalArgumentException(table + ": unknown check '" + parts[0]
          + "' (complete, unique, positive, non_negative, rows >=, where)");
    }
  }
}
