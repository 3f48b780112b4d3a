package dev.anneal.quality.filter.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of one configured rule, read by name with their type checked, so that a
 * missing, misspelt or mistyped parameter is an error naming the rule and the parameter.
 */
public final class RuleParams {

  private final String rule;
  private final Map<String, Object> values;
  private final Set<String> read = new TreeSet<>();

  /** The parameters {@code values} (may be null: none) of rule {@code rule}. */
  public RuleParams(String rule, Map<String, ?> values) {
    this.rule = rule;
    this.values = values == null ? Map.of() : Map.copyOf(values);
  }

  /** A whole number. */
  public int integer(String name) {
    Object v = get(name);
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      long l = ((Number) v).longValue();
      if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
        return (int) l;
      }
    }
    throw wrong(name, "a whole number", v);
  }

  /** A number. */
  public double number(String name) {
    Object v = get(name);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw wrong(name, "a number", v);
  }

  /** A list of numbers. */
  public List<Double> numbers(String name) {
    Object v = get(name);
    List<Double> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Number n)) {
          throw wrong(name, "a list of numbers", v);
        }
        out.add(n.doubleValue());
      }
      return List.copyOf(out);
    }
    throw wrong(name, "a list of numbers", v);
  }

  /** A list of strings, lower-cased. */
  public List<String> lowerCaseStrings(String name) {
    Object v = get(name);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof String s)) {
          throw wrong(name, "a list of strings", v);
        }
        out.add(s.toLowerCase(Locale.ROOT));
      }
      return List.copyOf(out);
    }
    throw wrong(name, "a list of strings", v);
  }

  /** Fails when a parameter was given that the rule does not read. */
  public void requireAllRead() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("filter rule " + rule + " has no parameter "
          + String.join(", ", unknown) + "; its parameters: " + String.join(", ", read));
    }
  }

  private Object get(String name) {
    read.add(name);
    if (!values.containsKey(name) || values.get(name) == null) {
      throw new IllegalArgumentException("filter rule " + rule + " needs parameter " + name);
    }
    return values.get(name);
  }

  private IllegalArgumentException wrong(String name, String expected, Object v) {
    return new IllegalArgumentException("filter rule " + rule + ": parameter " + name
        + " must be " + expected + ", got '" + v + "'");
  }
}
