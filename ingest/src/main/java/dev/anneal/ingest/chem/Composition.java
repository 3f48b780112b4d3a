package dev.anneal.ingest.chem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An amount of each element, with the canonical forms used as keys everywhere in Anneal:
 * the reduced formula (pymatgen's convention, so ids agree with Materials Project data), the
 * Hill formula, the chemical system and element fractions.
 */
public final class Composition {

  /** Amounts closer than this to an integer count as that integer (pymatgen's tolerance). */
  public static final double AMOUNT_TOLERANCE = 1e-8;

  /** Reduced formulas that pymatgen writes as the molecule or peroxide they stand for. */
  private static final Map<String, String> SPECIAL_FORMULAS = Map.ofEntries(
      Map.entry("LiO", "Li2O2"), Map.entry("NaO", "Na2O2"), Map.entry("KO", "K2O2"),
      Map.entry("HO", "H2O2"), Map.entry("CsO", "Cs2O2"), Map.entry("RbO", "Rb2O2"),
      Map.entry("O", "O2"), Map.entry("N", "N2"), Map.entry("F", "F2"), Map.entry("Cl", "Cl2"),
      Map.entry("H", "H2"));

  /** Electronegativity gap below which the last two elements form a polyanion, as in pymatgen. */
  private static final double POLYANION_GAP = 1.65;

  private final Map<Element, Double> amounts;

  private Composition(Map<Element, Double> amounts) {
    this.amounts = Collections.unmodifiableMap(amounts);
  }

  /** A builder that adds amounts element by element. */
  public static Builder builder() {
    return new Builder();
  }

  /** A composition from symbol → amount. */
  public static Composition of(Map<String, ? extends Number> amounts) {
    Builder b = builder();
    amounts.forEach((symbol, amount) -> b.add(symbol, amount.doubleValue()));
    return b.build();
  }

  /** Element → amount, in order of atomic number; elements with zero amount are absent. */
  public Map<Element, Double> amounts() {
    return amounts;
  }

  /** The amount of {@code symbol}, 0 when absent. */
  public double amount(String symbol) {
    return Element.of(symbol).map(e -> amounts.getOrDefault(e, 0.0)).orElse(0.0);
  }

  /** Whether there is no element at all. */
  public boolean isEmpty() {
    return amounts.isEmpty();
  }

  /** Total number of atoms. */
  public double numAtoms() {
    return amounts.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Formula weight in amu. */
  public double weight() {
    return amounts.entrySet().stream()
        .mapToDouble(e -> e.getKey().atomicMass() * e.getValue()).sum();
  }

  /** Element symbols sorted alphabetically. */
  public List<String> elements() {
    return amounts.keySet().stream().map(Element::symbol).sorted().toList();
  }

  /** The chemical system: symbols sorted alphabetically and joined by '-', e.g. {@code Ba-Cu-O-Y}. */
  public String chemsys() {
    return String.join("-", elements());
  }

  /** Atomic fraction of each element, keyed by symbol in alphabetical order. */
  public Map<String, Double> fractions() {
    double total = numAtoms();
    Map<String, Double> out = new TreeMap<>();
    amounts.forEach((e, a) -> out.put(e.symbol(), a / total));
    return out;
  }

  /** This composition with every amount multiplied by {@code factor}. */
  public Composition scale(double factor) {
    Builder b = builder();
    amounts.forEach((e, a) -> b.add(e.symbol(), a * factor));
    return b.build();
  }

  /** Whether every amount is an integer within {@link #AMOUNT_TOLERANCE}. */
  public boolean isIntegral() {
    return amounts.values().stream().allMatch(a -> Math.abs(a - Math.rint(a)) < AMOUNT_TOLERANCE);
  }

  /**
   * The reduced formula: integer amounts divided by their greatest common divisor, elements by
   * increasing electronegativity, trailing polyanion in parentheses ({@code Fe2(SO4)3}); a
   * composition with fractional amounts is written unreduced, ones omitted like everywhere else
   * ({@code Ba2YCu3O6.5}).
   */
  public String reducedFormula() {
    return reducedFormulaAndFactor().formula();
  }

  /** The number of reduced formula units in this composition (4 for Li4Fe4P4O16). */
  public double formulaUnits() {
    return reducedFormulaAndFactor().factor();
  }

  /** A reduced formula with the factor that scales it back to this composition. */
  public record Reduced(String formula, double factor) {
  }

  /** The reduced formula and how many formula units this composition holds. */
  public Reduced reducedFormulaAndFactor() {
    if (amounts.isEmpty()) {
      return new Reduced("", 1);
    }
    if (!isIntegral()) {
      return new Reduced(joined(true), 1);
    }
    Map<String, Long> ints = new LinkedHashMap<>();
    amounts.forEach((e, a) -> ints.put(e.symbol(), Math.round(a)));
    Reduced reduced = reduce(ints);
    String special = SPECIAL_FORMULAS.get(reduced.formula());
    return special == null ? reduced : new Reduced(special, reduced.factor() / 2);
  }

  /**
   * Every element with its amount, by increasing electronegativity: {@code Li4 Fe4 P4 O16}.
   * Ties (Ru and Ir are both 2.2) go alphabetically, as in {@link #reducedFormula()}; ordering
   * them by atomic number wrote Ru6.24Ir1.76 where pymatgen writes Ir1.76Ru6.24.
   */
  public String formula() {
    return amounts.entrySet().stream()
        .sorted(Comparator.comparingDouble(
                (Map.Entry<Element, Double> e) -> e.getKey().orderingElectronegativity())
            .thenComparing(e -> e.getKey().symbol()))
        .map(e -> e.getKey().symbol() + formatAmount(e.getValue(), false))
        .collect(Collectors.joining(" "));
  }

  /** The elements by increasing electronegativity with their amounts, without spaces. */
  private String joined(boolean omitOne) {
    return amounts.entrySet().stream()
        .sorted(Comparator.comparingDouble(
                (Map.Entry<Element, Double> e) -> e.getKey().orderingElectronegativity())
            .thenComparing(e -> e.getKey().symbol()))
        .map(e -> e.getKey().symbol() + formatAmount(e.getValue(), omitOne))
        .collect(Collectors.joining());
  }

  /**
   * The Hill formula: C first, then H, then the rest alphabetically; without carbon, all
   * alphabetically. Amounts of one are omitted: {@code C2H6O}, {@code ClNa}.
   */
  public String hillFormula() {
    List<Element> order = new ArrayList<>(amounts.keySet());
    boolean carbon = amounts.containsKey(Element.require("C"));
    order.sort(Comparator.comparing((Element e) -> !carbon ? 0
        : e.symbol().equals("C") ? -2 : e.symbol().equals("H") ? -1 : 0)
        .thenComparing(Element::symbol));
    StringBuilder out = new StringBuilder();
    for (Element e : order) {
      out.append(e.symbol()).append(formatAmount(amounts.get(e), true));
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Composition other) || other.amounts.size() != amounts.size()) {
      return false;
    }
    for (Map.Entry<Element, Double> e : amounts.entrySet()) {
      Double a = other.amounts.get(e.getKey());
      if (a == null || Math.abs(a - e.getValue()) > AMOUNT_TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return amounts.keySet().hashCode();
  }

  @Override
  public String toString() {
    return formula();
  }

  private static Reduced reduce(Map<String, Long> ints) {
    List<String> syms = new ArrayList<>(ints.keySet());
    syms.sort(Comparator.comparingDouble((String s) -> Element.require(s).orderingElectronegativity())
        .thenComparing(s -> s));
    long factor = 0;
    for (long v : ints.values()) {
      factor = gcd(factor, Math.abs(v));
    }
    factor = Math.max(factor, 1);
    String polyanion = "";
    int n = syms.size();
    if (n >= 3 && Element.require(syms.get(n - 1)).orderingElectronegativity()
        - Element.require(syms.get(n - 2)).orderingElectronegativity() < POLYANION_GAP) {
      Map<String, Long> poly = new LinkedHashMap<>();
      for (String s : syms.subList(n - 2, n)) {
        poly.put(s, ints.get(s) / factor);
      }
      Reduced inner = reduce(poly);
      if (inner.factor() != 1) {
        polyanion = "(" + inner.formula() + ")" + formatAmount(inner.factor(), true);
      }
    }
    List<String> kept = polyanion.isEmpty() ? syms : syms.subList(0, n - 2);
    StringBuilder out = new StringBuilder();
    for (String s : kept) {
      out.append(s).append(formatAmount((double) ints.get(s) / factor, true));
    }
    return new Reduced(out.append(polyanion).toString(), factor);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** An amount as formulas show it: integers plain, ones omitted when asked, else up to 8 decimals. */
  static String formatAmount(double amount, boolean omitOne) {
    // Within tolerance, like every other integer test here: 0.2 + 0.7 + 0.1 is 0.9999999999999999.
    if (omitOne && Math.abs(amount - 1.0) < AMOUNT_TOLERANCE) {
      return "";
    }
    if (Math.abs(amount - Math.rint(amount)) < AMOUNT_TOLERANCE) {
      return Long.toString(Math.round(amount));
    }
    return BigDecimal.valueOf(amount).setScale(8, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }

  /** Accumulates amounts per element; adding an unknown symbol is a caller mistake. */
  public static final class Builder {
    private final Map<Element, Double> amounts = new TreeMap<>(
        Comparator.comparingInt(Element::atomicNumber));

    /** Adds {@code amount} of the element {@code symbol}. */
    public Builder add(String symbol, double amount) {
      if (!Double.isFinite(amount)) {
        throw new IllegalArgumentException("amount of " + symbol + " is not finite: " + amount);
      }
      amounts.merge(Element.require(symbol), amount, Double::sum);
      return this;
    }

    /** Adds every amount of {@code other}, each multiplied by {@code factor}. */
    public Builder addAll(Composition other, double factor) {
      other.amounts.forEach((e, a) -> amounts.merge(e, a * factor, Double::sum));
      return this;
    }

    /** The composition; elements whose amount sums to zero are dropped. */
    public Composition build() {
      Map<Element, Double> kept = new TreeMap<>(Comparator.comparingInt(Element::atomicNumber));
      amounts.forEach((e, a) -> {
        if (Math.abs(a) > AMOUNT_TOLERANCE) {
          kept.put(e, a);
        }
      });
      return new Composition(kept);
    }
  }
}
