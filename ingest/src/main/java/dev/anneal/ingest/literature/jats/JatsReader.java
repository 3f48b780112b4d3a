package dev.anneal.ingest.literature.jats;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.literature.Block;
import dev.anneal.ingest.literature.DocumentAssembler;
import dev.anneal.ingest.literature.DocumentDraft;
import dev.anneal.ingest.literature.ParsedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a JATS article: title, authors, DOI, journal, year and abstract from the front matter;
 * the body's sections (innermost heading), paragraphs, lists, display formulas and figure and
 * table captions in reading order; appendices from the back matter. Reference lists,
 * footnotes, acknowledgments, glossaries and table bodies are not text and are left out. The
 * DTD named in the DOCTYPE is never fetched.
 */
public final class JatsReader implements RecordParser<ParsedDocument> {

  /** Block-level elements that are not running text. */
  private static final Set<String> NOT_TEXT = Set.of("ref-list", "fn-group", "ack", "glossary",
      "notes", "table-wrap-foot", "fn", "title", "label", "sec-meta", "object-id", "graphic",
      "media", "alternatives", "permissions", "kwd-group");

  /** The default deepest element nesting read; real articles stay below 40, MathML included. */
  public static final int MAX_DEPTH = 256;

  private final DocumentAssembler assembler;
  private final int maxDepth;

  /** A reader that cleans up with {@code assembler}, reading at most {@link #MAX_DEPTH} deep. */
  public JatsReader(DocumentAssembler assembler) {
    this(assembler, MAX_DEPTH);
  }

  /** A reader that cleans up with {@code assembler} and refuses nesting beyond {@code maxDepth}. */
  public JatsReader(DocumentAssembler assembler, int maxDepth) {
    if (maxDepth <= 0) {
      throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
    }
    this.assembler = assembler;
    this.maxDepth = maxDepth;
  }

  @Override
  public ParseResult<ParsedDocument> parse(SourceFile file, InputStream in) throws IOException {
    Document xml;
    try {
      xml = builder(maxDepth).parse(new InputSource(in));
    } catch (SAXException e) {
      if (String.valueOf(e.getMessage()).contains("JAXP00010006")) {
        // The parser stops at the depth limit, so no walk below recurses deeper than it.
        return ParseResult.rejected(Rejection.atLine(file, "jats.too_deep",
            "elements nested more than " + maxDepth + " deep: " + e.getMessage(), line(e), ""));
      }
      return ParseResult.rejected(Rejection.atLine(file, "jats.malformed",
          "the JATS XML is not well-formed: " + e.getMessage(), line(e), ""));
    }
    Element article = xml.getDocumentElement();
    if (!"article".equals(article.getLocalName())) {
      return ParseResult.rejected(Rejection.atLine(file, "jats.not_article",
          "the root element is <" + article.getLocalName() + ">, not <article>", 0, ""));
    }
    DocumentDraft draft = new DocumentDraft();
    Element front = JatsDom.child(article, "front");
    Element meta = JatsDom.child(front, "article-meta");
    readFront(front, meta, draft);
    readAbstract(meta, draft);
    Element body = JatsDom.child(article, "body");
    if (body != null) {
      walk(body, "", draft);
    }
    Element back = JatsDom.child(article, "back");
    for (Element appGroup : JatsDom.children(back, "app-group")) {
      walk(appGroup, "Appendix", draft);
    }
    for (Element app : JatsDom.children(back, "app")) {
      walk(app, "Appendix", draft);
    }
    return assembler.assemble(file, "jats", draft, false, "jats.no_text");
  }

  private static void readFront(Element front, Element meta, DocumentDraft draft) {
    Element titleGroup = JatsDom.child(meta, "title-group");
    Element title = JatsDom.child(titleGroup, "article-title");
    if (title != null) {
      draft.title = JatsText.of(title);
    }
    for (Element group : JatsDom.children(meta, "contrib-group")) {
      for (Element contrib : JatsDom.children(group, "contrib")) {
        String type = contrib.getAttribute("contrib-type");
        if (!type.isEmpty() && !type.equals("author")) {
          continue;
        }
        String name = authorName(contrib);
        if (!name.isBlank()) {
          draft.authors.add(name);
        }
      }
    }
    for (Element id : JatsDom.children(meta, "article-id")) {
      if ("doi".equals(id.getAttribute("pub-id-type"))) {
        draft.doi = id.getTextContent().strip();
      }
      if ("pmc".equals(id.getAttribute("pub-id-type")) || "pmcid".equals(id.getAttribute("pub-id-type"))) {
        draft.source = "pmc";
      }
    }
    readLicence(JatsDom.firstDescendant(JatsDom.child(meta, "permissions"), "license"), draft);
    Element journalMeta = JatsDom.child(front, "journal-meta");
    Element journalTitle = JatsDom.firstDescendant(journalMeta, "journal-title");
    if (journalTitle != null) {
      draft.journal = journalTitle.getTextContent();
    } else {
      Element journalId = JatsDom.child(journalMeta, "journal-id");
      draft.journal = journalId == null ? "" : journalId.getTextContent();
    }
    draft.year = year(meta);
  }

