package dev.anneal.ingest.chem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A chemical element with the data formulas need: atomic number, standard atomic weight and
 * Pauling electronegativity (NaN where none is defined, as for the noble gases).
 *
 * @param symbol            the IUPAC symbol, e.g. {@code Fe}
 * @param atomicNumber      Z
 * @param atomicMass        standard atomic weight in amu
 * @param electronegativity Pauling electronegativity, or NaN
 * @param name              the English name
 */
public record Element(String symbol, int atomicNumber, double atomicMass, double electronegativity,
                      String name) {

  private static final Map<String, Element> BY_SYMBOL = load();

  /** The element with this exact symbol (case-sensitive: {@code Co} is cobalt, {@code CO} is not a symbol). */
  public static Optional<Element> of(String symbol) {
    return Optional.ofNullable(BY_SYMBOL.get(symbol));
  }

  /** The element with this symbol; a caller mistake if there is none. */
  public static Element require(String symbol) {
    Element e = BY_SYMBOL.get(symbol);
    if (e == null) {
      throw new IllegalArgumentException("not an element symbol: '" + symbol + "'");
    }
    return e;
  }

  /** Whether {@code symbol} is an element symbol. */
  public static boolean isSymbol(String symbol) {
    return BY_SYMBOL.containsKey(symbol);
  }

  /** All elements in order of atomic number. */
  public static Collection<Element> all() {
    return BY_SYMBOL.values();
  }

  /**
   * The electronegativity used for ordering formulas: elements without one sort last, as they
   * do in practice for the noble gases.
   */
  public double orderingElectronegativity() {
    return Double.isNaN(electronegativity) ? Double.POSITIVE_INFINITY : electronegativity;
  }

  private static Map<String, Element> load() {
    Map<String, Element> out = new LinkedHashMap<>();
    try (InputStream in = Element.class.getResourceAsStream("elements.tsv")) {
      if (in == null) {
        throw new IllegalStateException("elements.tsv is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t");
        out.put(f[0], new Element(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(out);
  }
}
