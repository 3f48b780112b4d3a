package dev.anneal.ingest.literature;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader extracted from one file before cleanup: bibliographic fields and blocks in
 * reading order. {@link DocumentAssembler} turns it into a {@link ParsedDocument}.
 */
public final class DocumentDraft {

  /** The title, or "". */
  public String title = "";
  /** Author names as written. */
  public final List<String> authors = new ArrayList<>();
  /** The DOI without resolver prefix, or "". */
  public String doi = "";
  /** The journal or venue, or "". */
  public String journal = "";
  /** The licence as stated: a URL, a JATS licence type, or its sentence; "" when none. */
  public String licenceUrl = "";
  /** The licence type attribute or an SPDX id as stated, or "". */
  public String licenceType = "";
  /** The licence sentence, or "". */
  public String licenceText = "";
  /** The collection the document came from ({@code pmc}, {@code arxiv}), or "" when unknown. */
  public String source = "";
  /** The publication year, or null. */
  public Integer year;
  /** The blocks in reading order (abstract blocks included, marked by their kind). */
  public final List<Block> blocks = new ArrayList<>();

  /** Appends a block unless its text is blank. */
  public void add(String section, String kind, String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(new Block(section, kind, text));
    }
  }
}
