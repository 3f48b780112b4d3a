package dev.anneal.ingest.crystal.cif;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data block: its single-valued items and its loops, looked up by tag case-insensitively.
 * A DDLm-style tag ({@code _cell.length_a}) is also found under its CIF 1.1 spelling
 * ({@code _cell_length_a}), so callers ask for one name.
 */
public final class CifBlock {

  private final String name;
  private final int line;
  private final Map<String, CifValue> items = new HashMap<>();
  private final Map<String, CifLoop> loopOf = new HashMap<>();
  private final List<CifLoop> loops = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  CifBlock(String name, int line) {
    this.name = name;
    this.line = line;
  }

  /** The block name after {@code data_}. */
  public String name() {
    return name;
  }

  /** The line of {@code data_}. */
  public int line() {
    return line;
  }

  /** Repairs made while reading this block, each starting with its reason code. */
  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /** The loops in file order. */
  public List<CifLoop> loops() {
    return Collections.unmodifiableList(loops);
  }

  /** Whether {@code tag} is present, single or looped. */
  public boolean has(String tag) {
    String key = key(tag);
    return items.containsKey(key) || loopOf.containsKey(key);
  }

  /** The single value of {@code tag}, the first present of several spellings, or null. */
  public CifValue value(String... tags) {
    for (String tag : tags) {
      String key = key(tag);
      CifValue v = items.get(key);
      if (v != null) {
        return v;
      }
      CifLoop loop = loopOf.get(key);
      if (loop != null && loop.rows() == 1) {
        return loop.get(0, loop.column(key));
      }
    }
    return null;
  }

  /**
   * Every value of {@code tag}, looped or single, for the first present of several spellings;
   * empty when none is present.
   */
  public List<CifValue> values(String... tags) {
    for (String tag : tags) {
      String key = key(tag);
      CifValue v = items.get(key);
      if (v != null) {
        return List.of(v);
      }
      CifLoop loop = loopOf.get(key);
      if (loop != null) {
        int col = loop.column(key);
        List<CifValue> out = new ArrayList<>(loop.rows());
        for (int r = 0; r < loop.rows(); r++) {
          out.add(loop.get(r, col));
        }
        return out;
      }
    }
    return List.of();
  }

  /** The loop holding {@code tag}, or null. */
  public CifLoop loop(String tag) {
    return loopOf.get(key(tag));
  }

  void addWarning(String warning) {
    warnings.add(warning);
  }

  /** Adds a single item; returns the value already there under that tag, if any. */
  CifValue put(String tag, CifValue value) {
    String key = key(tag);
    if (loopOf.containsKey(key)) {
      return loopOf.get(key).get(0, loopOf.get(key).column(key));
    }
    return items.putIfAbsent(key, value);
  }

  /** Adds a loop; returns a tag it shares with an earlier item or loop, or null. */
  String add(CifLoop loop) {
    for (String tag : loop.tags()) {
      if (items.containsKey(tag) || loopOf.containsKey(tag)) {
        return tag;
      }
    }
    loops.add(loop);
    for (String tag : loop.tags()) {
      loopOf.put(tag, loop);
    }
    return null;
  }

  /** The lookup key of a tag: lower case, with DDLm's category dot read as an underscore. */
  static String key(String tag) {
    // Most tags are already lower case without a dot: return them as they are, unallocated.
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (c == '.' || c >= 'A' && c <= 'Z' || c > 0x7f) {
        return tag.toLowerCase(java.util.Locale.ROOT).replace('.', '_');
      }
    }
    return tag;
  }
}
