package dev.anneal.quality.gate;

import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import scala.Option;

/**
 * The checks one table must pass, declared fluently:
 * {@code QualityGate.error("structures").complete("structure_id").unique("structure_id").positive("volume")}.
 * An error gate that fails stops the stage; a warning gate is reported only.
 */
public final class QualityGate {

  /** How seriously a failed gate is taken. */
  public enum Level {
    /** A failure stops the stage. */
    ERROR,
    /** A failure is reported and the run goes on. */
    WARNING
  }

  private final String table;
  private final Level level;
  private final List<String> descriptions = new ArrayList<>();
  private final List<UnaryOperator<Check>> constraints = new ArrayList<>();

  private QualityGate(String table, Level level) {
    this.table = table;
    this.level = level;
  }

  /** A gate whose failure stops the stage. */
  public static QualityGate error(String table) {
    return new QualityGate(table, Level.ERROR);
  }

  /** A gate whose failure is only reported. */
  public static QualityGate warning(String table) {
    return new QualityGate(table, Level.WARNING);
  }

  /** The table the gate checks. */
  public String table() {
    return table;
  }

  /** Error or warning. */
  public Level level() {
    return level;
  }

  /** What each constraint checks, in declaration order, for reports. */
  public List<String> descriptions() {
    return List.copyOf(descriptions);
  }

  /** No null in {@code column}. */
  public QualityGate complete(String column) {
    return add("complete(" + column + ")",
        c -> c.isComplete(column, Option.empty(), Option.empty()));
  }

  /** No value of {@code column} occurs twice. */
  public QualityGate unique(String column) {
    return add("unique(" + column + ")", c -> c.isUnique(column, Option.empty(), Option.empty()));
  }

  /** Every value of {@code column} is greater than zero. */
  public QualityGate positive(String column) {
    return add("positive(" + column + ")", c -> c.isPositive(column, Check.IsOne(), Option.empty()));
  }

  /** Every value of {@code column} is at least zero. */
  public QualityGate nonNegative(String column) {
    return add("non_negative(" + column + ")",
        c -> c.isNonNegative(column, Check.IsOne(), Option.empty()));
  }

  /** Every row satisfies the SQL predicate {@code predicate}, named {@code name} in reports. */
  public QualityGate satisfies(String name, String predicate) {
    return add(name + ": " + predicate, c -> c.satisfies(predicate, name, Check.IsOne(),
        Option.empty(), scala.collection.immutable.List$.MODULE$.empty(), Option.empty()));
  }

  /** The table has at least {@code rows} rows. */
  public QualityGate atLeastRows(long rows) {
    return add("rows >= " + rows, c -> c.hasSize(ScalaPredicates.atLeast(rows), Option.empty()));
  }

  /** Deequ's check with every declared constraint. */
  public Check toCheck() {
    Check check = new Check(level == Level.ERROR ? CheckLevel.Error() : CheckLevel.Warning(),
        table, Check.apply$default$3());
    for (UnaryOperator<Check> constraint : constraints) {
      check = constraint.apply(check);
    }
    return check;
  }

  private QualityGate add(String description, UnaryOperator<Check> constraint) {
    descriptions.add(description);
    constraints.add(constraint);
    return this;
  }
}
