package dev.anneal.ingest.crystal.cif;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CIF 1.1 grammar: turns text into a {@link CifFile} of data blocks, loops and items. A
 * grammar fault costs only the block it is in: the block is reported as a fault and reading
 * resumes at the next {@code data_}. Save frames are skipped (they hold dictionary definitions,
 * not structures).
 */
public final class CifReader {

  private static final char CTRL_Z = 0x1a;

  private CifReader() {
  }

  /** Reads a CIF from its bytes (UTF-8, of which ASCII CIF 1.1 is a subset). */
  public static CifFile read(byte[] bytes) {
    return read(new String(bytes, StandardCharsets.UTF_8));
  }

  /** The text of 1-based line {@code lineNo} of {@code text}, for rejection samples. */
  public static String line(String text, int lineNo) {
    return lineNo > 0 ? CifLexer.lineText(text, text.length(), lineNo) : "";
  }

  /** Reads a CIF from its text. */
  public static CifFile read(String text) {
    List<String> fileWarnings = new ArrayList<>();
    int end = text.length();
    // DOS editors end files with Ctrl-Z (0x1A); it carries nothing and only there is it harmless.
    int trimmed = end;
    while (trimmed > 0 && (text.charAt(trimmed - 1) == CTRL_Z
        || CifLexer.isSpace(text.charAt(trimmed - 1)))) {
      trimmed--;
    }
    boolean ctrlZ = false;
    for (int i = trimmed; i < end && !ctrlZ; i++) {
      ctrlZ = text.charAt(i) == CTRL_Z;
    }
    if (ctrlZ) {
      fileWarnings.add("cif.ctrl_z_stripped: end-of-file mark 0x1A removed");
      end = trimmed;
    }
    if (text.startsWith("#\\#CIF_2.0")) {
      fileWarnings.add("cif.cif2_read_as_cif1: CIF 2.0 file read with CIF 1.1 rules");
    }
    return new Grammar(new CifLexer(text, end), fileWarnings).file();
  }

  /** The recursive-descent reader over one lexer. */
  private static final class Grammar {
    private final CifLexer lex;
    private final List<String> fileWarnings;
    private final List<CifBlock> blocks = new ArrayList<>();
    private final List<CifFile.Fault> faults = new ArrayList<>();

    Grammar(CifLexer lex, List<String> fileWarnings) {
      this.lex = lex;
      this.fileWarnings = fileWarnings;
    }

    CifFile file() {
      String blockName = "";
      try {
        lex.next();
        if (lex.type() != CifToken.DATA && lex.type() != CifToken.EOF) {
          int line = lex.line();
          fault("", new CifSyntaxException("cif.no_data_block",
              "content before the first data_ block header", line));
          lex.skipToNextBlock();
        }
        while (lex.type() == CifToken.DATA) {
          blockName = lex.text();
          int warningsBefore = lex.warnings().size();
          CifBlock block = new CifBlock(blockName, lex.line());
          try {
            block(block);
            for (String w : lex.warnings().subList(warningsBefore, lex.warnings().size())) {
              block.addWarning(w);
            }
            blocks.add(block);
          } catch (CifSyntaxException e) {
            fault(blockName, rootCause(e, warningsBefore));
            lex.skipToNextBlock();
          }
        }
      } catch (CifSyntaxException e) {
        // Only an unterminated text field gets here: it swallows the rest of the file.
        fault(blockName, e);
      }
      return new CifFile(blocks, faults, fileWarnings);
    }

    /**
     * A quote repaired at the end of the line just before (or on) the line of a grammar fault is
     * the likelier cause (the value really ran on to the next line), so it is reported instead.
     * A repair further back is unrelated and the fault stands as found.
     */
    private CifSyntaxException rootCause(CifSyntaxException e, int warningsBefore) {
      int quoteLine = lex.lastRepairedQuoteLine();
      if (lex.warnings().size() > warningsBefore && quoteLine > 0 && quoteLine <= e.line()
          && e.line() - quoteLine <= 1
          && !e.reason().equals("cif.unterminated_text_field")) {
        return new CifSyntaxException("cif.unterminated_quote",
            "quoted value not closed on its line (then: " + e.getMessage() + " at line "
                + e.line() + ")", quoteLine);
      }
      return e;
    }

