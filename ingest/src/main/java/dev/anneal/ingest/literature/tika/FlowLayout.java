package dev.anneal.ingest.literature.tika;

import dev.anneal.ingest.literature.Block;
import dev.anneal.ingest.literature.DocumentAssembler;
import dev.anneal.ingest.literature.DocumentDraft;
import java.util.List;

/**
 * Turns the blocks of a reflowable document (HTML, XHTML, DOCX, EPUB) into a draft: headings
 * ({@code h1}–{@code h6}) open sections, the first {@code h1} is the title when the metadata
 * names none, a section headed "Abstract" gives abstract paragraphs, captions are marked.
 */
final class FlowLayout {

  private FlowLayout() {
  }

  static DocumentDraft draft(List<List<BlockHandler.RawBlock>> pages, String metaTitle,
                             List<String> metaAuthors) {
    DocumentDraft draft = new DocumentDraft();
    draft.title = metaTitle == null ? "" : metaTitle.strip();
    draft.authors.addAll(metaAuthors);
    String section = "";
    for (List<BlockHandler.RawBlock> page : pages) {
      for (BlockHandler.RawBlock b : page) {
        String text = DocumentAssembler.oneLine(b.text());
        if (b.headingLevel() > 0) {
          if (b.headingLevel() == 1 && draft.title.isEmpty()) {
            draft.title = text;
          } else {
            section = text;
          }
          continue;
        }
        // Tika passes HTML5 figcaption text through without its element: known by its label.
        String kind = b.caption() || PdfLayout.CAPTION.matcher(text).matches() ? Block.CAPTION
            : DocumentAssembler.isAbstractHeading(section) ? Block.ABSTRACT : Block.BODY;
        draft.add(section, kind, text);
      }
    }
    return draft;
  }
}
