package dev.anneal.tokenize.tokenizer.hf;

import java.util.Map;

/**
 * Characters Unicode 14 and 15 assigned (new emoji such as U+1FAE0, letters, marks, digits,
 * punctuation) that Java 17's Unicode 13 tables do not know, while the reference library's regex
 * engine does: {@link #patch} adds them to the general-category classes of a {@code Split} regex,
 * so DeepSeek's {@code [\p{P}\p{S}]} groups a new emoji as the library does.
 */
final class UnicodeUpdates {

  /** Per general category: Java regex ranges of what Unicode 14 (all) and 15 (symbols, CJK Ext. H, a few scripts) added. */
  private static final Map<String, String> ADDED = Map.ofEntries(
      Map.entry("S", "\\x{888}\\x{20C0}\\x{FBC2}\\x{FD40}-\\x{FD4F}\\x{FDCF}\\x{FDFE}-\\x{FDFF}\\x{1CF50}-\\x{1CFC3}\\x{1D1E9}-\\x{1D1EA}\\x{1F6DD}-\\x{1F6DF}\\x{1F7F0}\\x{1F979}\\x{1F9CC}\\x{1FA7B}-\\x{1FA7C}\\x{1FAA9}-\\x{1FAAC}\\x{1FAB7}-\\x{1FABA}\\x{1FAC3}-\\x{1FAC5}\\x{1FAD7}-\\x{1FAD9}\\x{1FAE0}-\\x{1FAE7}\\x{1FAF0}-\\x{1FAF6}\\x{1F6DC}\\x{1F774}-\\x{1F776}\\x{1F77B}-\\x{1F77F}\\x{1F7D9}\\x{1FA75}-\\x{1FA77}\\x{1FA87}-\\x{1FA88}\\x{1FAAD}-\\x{1FAAF}\\x{1FABB}-\\x{1FABD}\\x{1FABF}\\x{1FACE}-\\x{1FACF}\\x{1FADA}-\\x{1FADB}\\x{1FAE8}\\x{1FAF7}-\\x{1FAF8}"),
      Map.entry("L", "\\x{870}-\\x{887}\\x{889}-\\x{88E}\\x{8B5}\\x{8C8}-\\x{8C9}\\x{C5D}\\x{CDD}\\x{170D}\\x{171F}\\x{1B4C}\\x{2C2F}\\x{2C5F}\\x{9FFD}-\\x{9FFF}\\x{A7C0}-\\x{A7C1}\\x{A7D0}-\\x{A7D1}\\x{A7D3}\\x{A7D5}-\\x{A7D9}\\x{A7F2}-\\x{A7F4}\\x{10570}-\\x{1057A}\\x{1057C}-\\x{1058A}\\x{1058C}-\\x{10592}\\x{10594}-\\x{10595}\\x{10597}-\\x{105A1}\\x{105A3}-\\x{105B1}\\x{105B3}-\\x{105B9}\\x{105BB}-\\x{105BC}\\x{10780}-\\x{10785}\\x{10787}-\\x{107B0}\\x{107B2}-\\x{107BA}\\x{10F70}-\\x{10F81}\\x{11071}-\\x{11072}\\x{11075}\\x{11740}-\\x{11746}\\x{11AB0}-\\x{11ABF}\\x{12F90}-\\x{12FF0}\\x{16A70}-\\x{16ABE}\\x{1AFF0}-\\x{1AFF3}\\x{1AFF5}-\\x{1AFFB}\\x{1AFFD}-\\x{1AFFE}\\x{1B11F}-\\x{1B122}\\x{1DF00}-\\x{1DF1E}\\x{1E290}-\\x{1E2AD}\\x{1E7E0}-\\x{1E7E6}\\x{1E7E8}-\\x{1E7EB}\\x{1E7ED}-\\x{1E7EE}\\x{1E7F0}-\\x{1E7FE}\\x{2A6DE}-\\x{2A6DF}\\x{2B735}-\\x{2B738}\\x{31350}-\\x{323AF}\\x{1E4D0}-\\x{1E4EB}\\x{11F04}-\\x{11F10}\\x{11F12}-\\x{11F33}\\x{1E030}-\\x{1E06D}"),
      Map.entry("M", "\\x{898}-\\x{89F}\\x{8CA}-\\x{8D2}\\x{C3C}\\x{1715}\\x{180F}\\x{1AC1}-\\x{1ACE}\\x{1DFA}\\x{10F82}-\\x{10F85}\\x{11070}\\x{11073}-\\x{11074}\\x{110C2}\\x{1CF00}-\\x{1CF2D}\\x{1CF30}-\\x{1CF46}\\x{1E2AE}"),
      Map.entry("N", "\\x{16AC0}-\\x{16AC9}\\x{1D2C0}-\\x{1D2D3}\\x{1E4F0}-\\x{1E4F9}\\x{11F50}-\\x{11F59}"),
      Map.entry("P", "\\x{61D}\\x{1B7D}-\\x{1B7E}\\x{2E53}-\\x{2E5D}\\x{10F86}-\\x{10F89}\\x{116B9}\\x{12FF1}-\\x{12FF2}"));

  private UnicodeUpdates() {
  }

  /**
   * {@code regex} with every {@code \p{L}}, {@code \p{M}}, {@code \p{N}}, {@code \p{P}},
   * {@code \p{S}} widened by the newer characters: inside a bracket the ranges follow it, outside
   * it becomes a bracket of both.
   */
  static String patch(String regex) {
    StringBuilder out = new StringBuilder(regex.length() * 2);
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        String added = i + 4 < regex.length() && regex.charAt(i + 1) == 'p' && regex.charAt(i + 2) == '{'
            && regex.charAt(i + 4) == '}' ? ADDED.get(String.valueOf(regex.charAt(i + 3))) : null;
        if (added != null) {
          String token = regex.substring(i, i + 5);
          out.append(depth > 0 ? token + added : "[" + token + added + "]");
          i += 4;
        } else {
          out.append(c).append(regex.charAt(i + 1));
          i++;
        }
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
      }
      out.append(c);
    }
    return out.toString();
  }
}
