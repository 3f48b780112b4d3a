package dev.anneal.tokenize.tokenizer;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How documents are delimited: the configured end-of-text token ({@code tokenize.end_of_text},
 * null to resolve it from the tokenizer) and whether each document starts with the
 * beginning-of-sequence token ({@code tokenize.bos}).
 *
 * @param endOfText the end-of-text token's text, or null for the tokenizer's document-end token
 * @param bos       when documents start with the beginning-of-sequence token
 */
public record TokenizerOptions(String endOfText, Bos bos) {

  /** The defaults: the tokenizer's document-end token, BOS as its post-processor adds it. */
  public static final TokenizerOptions DEFAULT = new TokenizerOptions(null, Bos.AUTO);

  /** When a document starts with the beginning-of-sequence token. */
  public enum Bos {
    /** As the tokenizer's post-processor does (Llama, Gemma, Mistral: yes; GPT-2, Qwen: no). */
    AUTO,
    /** Always; a tokenizer without a beginning-of-sequence token is a configuration mistake. */
    ALWAYS,
    /** Never. */
    NEVER;

    /** {@code auto}, {@code true}/{@code always} or {@code false}/{@code never}; a caller mistake otherwise. */
    public static Bos parse(String value) {
      String v = value == null ? "auto" : value.trim().toLowerCase(Locale.ROOT);
      return switch (v) {
        case "", "auto" -> AUTO;
        case "true", "always", "yes" -> ALWAYS;
        case "false", "never", "no" -> NEVER;
        default -> throw new IllegalArgumentException("tokenize.bos must be auto, true or false, got '" + value + "'");
      };
    }
  }

  /** The options from the configuration's strings: {@code end_of_text} ({@code auto} or empty = resolve) and {@code bos}. */
  public static TokenizerOptions of(String endOfText, String bos) {
    String eot = endOfText == null || endOfText.isEmpty() || "auto".equals(endOfText) ? null : endOfText;
    return new TokenizerOptions(eot, Bos.parse(bos));
  }

  /**
   * A tokenizer name with these options appended ({@code NAME#eot=...&bos=...}), so one string
   * carries the whole choice to every task; the name itself when the options are the defaults.
   */
  public String appendTo(String name) {
    if (equals(DEFAULT)) {
      return name;
    }
    return name + SEPARATOR + "eot=" + (endOfText == null ? "" : URLEncoder.encode(endOfText, StandardCharsets.UTF_8))
        + "&bos=" + bos.name().toLowerCase(Locale.ROOT);
  }

  /** Marks the start of the options in a tokenizer spec. */
  static final String SEPARATOR = "#anneal:";

  /** The name part of a spec made by {@link #appendTo}. */
  static String nameOf(String spec) {
    int at = spec.lastIndexOf(SEPARATOR);
    return at < 0 ? spec : spec.substring(0, at);
  }

  /** The options part of a spec made by {@link #appendTo}. */
  static TokenizerOptions optionsOf(String spec) {
    int at = spec.lastIndexOf(SEPARATOR);
    if (at < 0) {
      return DEFAULT;
    }
    String eot = null;
    Bos bos = Bos.AUTO;
    for (String kv : spec.substring(at + SEPARATOR.length()).split("&")) {
      int eq = kv.indexOf('=');
      String k = kv.substring(0, eq);
      String v = URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
      if (k.equals("eot")) {
        eot = v.isEmpty() ? null : v;
      } else if (k.equals("bos")) {
        bos = Bos.parse(v);
      }
    }
    return new TokenizerOptions(eot, bos);
  }
}