    private void fault(String blockName, CifSyntaxException e) {
      faults.add(new CifFile.Fault(blockName, e.reason(), e.getMessage(), e.line(),
          e.line() > 0 ? lex.lineText(e.line()) : ""));
    }

    /** Reads items after {@code data_} up to the next block or the end; leaves that token current. */
    private void block(CifBlock block) throws CifSyntaxException {
      if (block.name().isEmpty()) {
        lex.next(); // past the header, so that recovery resumes after this block, not at it
        throw new CifSyntaxException("cif.empty_block_name", "data_ header without a name",
            block.line());
      }
      CifToken t = lex.next();
      while (t != CifToken.DATA && t != CifToken.EOF) {
        switch (t) {
          case TAG -> t = item(block);
          case LOOP -> t = loop(block);
          case SAVE -> t = skipSaveFrame();
          case SAVE_END -> throw new CifSyntaxException("cif.unexpected_save_end",
              "save_ without an open save frame", lex.line());
          case RESERVED -> throw new CifSyntaxException("cif.reserved_word",
              "'" + lex.text() + "' is reserved and may not appear in a CIF", lex.line());
          case VALUE -> throw new CifSyntaxException("cif.unexpected_value",
              "value '" + abbreviate(lex.text()) + "' without a tag", lex.line());
          default -> throw new IllegalStateException("unhandled token " + t);
        }
      }
    }

    private CifToken item(CifBlock block) throws CifSyntaxException {
      String tag = lex.text();
      int line = lex.line();
      if (lex.next() != CifToken.VALUE) {
        throw new CifSyntaxException("cif.missing_value", "tag " + tag + " has no value", line);
      }
      CifValue value = new CifValue(lex.text(), lex.quoted(), lex.line());
      CifValue previous = block.put(tag, value);
      if (previous != null) {
        // Repeating a tag with the same value is harmless and common in hand-merged files.
        if (!previous.text().equals(value.text())) {
          throw new CifSyntaxException("cif.duplicate_tag",
              "tag " + tag + " given twice with different values", line);
        }
        block.addWarning("cif.duplicate_tag_same_value line " + line + ": " + tag);
      }
      return lex.next();
    }

    private CifToken loop(CifBlock block) throws CifSyntaxException {
      int line = lex.line();
      List<String> tags = new ArrayList<>();
      CifToken t = lex.next();
      while (t == CifToken.TAG) {
        tags.add(CifBlock.key(lex.text()));
        t = lex.next();
      }
      if (tags.isEmpty()) {
        throw new CifSyntaxException("cif.empty_loop", "loop_ without tags", line);
      }
      List<CifValue> values = new ArrayList<>(tags.size() * 8);
      while (t == CifToken.VALUE) {
        values.add(new CifValue(lex.text(), lex.quoted(), lex.line()));
        t = lex.next();
      }
      if (values.isEmpty()) {
        throw new CifSyntaxException("cif.empty_loop", "loop_ with tags but no values", line);
      }
      if (values.size() % tags.size() != 0) {
        throw new CifSyntaxException("cif.loop_mismatch", values.size() + " values for "
            + tags.size() + " tags: not a whole number of rows", line);
      }
      String clash = block.add(new CifLoop(List.copyOf(tags), values, line));
      if (clash != null) {
        throw new CifSyntaxException("cif.duplicate_tag", "tag " + clash + " given twice", line);
      }
      return t;
    }

    private CifToken skipSaveFrame() throws CifSyntaxException {
      int line = lex.line();
      CifToken t = lex.next();
      while (t != CifToken.SAVE_END) {
        if (t == CifToken.DATA || t == CifToken.EOF || t == CifToken.SAVE) {
          throw new CifSyntaxException("cif.unterminated_save_frame",
              "save frame not closed by save_", line);
        }
        t = lex.next();
      }
      return lex.next();
    }

    /** At most 40 characters, control characters (such as a stray Ctrl-Z) shown as escapes. */
    private static String abbreviate(String s) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < s.length() && out.length() < 40; i++) {
        char c = s.charAt(i);
        if (Character.isISOControl(c)) {
          out.append(String.format("\\x%02x", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.length() < s.length() ? out + "..." : out.toString();
    }
  }
}
