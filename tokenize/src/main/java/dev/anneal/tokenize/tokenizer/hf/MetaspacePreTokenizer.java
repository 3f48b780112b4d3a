package dev.anneal.tokenize.tokenizer.hf;

import java.util.List;

/**
 * The library's {@code Metaspace} pre-tokenizer (SentencePiece style, e.g. Mistral): spaces become
 * the replacement character ({@code ▁}), which is prepended as the scheme says, and the piece is
 * optionally split before each replacement character.
 */
final class MetaspacePreTokenizer implements PreTokenizer {

  /** When a replacement character is prepended: to every piece, only at the document start, or never. */
  enum PrependScheme { ALWAYS, FIRST, NEVER }

  private final char replacement;
  private final String replacementString;
  private final PrependScheme scheme;
  private final PatternSplitPreTokenizer splitter;

  MetaspacePreTokenizer(char replacement, PrependScheme scheme, boolean split) {
    this.replacement = replacement;
    this.replacementString = String.valueOf(replacement);
    this.scheme = scheme;
    this.splitter = split
        ? PatternSplitPreTokenizer.codePoints(cp -> cp == replacement, SplitBehavior.MERGED_WITH_NEXT)
        : null;
  }

  @Override
  public void split(String piece, List<String> out) {
    split(piece, false, out);
  }

  @Override
  public void split(String piece, boolean atStart, List<String> out) {
    String s = piece.replace(' ', replacement);
    boolean prepend = scheme == PrependScheme.ALWAYS || (scheme == PrependScheme.FIRST && atStart);
    if (prepend && !s.startsWith(replacementString)) {
      s = replacementString + s;
    }
    if (splitter == null) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    } else {
      splitter.split(s, out);
    }
  }
}
