package dev.anneal.tokenize.tokenizer.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic documents that stress pre-tokenization: formulas, units, scripts, emoji, digits of
 * every kind, odd whitespace and control characters, mixed at random from a fixed seed.
 */
public final class UnicodeStress {

  /** Fragments chosen for the classes they exercise (letters, numbers, punctuation, white space). */
  private static final String[] FRAGMENTS = {
      "YBa2Cu3O7-δ", "YBa₂Cu₃O₇₋δ", "La2-xSrxCuO4", "Li1.2Ni0.13Co0.13Mn0.54O2", "Fe3O4@SiO2",
      "a = 3.8227 Å", "T_c = 92 K", "950 °C", "5 °C/min", "10 μm", "2θ = 35.6°", "ΔH = -285.8 kJ mol⁻¹",
      "H₂O", "CO₂", "x²+y³", "½ ¼ ¾", "Ⅻ ⅷ", "٣٤٥ ١٢", "१२३", "𝟘𝟙𝟚 𝐀𝐁𝐂", "①②③", "10⁻⁶",
      "1234567", "12345.6789", "1,000,000", "0.000001", "3e-7", "+/-0.05", "(001)", "[110]", "{111}",
      "超伝導体の臨界温度は", "钙钛矿结构", "초전도체", "Приготовление образца", "Ελληνικά αβγ",
      "العربية نص", "עברית", "हिन्दी पाठ", "ภาษาไทย", "ქართული",
      "😀", "🧪⚛️", "👩‍🔬", "👍🏽", "🇩🇪", "🫠", "🪨", "e\u0301", "n\u0303o", "\u0301",
      "it's", "they're", "we've", "I'm", "you'll", "he'd", "IT'S", "'t", "’s", "''", "'''",
      "<|endoftext|>", ">>TITLE<<", ">>ABSTRACT<<", "<|end_of_text|>", "<s>", "</s>",
      "$\\alpha$", "\\begin{equation}", "\\frac{1}{2}", "_{\\rm eff}", "#", "%%", "--", "...", "…", "—", "–",
      "«»", "“quoted”", "‘single’", "¿¡", "©®™", "§¶", "±×÷", "≤≥≠≈", "∑∫∂∇", "→←↔", "€$£¥",
      " ", "  ", "   ", "\t", "\t\t", "\n", "\n\n", "\r\n", " \n ", "\u00A0", "\u2009", "\u202F",
      "\u3000", "\u0085", "\u2028", "\u200B", "\uFEFF", "\u180E", "\u001C", "\u001F", "\u0001",
      "\u000B", "\u000C", "\u007F", "\u00AD", "\u200D", "\uFFFD",
      "the", "sample", "was", "annealed", "under", "flowing", "argon", "for", "12", "h", ".", ",", ";", ":",
  };

  private UnicodeStress() {
  }

  /**
   * Documents with pieces of thousands of symbols (a DNA sequence, one repeated letter, random
   * letters, a digit run, a space run), which take the model's heap merge path.
   */
  public static List<String> longRuns(long seed) {
    Random random = new Random(seed);
    List<String> docs = new ArrayList<>();
    docs.add("The sequence " + randomOf(random, "ACGT", 18_000) + " was amplified.");
    docs.add("a".repeat(3_000));
    docs.add("x " + randomOf(random, "abcdefghijklmnopqrstuvwxyz", 8_000) + " y");
    docs.add(randomOf(random, "0123456789", 5_000));
    docs.add(" ".repeat(10_000) + "x" + "\t".repeat(2_000));
    docs.add(randomOf(random, "ÅδμéüÖ", 4_000));
    return docs;
  }

  private static String randomOf(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** {@code count} documents of up to {@code maxFragments} fragments, deterministic for a given seed. */
  public static List<String> documents(long seed, int count, int maxFragments) {
    Random random = new Random(seed);
    List<String> docs = new ArrayList<>(count);
    for (int d = 0; d < count; d++) {
      int n = 1 + random.nextInt(maxFragments);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        // Mostly a space between fragments, sometimes nothing, so classes also touch directly.
        int sep = random.nextInt(10);
        if (sep < 6) {
          sb.append(' ');
        } else if (sep == 6) {
          sb.append("  ");
        }
      }
      docs.add(sb.toString());
    }
    return docs;
  }
}
