package dev.anneal.ingest.lablog;

import java.util.Objects;

/**
 * How one column is read: its role, the name it goes by (the property of a value column, the
 * condition or variable name) and the unit declared for its cells.
 *
 * @param role the column's role
 * @param name the property key ({@code tc}), condition name ({@code pressure}) or variable
 *             name ({@code x}); "" for the other roles
 * @param unit the unit declared for the cells as written ({@code K}), or "" when none is declared
 */
public record ColumnSpec(ColumnRole role, String name, String unit) {

  public ColumnSpec {
    Objects.requireNonNull(role, "role");
    name = name == null ? "" : name.strip();
    unit = unit == null ? "" : unit.strip();
  }

  /** A column of {@code role} with no name and no unit. */
  public static ColumnSpec of(ColumnRole role) {
    return new ColumnSpec(role, "", "");
  }
}
