package dev.anneal.ingest.literature;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text and Markdown documents: optional YAML-style front matter (title, authors, doi,
 * year), {@code #} headings as sections, and blank-line separated paragraphs.
 */
public final class MarkdownParser implements RecordParser<ParsedDocument> {

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*(.*)$");
  private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");

  private final String format;
  private final DocumentAssembler assembler;

  /** A parser that labels its documents with {@code format} ({@code markdown} or {@code text}). */
  public MarkdownParser(String format) {
    this(format, new DocumentAssembler());
  }

  /** A parser labelling its documents with {@code format} that cleans up with {@code assembler}. */
  public MarkdownParser(String format, DocumentAssembler assembler) {
    this.format = format;
    this.assembler = assembler;
  }

  @Override
  public ParseResult<ParsedDocument> parse(SourceFile file, InputStream in) throws IOException {
    String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    List<String> lines = Arrays.asList(content.split("\r\n|\r|\n", -1));
    FrontMatter front = new FrontMatter();
    int start = front.read(lines);

    List<String[]> sectionAndText = new ArrayList<>();
    String section = "";
    String title = front.title;
    StringBuilder current = new StringBuilder();
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        flush(current, section, sectionAndText);
        String text = heading.group(2).trim();
        if (heading.group(1).length() == 1 && title.isEmpty()) {
          title = text;
        } else {
          section = text;
        }
      } else if (line.isBlank()) {
        flush(current, section, sectionAndText);
      } else {
        String text = LIST_MARKER.matcher(line.replaceFirst("^\\s*>\\s?", "")).replaceFirst("");
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(text.strip());
      }
    }
    flush(current, section, sectionAndText);

    if (sectionAndText.isEmpty()) {
      return ParseResult.rejected(Rejection.atLine(file, "text.no_paragraphs",
          "the document has no text paragraphs", 0, content));
    }
    DocumentDraft draft = new DocumentDraft();
    draft.title = title;
    draft.authors.addAll(front.authors);
    draft.doi = front.doi;
    draft.year = front.year;
    draft.licenceType = front.licence;
    draft.source = front.source;
    for (String[] p : sectionAndText) {
      draft.add(p[0], DocumentAssembler.isAbstractHeading(p[0]) ? Block.ABSTRACT : Block.BODY,
          p[1]);
    }
    // Plain text is often a PDF's text layer: its lines may end in typesetting hyphens.
    return assembler.assemble(file, format, draft, format.equals("text"), "text.no_paragraphs");
  }

  private static void flush(StringBuilder current, String section, List<String[]> out) {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      out.add(new String[] {section, text});
    }
    current.setLength(0);
  }

  /** The {@code ---}-fenced key: value block some Markdown papers start with. */
  private static final class FrontMatter {
    String title = "";
    List<String> authors = List.of();
    String doi = "";
    Integer year;
    String licence = "";
    String source = "";

    /** Reads the block if present and returns the index of the first line after it. */
    int read(List<String> lines) {
      if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
        return 0;
      }
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.equals("---")) {
          return i + 1;
        }
        Matcher kv = FRONT_MATTER_LINE.matcher(line);
        if (!kv.matches()) {
          continue;
        }
        String value = unquote(kv.group(2).strip());
        switch (kv.group(1).toLowerCase(Locale.ROOT)) {
          case "title" -> title = value;
          case "authors", "author" -> authors = splitAuthors(value);
          case "doi" -> {
            Matcher m = DOI.matcher(value);
            doi = m.find() ? m.group(1) : "";
          }
          case "year" -> year = parseYear(value);
          case "license", "licence" -> licence = value;
          case "source" -> source = value.toLowerCase(Locale.ROOT);
          default -> { }
        }
      }
      return 0; // no closing fence: not front matter after all
    }

    private static List<String> splitAuthors(String value) {
      String list = value.startsWith("[") && value.endsWith("]")
          ? value.substring(1, value.length() - 1) : value;
      List<String> out = new ArrayList<>();
      for (String name : list.split(";|,|\\band\\b")) {
        String n = unquote(name.strip());
        if (!n.isEmpty()) {
          out.add(n);
        }
      }
      return out;
    }

    private static Integer parseYear(String value) {
      Matcher m = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d)\\b").matcher(value);
      return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String unquote(String s) {
      if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"")
          || s.startsWith("'") && s.endsWith("'"))) {
        return s.substring(1, s.length() - 1);
      }
      return s;
    }
  }
}