  /**
   * The licence of {@code <license>}: its {@code ali:license_ref} or {@code xlink:href} URL,
   * its {@code license-type}, and its {@code <license-p>} sentence.
   */
  private static void readLicence(Element licence, DocumentDraft draft) {
    if (licence == null) {
      return;
    }
    Element ref = JatsDom.firstDescendant(licence, "license_ref");
    String href = licence.getAttributeNS("http://www.w3.org/1999/xlink", "href");
    draft.licenceUrl = ref != null ? ref.getTextContent().strip() : href.strip();
    if (draft.licenceUrl.isEmpty()) {
      Element link = JatsDom.firstDescendant(licence, "ext-link");
      draft.licenceUrl = link == null ? ""
          : link.getAttributeNS("http://www.w3.org/1999/xlink", "href").strip();
    }
    draft.licenceType = licence.getAttribute("license-type").strip();
    Element p = JatsDom.firstDescendant(licence, "license-p");
    draft.licenceText = p == null ? licence.getTextContent().strip() : p.getTextContent().strip();
  }

  private static String authorName(Element contrib) {
    Element name = JatsDom.child(contrib, "name");
    if (name != null) {
      Element given = JatsDom.child(name, "given-names");
      Element surname = JatsDom.child(name, "surname");
      String g = given == null ? "" : given.getTextContent().strip();
      String s = surname == null ? "" : surname.getTextContent().strip();
      return (g + " " + s).strip();
    }
    Element stringName = JatsDom.child(contrib, "string-name");
    if (stringName != null) {
      return stringName.getTextContent();
    }
    Element collab = JatsDom.child(contrib, "collab");
    return collab == null ? "" : JatsText.of(collab);
  }

  /** The year of the electronic or print publication, else of the first dated publication. */
  private static Integer year(Element meta) {
    Integer first = null;
    for (Element date : JatsDom.children(meta, "pub-date")) {
      Element year = JatsDom.child(date, "year");
      if (year == null || !year.getTextContent().strip().matches("\\d{4}")) {
        continue;
      }
      int y = Integer.parseInt(year.getTextContent().strip());
      String type = date.getAttribute("pub-type") + date.getAttribute("date-type");
      if (type.contains("epub") || type.contains("ppub") || type.equals("pub")) {
        return y;
      }
      first = first == null ? y : first;
    }
    return first;
  }

  /** The abstract without a type (the main one), else the first abstract. */
  private static void readAbstract(Element meta, DocumentDraft draft) {
    List<Element> abstracts = JatsDom.children(meta, "abstract");
    Element chosen = abstracts.stream().filter(a -> a.getAttribute("abstract-type").isEmpty())
        .findFirst().orElse(abstracts.isEmpty() ? null : abstracts.get(0));
    if (chosen == null) {
      return;
    }
    int before = draft.blocks.size();
    walk(chosen, "Abstract", draft);
    for (int i = before; i < draft.blocks.size(); i++) {
      Block b = draft.blocks.get(i);
      draft.blocks.set(i, new Block("Abstract", Block.ABSTRACT, b.text()));
    }
  }

  /** Adds the blocks inside {@code e}, standing in section {@code section}. */
  private static void walk(Element e, String section, DocumentDraft draft) {
    for (Element c : JatsDom.children(e)) {
      String name = c.getLocalName();
      if (NOT_TEXT.contains(name)) {
        continue;
      }
      switch (name) {
        case "sec", "app" -> {
          Element title = JatsDom.child(c, "title");
          String heading = title == null ? "" : JatsText.of(title).strip();
          walk(c, heading.isEmpty() ? section : heading, draft);
        }
        case "p" -> {
          draft.add(section, Block.BODY, JatsText.of(c));
          nestedBlocks(c, section, draft);
        }
        case "fig", "table-wrap", "supplementary-material" -> caption(c, section, draft);
        case "disp-formula" -> draft.add(section, Block.BODY, JatsMath.latex(c, true));
        default -> walk(c, section, draft); // list, list-item, boxed-text, fig-group, …
      }
    }
  }

  private static void nestedBlocks(Element p, String section, DocumentDraft draft) {
    for (Element c : JatsDom.children(p)) {
      String name = c.getLocalName();
      if (JatsText.NESTED_BLOCKS.contains(name)) {
        if (name.startsWith("fig") || name.startsWith("table-wrap")
            || name.equals("supplementary-material")) {
          if (name.endsWith("-group")) {
            walk(c, section, draft);
          } else {
            caption(c, section, draft);
          }
        } else {
          walk(c, section, draft);
        }
      } else {
        nestedBlocks(c, section, draft);
      }
    }
  }

  /** A figure's or table's label and caption as one caption block; the table body is dropped. */
  private static void caption(Element figure, String section, DocumentDraft draft) {
    Element caption = JatsDom.child(figure, "caption");
    if (caption == null) {
      return;
    }
    StringBuilder text = new StringBuilder();
    Element label = JatsDom.child(figure, "label");
    if (label != null) {
      String l = label.getTextContent().strip();
      text.append(l).append(l.endsWith(".") || l.endsWith(":") ? " " : ". ");
    }
    for (Element part : JatsDom.children(caption)) {
      String t = JatsText.of(part).strip();
      if (!t.isEmpty()) {
        text.append(t).append(t.matches(".*[.!?:]$") ? " " : ". ");
      }
    }
    draft.add(section, Block.CAPTION, text.toString());
  }

  private static DocumentBuilder builder(int maxDepth) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setValidating(false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      // The walks over the tree recurse once per level: the input must not decide how deep.
      f.setAttribute("jdk.xml.maxElementDepth", Integer.toString(maxDepth));
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      b.setErrorHandler(null);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a standard feature", e);
    }
  }

  private static int line(SAXException e) {
    return e instanceof org.xml.sax.SAXParseException p ? Math.max(0, p.getLineNumber()) : 0;
  }
}
