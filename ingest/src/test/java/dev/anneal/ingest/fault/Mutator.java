package dev.anneal.ingest.fault;

import dev.anneal.ingest.chem.Element;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a real input file, each named, for the fuzz harness: truncation, byte
 * flips, element symbols and units replaced by unknown ones, header lines renamed and
 * reordered, numbers replaced by NaN, Inf, 1e308, -0, empty and very long values, other
 * encodings. The same seed gives the same bytes.
 */
final class Mutator {

  /** A mutated input and the name of what was done to it. */
  record Mutation(String kind, byte[] bytes) {
  }

  static final List<String> KINDS = List.of("truncate", "flip", "element", "unit", "header",
      "number", "encoding", "nesting");

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
  private static final Pattern SYMBOL = Pattern.compile("(?<![A-Za-z])([A-Z][a-z]?)(?![a-z])");
  private static final Pattern UNIT = Pattern.compile(
      "(?<![A-Za-z])(K|eV|GPa|kBar|°C|kJ/mol|Angstrom|Å|h|min|g/cm3|mA|fs|ps)(?![A-Za-z])");
  private static final String[] BAD_NUMBERS = {"NaN", "Inf", "-Inf", "1e308", "-1e308", "1e-320",
      "-0", "", "1" + "0".repeat(400), "0x1p3", "1,5", "1.2.3"};
  private static final String[] BAD_UNITS = {"kJ/mol f.u.", "furlong", "eV/f.u.", "K K", "°",
      "mol^-1 kg^2/s"};
  private static final String[] BAD_SYMBOLS = {"Qx", "Xx", "D", "Uuo", "ZZ", "e"};

  private Mutator() {
  }

  static Mutation mutate(byte[] seed, String kind, Random random) {
    String text = new String(seed, StandardCharsets.ISO_8859_1);
    byte[] out = switch (kind) {
      case "truncate" -> Arrays.copyOf(seed, seed.length == 0 ? 0 : random.nextInt(seed.length));
      case "flip" -> flip(seed, random);
      case "element" -> latin1(replaceSome(text, SYMBOL, random,
          m -> Element.isSymbol(m) ? BAD_SYMBOLS[random.nextInt(BAD_SYMBOLS.length)] : m));
      case "unit" -> latin1(replaceSome(text, UNIT, random,
          m -> BAD_UNITS[random.nextInt(BAD_UNITS.length)]));
      case "header" -> latin1(header(text, random));
      case "number" -> latin1(replaceSome(text, NUMBER, random,
          m -> BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)]));
      case "encoding" -> encoding(seed, random);
      case "nesting" -> nesting(text, random);
      default -> throw new IllegalArgumentException(kind);
    };
    return new Mutation(kind, out);
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] flip(byte[] seed, Random random) {
    byte[] out = seed.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  /** Replaces 1 to 3 of the matches (chosen at random) with what {@code with} makes of each. */
  private static String replaceSome(String text, Pattern p, Random random,
                                    java.util.function.UnaryOperator<String> with) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int n = 1 + random.nextInt(3);
    List<int[]> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chosen.add(spans.get(random.nextInt(spans.size())));
    }
    chosen.sort((a, b) -> Integer.compare(b[0], a[0]));
    StringBuilder b = new StringBuilder(text);
    int last = Integer.MAX_VALUE;
    for (int[] s : chosen) {
      if (s[1] <= last) {
        b.replace(s[0], s[1], with.apply(text.substring(s[0], s[1])));
        last = s[0];
      }
    }
    return b.toString();
  }

  /** Renames a field of the first line (a header) or swaps two of the first lines. */
  private static String header(String text, Random random) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 2) {
      return text;
    }
    int window = Math.min(lines.length, 30);
    if (random.nextBoolean()) {
      int a = random.nextInt(window);
      int b = random.nextInt(window);
      String t = lines[a];
      lines[a] = lines[b];
      lines[b] = t;
    } else {
      String[] fields = lines[0].split(",", -1);
      fields[random.nextInt(fields.length)] = random.nextBoolean() ? "renamed_" + random.nextInt(99)
          : "";
      if (fields.length > 1 && random.nextBoolean()) {
        List<String> list = new ArrayList<>(Arrays.asList(fields));
        java.util.Collections.shuffle(list, random);
        fields = list.toArray(new String[0]);
      }
      lines[0] = String.join(",", fields);
    }
    return String.join("\n", lines);
  }

  private static byte[] encoding(byte[] seed, Random random) {
    String text = new String(seed, StandardCharsets.UTF_8);
    return switch (random.nextInt(4)) {
      case 0 -> withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
          text.getBytes(StandardCharsets.UTF_16LE));
      case 1 -> text.getBytes(StandardCharsets.UTF_16BE);
      case 2 -> withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seed);
      default -> text.getBytes(java.nio.charset.Charset.forName("windows-1252"));
    };
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    byte[] out = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  /** Thousands of nested elements (or braces, or brackets) at a random line start. */
  private static byte[] nesting(String text, Random random) {
    int depth = 2000 + random.nextInt(20000);
    String[] pair = switch (random.nextInt(3)) {
      case 0 -> new String[] {"<sec>", "</sec>"};
      case 1 -> new String[] {"{", "}"};
      default -> new String[] {"[", "]"};
    };
    int at = text.isEmpty() ? -1 : text.indexOf('\n', random.nextInt(text.length()));
    at = at < 0 ? text.length() : at + 1;
    return latin1(text.substring(0, at) + pair[0].repeat(depth) + pair[1].repeat(depth)
        + text.substring(at));
  }
}
