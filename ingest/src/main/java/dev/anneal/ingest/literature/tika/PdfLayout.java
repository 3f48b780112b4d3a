package dev.anneal.ingest.literature.tika;

import dev.anneal.ingest.literature.AuthorNames;
import dev.anneal.ingest.literature.Block;
import dev.anneal.ingest.literature.DocumentDraft;
import dev.anneal.ingest.literature.clean.ReferenceFilter;
import dev.anneal.ingest.literature.clean.RunningLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the pages of a PDF's text layer into a draft: running headers, footers and page numbers
 * removed, headings recognized (numbered, or the usual section names), front matter before the
 * abstract taken as title and authors, paragraphs broken by a column or page end joined again,
 * captions marked, and table debris (mostly digits) dropped.
 */
final class PdfLayout {

  private static final Pattern NUMBERED_HEADING = Pattern.compile(
      "(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[A-H](?:\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.)\\s+"
          + "\\p{Lu}[^.!?]{1,90}");
  private static final Pattern NAMED_HEADING = Pattern.compile(
      "(?i)(?:abstract|introduction|background|related work|methods?|materials and methods|"
          + "experimental(?: section| details| methods)?|experiments?|results(?: and discussion)?|"
          + "discussion|conclusions?|summary|acknowledg(?:e)?ments?|references|bibliography|"
          + "appendix(?: [A-Z])?|supplementary (?:material|information))\\s*:?");
  /** A figure or table caption, by its label. */
  static final Pattern CAPTION = Pattern.compile(
      "(?:Figure|Fig\\.|Table|Scheme)\\s*[A-Z]?\\d+[a-z]?\\s*[:.|].*", Pattern.DOTALL);
  private static final Pattern FOOTNOTE = Pattern.compile("\\d{1,2}(?:https?://|\\p{Lu}\\p{Ll})");
  private static final Pattern FUNCTION_WORD_END = Pattern.compile(
      "(?i).*\\s(?:of|and|the|a|an|to|for|with|by|in|on|from|at|as|is|are|was|were|or|that|"
          + "which|this|we|our|its|their|be|into|than|namely|using|via)$");
  private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>]+[^\\s\"<>.,;])");

  private PdfLayout() {
  }

  /** The draft of a PDF whose pages are {@code pages}; {@code metaTitle} from the PDF's info. */
  static DocumentDraft draft(List<List<BlockHandler.RawBlock>> pages, String metaTitle,
                             List<String> metaAuthors) {
    List<List<String>> paragraphs = paragraphs(pages);
    DocumentDraft draft = new DocumentDraft();
    List<String> flat = new ArrayList<>();
    for (List<String> page : paragraphs) {
      flat.addAll(page);
    }
    flat = joinBrokenParagraphs(flat);
    // Front matter: everything before the abstract (or the first heading) on the first page.
    int bodyStart = 0;
    int firstPageEnd = paragraphs.isEmpty() ? 0 : paragraphs.get(0).size();
    for (int i = 0; i < Math.min(flat.size(), Math.max(firstPageEnd, 1)); i++) {
      if (headingOf(flat.get(i)) != null) {
        bodyStart = i;
        break;
      }
    }
    List<String> front = flat.subList(0, bodyStart);
    draft.title = title(front, metaTitle);
    for (String f : front) {
      var m = DOI.matcher(f);
      if (draft.doi.isEmpty() && m.find()) {
        draft.doi = m.group(1);
      }
    }
    if (!metaAuthors.isEmpty()) {
      draft.authors.addAll(metaAuthors);
    } else {
      for (String f : front) {
        if (!f.replace('\n', ' ').strip().equals(draft.title)) {
          for (String line : f.split("\n")) {
            draft.authors.addAll(AuthorNames.in(line));
          }
        }
      }
    }
    String section = "";
    String kind = Block.BODY;
    for (int i = bodyStart; i < flat.size(); i++) {
      String p = flat.get(i);
      String heading = headingOf(p);
      if (heading != null) {
        section = heading;
        kind = heading.equalsIgnoreCase("abstract") ? Block.ABSTRACT : Block.BODY;
        continue;
      }
      if (ReferenceFilter.isReferenceHeading(section)) {
        draft.add(section, Block.BODY, p); // dropped by the assembler with its section
        continue;
      }
      if (isDebris(p) || isFootnote(p)) {
        continue;
      }
      draft.add(section, CAPTION.matcher(p).matches() ? Block.CAPTION : kind, p);
    }
    if (draft.doi.isEmpty()) {
      for (String p : flat.subList(0, Math.min(flat.size(), 40))) {
        var m = DOI.matcher(p);
        if (m.find()) {
          draft.doi = m.group(1);
          break;
        }
      }
    }
    return draft;
  }

  /** Per page, its paragraphs (lines joined by '\n') with running lines removed. */
  static List<List<String>> paragraphs(List<List<BlockHandler.RawBlock>> pages) {
    List<List<String>> pageLines = new ArrayList<>();
    for (List<BlockHandler.RawBlock> page : pages) {
      List<String> lines = new ArrayList<>();
      for (BlockHandler.RawBlock b : page) {
        lines.addAll(Arrays.asList(b.text().split("\n")));
        lines.add(""); // paragraph boundary
      }
      pageLines.add(lines);
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> page : RunningLines.strip(pageLines)) {
      List<String> paras = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      for (String line : page) {
        if (line.isBlank()) {
          if (cur.length() > 0) {
            paras.add(cur.toString());
            cur.setLength(0);
          }
        } else {
          cur.append(cur.length() > 0 ? "\n" : "").append(line.strip());
        }
      }
      if (cur.length() > 0) {
        paras.add(cur.toString());
      }
      out.add(paras);
    }
    return out;
  }

  /**
   * Paragraphs split by a column or page break joined again: one that ends without closing
   * punctuation followed by one that starts in lower case. A heading first line is split off.
   */
  static List<String> joinBrokenParagraphs(List<String> paras) {
    List<String> split = new ArrayList<>();
    for (String p : paras) {
      int nl = p.indexOf('\n');
      String first = nl < 0 ? p : p.substring(0, nl);
      if (nl > 0 && headingOf(first) != null && first.split("\\s+").length <= 8) {
        split.add(first);
        split.add(p.substring(nl + 1));
      } else {
        split.add(p);
      }
    }
    List<String> out = new ArrayList<>();
    for (String p : split) {
      // The paragraph this one may continue: the last one that is not a caption or footnote
      // (a float or a footnote can stand between the two halves).
      int j = out.size() - 1;
      while (j >= 0 && j >= out.size() - 3
          && (CAPTION.matcher(out.get(j)).matches() || isFootnote(out.get(j)))) {
        j--;
      }
      if (j >= 0 && j >= out.size() - 3) {
        String prev = out.get(j).strip();
        boolean open = !prev.matches("(?s).*[.!?:;”\")\\]]$") && headingOf(prev) == null
            && !CAPTION.matcher(prev).matches();
        String next = p.strip();
        boolean continues = !CAPTION.matcher(next).matches() && !isFootnote(next)
            && (Character.isLowerCase(next.codePointAt(0))
                || prev.matches("(?s).*(?:[,(\\-–]|\\bet al\\.,?|\\be\\.g\\.,?|\\bi\\.e\\.,?)$")
                && headingOf(next) == null);
        if (open && continues) {
          out.set(j, out.get(j) + "\n" + p);
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  /** The heading a paragraph is, or null: one short line, numbered or a usual section name. */
  static String headingOf(String paragraph) {
    String p = paragraph.strip();
    if (p.contains("\n") || p.length() > 100 || p.isEmpty()) {
      return null;
    }
    if (NAMED_HEADING.matcher(p).matches()) {
      return p.replaceAll(":$", "");
    }
    if (NUMBERED_HEADING.matcher(p).matches() && !p.matches(".*\\d{3,}.*")
        && p.split("\\s+").length <= 12 && !p.matches(".*[,;(\\-–]$|.*[,(].*|.*:\\s*\\p{Ll}.*")
        && !FUNCTION_WORD_END.matcher(p).matches()) {
      return p;
    }
    return null;
  }

  private static String title(List<String> front, String metaTitle) {
    String meta = metaTitle == null ? "" : metaTitle.strip();
    if (meta.length() >= 10 && !meta.matches("(?i).*\\.(docx?|tex|dvi|pdf)$|microsoft word.*|untitled.*")) {
      return meta;
    }
    for (String f : front) {
      String one = f.replace('\n', ' ').strip();
      if (one.length() >= 10 && one.length() <= 300 && !one.matches("(?i)arxiv:.*")
          && one.split("\\s+").length >= 2) {
        return one;
      }
    }
    return "";
  }

  /** A footnote: its mark run into the text ("1Due to space…", "10http://…"), short. */
  static boolean isFootnote(String p) {
    return p.length() < 400 && FOOTNOTE.matcher(p).lookingAt();
  }

  /** Table cells, axis labels and the like: few letters, or far more digits than words. */
  static boolean isDebris(String p) {
    int letters = 0;
    int other = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (!Character.isWhitespace(c)) {
        other++;
      }
    }
    return letters < 12 || letters < other;
  }
}
