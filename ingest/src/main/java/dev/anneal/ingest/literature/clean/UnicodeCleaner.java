package dev.anneal.ingest.literature.clean;

import java.text.Normalizer;

/**
 * Repairs extracted text without damaging chemistry or math. Applies canonical composition
 * (NFC), never compatibility (NFKC): NFKC would turn {@code ²} into {@code 2}, {@code ₂} into
 * {@code 2} and {@code ½} into {@code 1⁄2}, changing formulas and units. On top of NFC it expands
 * ligatures, composes the spacing accents PDF text carries ({@code Schr¨odinger}), maps the
 * micro sign to Greek mu and the odd spaces to a plain space, and drops invisible characters.
 * NFC already maps the angstrom sign (U+212B) to {@code Å}, the ohm sign to {@code Ω} and the
 * kelvin sign to {@code K}.
 */
public final class UnicodeCleaner {

  private UnicodeCleaner() {
  }

  /** The cleaned text; line breaks are kept. */
  public static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      char combining = combiningFor(c);
      if (combining != 0 && i + 1 < raw.length() && Character.isLetter(raw.charAt(i + 1))) {
        // A spacing accent before its letter, as pdfTeX output often extracts.
        String composed = Normalizer.normalize(
            String.valueOf(raw.charAt(i + 1)) + combining, Normalizer.Form.NFC);
        if (composed.length() == 1) {
          out.append(composed);
          i++;
          continue;
        }
      }
      switch (c) {
        case '\uFB00' -> out.append("ff");
        case '\uFB01' -> out.append("fi");
        case '\uFB02' -> out.append("fl");
        case '\uFB03' -> out.append("ffi");
        case '\uFB04' -> out.append("ffl");
        case '\uFB05', '\uFB06' -> out.append("st");
        case '\u00B5' -> out.append('\u03BC'); // micro sign → Greek small mu
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\uFFFD' -> { }
        case '\t', '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
             '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' ->
            out.append(' ');
        case '\r' -> out.append('\n');
        case '\u2028', '\u2029' -> out.append('\n');
        default -> {
          if (c == '\n' || !Character.isISOControl(c) && !isPrivateUse(c)) {
            out.append(c);
          }
        }
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** The combining mark for a spacing accent, or 0 when {@code c} is not one. */
  private static char combiningFor(char c) {
    return switch (c) {
      case '\u00A8' -> '\u0308'; // diaeresis
      case '\u00B4' -> '\u0301'; // acute
      case '\u02C6' -> '\u0302'; // circumflex
      case '\u02DC' -> '\u0303'; // tilde
      case '\u02C7' -> '\u030C'; // caron
      case '\u00B8' -> '\u0327'; // cedilla
      case '\u02DA' -> '\u030A'; // ring
      default -> 0;
    };
  }

  private static boolean isPrivateUse(char c) {
    return c >= '\uE000' && c <= '\uF8FF';
  }
}
