package dev.anneal.normalize.composition;

import dev.anneal.ingest.chem.Element;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Values the caller knows for the symbols a formula leaves open: numbers for variables
 * ({@code x=0.1}, {@code δ=0.05}) and elements for placeholders ({@code RE=Y}). Immutable.
 */
public final class Variables {

  /** No values at all: every variable and placeholder in a formula is then unresolved. */
  public static final Variables NONE = new Variables(Map.of(), Map.of());

  private final Map<String, Double> numbers;
  private final Map<String, String> elements;

  private Variables(Map<String, Double> numbers, Map<String, String> elements) {
    this.numbers = Collections.unmodifiableMap(numbers);
    this.elements = Collections.unmodifiableMap(elements);
  }

  /**
   * Bindings from {@code name → value} strings as a command line gives them: a number for a
   * variable, an element symbol for a placeholder. A bad name or value is a caller mistake.
   */
  public static Variables of(Map<String, String> bindings) {
    Variables out = NONE;
    for (Map.Entry<String, String> e : bindings.entrySet()) {
      out = out.with(e.getKey(), e.getValue());
    }
    return out;
  }

  /** Bindings from {@code name=value} strings, e.g. {@code x=0.1} or {@code RE=Y}. */
  public static Variables parse(String... assignments) {
    Variables out = NONE;
    for (String a : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("not a name=value binding: '" + a + "'");
      }
      out = out.with(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
    }
    return out;
  }

  /** These bindings plus one more, read from text: a number, or an element symbol for a placeholder. */
  public Variables with(String name, String value) {
    if (isPlaceholderName(name)) {
      return withElement(name, value);
    }
    double v;
    try {
      v = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("value of " + name + " is not a number: '" + value + "'");
    }
    return with(name, v);
  }

  /** These bindings plus a number for the variable {@code name} (one lowercase letter, Greek allowed, or {@code delta}). */
  public Variables with(String name, double value) {
    String key = canonicalVariable(name);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + name + " is not finite: " + value);
    }
    Map<String, Double> n = new TreeMap<>(numbers);
    n.put(key, value);
    return new Variables(n, elements);
  }

  /** These bindings plus an element for the placeholder {@code name}, e.g. {@code RE → Y}. */
  public Variables withElement(String name, String symbol) {
    if (!isPlaceholderName(name)) {
      throw new IllegalArgumentException("not a placeholder name: '" + name + "'");
    }
    if (!Element.isSymbol(symbol)) {
      throw new IllegalArgumentException("placeholder " + name + " bound to a non-element: '" + symbol + "'");
    }
    Map<String, String> m = new TreeMap<>(elements);
    m.put(name, symbol);
    return new Variables(numbers, m);
  }

  /**
   * The value of a variable. δ and d are the two spellings of an oxygen deviation, so a value
   * given under either name answers for both.
   */
  OptionalDouble number(String name) {
    Double v = numbers.get(name);
    if (v == null && FormulaParser.isDeviationSymbol(name)) {
      v = numbers.get(name.equals("d") ? "δ" : "d");
    }
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The element bound to a placeholder, or null. */
  String element(String placeholder) {
    return elements.get(placeholder);
  }

  /** Whether no value at all is bound. */
  public boolean isEmpty() {
    return numbers.isEmpty() && elements.isEmpty();
  }

  @Override
  public String toString() {
    return "Variables" + numbers + elements;
  }

  private static String canonicalVariable(String name) {
    if (name.equals("delta") || name.equals("δ") || name.equals("Δ") || name.equals("ẟ")) {
      return "δ";
    }
    if (name.length() != 1 || !FormulaParser.isVariableLetter(name.charAt(0))) {
      throw new IllegalArgumentException("not a variable name (one lowercase letter): '" + name + "'");
    }
    return name;
  }

  private static boolean isPlaceholderName(String name) {
    return FormulaParser.isPlaceholder(name);
  }
}
