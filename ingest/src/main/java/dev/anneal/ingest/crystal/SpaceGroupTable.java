package dev.anneal.ingest.crystal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The symmetry operations of every space-group setting, by Hermann–Mauguin or Hall symbol or by
 * International Tables number, for blocks that name their space group but list no operators.
 * The data is {@code spacegroups.tsv}, generated from gemmi by {@code scripts/gen_spacegroups.py},
 * and names resolve to the same setting gemmi picks.
 */
public final class SpaceGroupTable {

  /**
   * One setting.
   *
   * @param number the International Tables number
   * @param symbol the extended Hermann–Mauguin symbol, e.g. {@code R -3 m:H}
   * @param ops    every operation of the conventional cell, centring included
   */
  public record Setting(int number, String symbol, List<SymOp> ops) {
  }

  private static final SpaceGroupTable INSTANCE = load();

  private final Map<String, Setting> byName;

  private SpaceGroupTable(Map<String, Setting> byName) {
    this.byName = byName;
  }

  /** The table shipped with Anneal. */
  public static SpaceGroupTable standard() {
    return INSTANCE;
  }

  /** The setting a symbol such as {@code P 21/c}, {@code Fm-3m} or {@code R -3 m:H} names, or null. */
  public Setting bySymbol(String symbol) {
    String key = normalize(symbol);
    if (key.isEmpty() || key.chars().allMatch(Character::isDigit)) {
      return null;
    }
    Setting s = byName.get(key);
    if (s == null && key.endsWith(":1")) {
      // ":1" is the default origin choice; gemmi lists it under the bare symbol too.
      s = byName.get(key.substring(0, key.length() - 2));
    }
    return s;
  }

  /** The standard setting of space group {@code number} (1–230), or null. */
  public Setting byNumber(int number) {
    return number >= 1 && number <= 230 ? byName.get(Integer.toString(number)) : null;
  }

  /** Lower case without spaces or underscores: {@code P 21/c} and {@code P2_1/c} become {@code p21/c}. */
  static String normalize(String symbol) {
    StringBuilder out = new StringBuilder(symbol.length());
    for (int i = 0; i < symbol.length(); i++) {
      char c = symbol.charAt(i);
      if (!Character.isWhitespace(c) && c != '_' && c != '\'' && c != '"') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static SpaceGroupTable load() {
    List<Setting> settings = new ArrayList<>();
    Map<String, Setting> byName = new HashMap<>();
    try (InputStream in = SpaceGroupTable.class.getResourceAsStream("spacegroups.tsv")) {
      if (in == null) {
        throw new IllegalStateException("spacegroups.tsv is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String[] f = line.split("\t");
        if (f[0].equals("S")) {
          List<SymOp> ops = new ArrayList<>();
          for (String xyz : f[4].split(";")) {
            SymOp op = SymOp.parse(xyz);
            if (op == null) {
              throw new IllegalStateException("bad operator in spacegroups.tsv: " + xyz);
            }
            ops.add(op);
          }
          settings.add(new Setting(Integer.parseInt(f[1]), f[2], List.copyOf(ops)));
        } else if (f[0].equals("A")) {
          byName.put(f[1], settings.get(Integer.parseInt(f[2])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SpaceGroupTable(byName);
  }
}
