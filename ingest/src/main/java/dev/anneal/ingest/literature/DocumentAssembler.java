package dev.anneal.ingest.literature;

import dev.anneal.ingest.RecordId;
import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.literature.clean.Dehyphenator;
import dev.anneal.ingest.literature.clean.LanguageGuesser;
import dev.anneal.ingest.literature.clean.ReferenceFilter;
import dev.anneal.ingest.literature.clean.UnicodeCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a reader's {@link DocumentDraft} into a {@link ParsedDocument}: the cleanup every reader
 * shares (Unicode repair, line joining with de-hyphenation where lines were typeset, reference
 * lists dropped), the abstract, the language, and the content-hash ids. One instance per thread.
 */
public final class DocumentAssembler {

  /** Longest title taken from the first paragraph when a document names none. */
  public static final int FALLBACK_TITLE_CHARS = 120;

  private final LanguageGuesser languages;

  /** An assembler with its own language detector. */
  public DocumentAssembler() {
    this(new LanguageGuesser());
  }

  /** An assembler that detects languages with {@code languages}. */
  public DocumentAssembler(LanguageGuesser languages) {
    this.languages = languages;
  }

  /**
   * The document of {@code draft}, read from {@code file} in {@code format}; {@code typeset}
   * says its lines were broken by a typesetter (PDF, plain text), so line-end hyphens are
   * resolved. A draft without any paragraph left is rejected as {@code emptyReason}.
   */
  public ParseResult<ParsedDocument> assemble(SourceFile file, String format, DocumentDraft draft,
                                              boolean typeset, String emptyReason) {
    List<Block> blocks = withoutReferences(draft.blocks);
    Dehyphenator dehyphenator = typeset
        ? Dehyphenator.forTexts(blocks.stream().map(b -> UnicodeCleaner.clean(b.text())).toList())
        : null;
    List<Block> cleaned = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      String text = UnicodeCleaner.clean(b.text());
      text = dehyphenator != null ? dehyphenator.join(text) : oneLine(text);
      if (!text.isEmpty()) {
        cleaned.add(new Block(oneLine(UnicodeCleaner.clean(b.section())), b.kind(), text));
      }
    }
    if (cleaned.isEmpty()) {
      return ParseResult.rejected(Rejection.atLine(file, emptyReason,
          "the document has no text paragraphs after cleanup", 0, draft.title));
    }
    String title = oneLine(UnicodeCleaner.clean(draft.title));
    if (title.isEmpty()) {
      title = cleaned.get(0).text();
      title = title.length() > FALLBACK_TITLE_CHARS
          ? title.substring(0, FALLBACK_TITLE_CHARS) : title;
    }
    StringBuilder fullText = new StringBuilder();
    StringBuilder abstractText = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (Block b : cleaned) {
      if (fullText.length() > 0) {
        fullText.append("\n\n");
      }
      fullText.append(b.text());
      if (b.kind().equals(Block.ABSTRACT)) {
        abstractText.append(abstractText.length() > 0 ? " " : "").append(b.text());
      }
      if (!b.kind().equals(Block.CAPTION) && body.length() < LanguageGuesser.SAMPLE_CHARS) {
        body.append(b.text()).append('\n');
      }
    }
    String text = fullText.toString();
    // A document is its whole source, so the source (relative to the input root) and the
    // content identify it: two files with the same text are two documents (dedup's to remove).
    String docId = RecordId.of("document", file.uri(), "", title, text);
    Document document = new Document(docId, file.uri(), format, title,
        draft.authors.stream().map(a -> oneLine(UnicodeCleaner.clean(a))).filter(a -> !a.isEmpty())
            .toList(),
        draft.doi.strip(), draft.year, abstractText.toString(), text,
        oneLine(UnicodeCleaner.clean(draft.journal)), languages.language(body.toString()),
        Licences.of(draft.licenceUrl, draft.licenceType, oneLine(draft.licenceText)), draft.source);
    List<Paragraph> paragraphs = new ArrayList<>(cleaned.size());
    for (int i = 0; i < cleaned.size(); i++) {
      Block b = cleaned.get(i);
      paragraphs.add(new Paragraph(ContentId.of("paragraph", docId, Integer.toString(i), b.text()),
          docId, b.section(), i, b.text(), b.kind()));
    }
    return ParseResult.of(List.of(new ParsedDocument(document, paragraphs)));
  }

  /**
   * The blocks outside reference lists: a section headed like "References" is dropped up to an
   * appendix heading, and so is any body paragraph that reads as a bibliography entry.
   */
  static List<Block> withoutReferences(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    String refSection = null;
    for (Block b : blocks) {
      if (ReferenceFilter.isReferenceHeading(b.section())) {
        refSection = b.section();
        continue;
      }
      if (refSection != null && b.section().equals(refSection)) {
        continue;
      }
      refSection = null;
      if (!b.kind().equals(Block.ABSTRACT) && ReferenceFilter.looksLikeReference(b.text())) {
        continue;
      }
      out.add(b);
    }
    return out;
  }

  /** The text on one line: runs of whitespace become one space. */
  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Whether {@code section} names the abstract. */
  public static boolean isAbstractHeading(String section) {
    return section.strip().toLowerCase(Locale.ROOT).equals("abstract");
  }
}
