package dev.anneal.ingest.literature.latex;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.literature.AuthorNames;
import dev.anneal.ingest.literature.DocumentAssembler;
import dev.anneal.ingest.literature.DocumentDraft;
import dev.anneal.ingest.literature.ParsedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a LaTeX document: one {@code .tex} file, or the text files of a source bundle (an arXiv
 * {@code .tar.gz}) of which it finds the main file. The preamble gives title and authors; the
 * body between {@code \begin{document}} and {@code \end{document}} gives the text.
 */
public final class LatexReader implements RecordParser<ParsedDocument> {

  private static final Pattern DOCUMENTCLASS = Pattern.compile("\\\\documentclass\\s*[\\[{]");
  private static final Pattern BEGIN_DOCUMENT = Pattern.compile("\\\\begin\\s*\\{document\\}");
  private static final Pattern END_DOCUMENT = Pattern.compile("\\\\end\\s*\\{document\\}");
  /** An arXiv source bundle named by its identifier: {@code 1911.02782.tar.gz}, {@code hep-th/9901001}. */
  private static final Pattern ARXIV_NAME = Pattern.compile(
      "(?:^|[/!])(?:\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?)(?:\\.tar\\.gz|\\.tgz|\\.tar|\\.gz)?(?:$|!)");
  private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/[^\\s}]+)");

  private final DocumentAssembler assembler;

  /** A reader that cleans up with {@code assembler}. */
  public LatexReader(DocumentAssembler assembler) {
    this.assembler = assembler;
  }

  /** Reads a single {@code .tex} file. */
  @Override
  public ParseResult<ParsedDocument> parse(SourceFile file, InputStream in) throws IOException {
    String text = LatexBundles.decode(in.readAllBytes());
    return read(file, Map.of(file.name(), text), file.name());
  }

  /**
   * Reads a bundle whose {@code .tex} files are {@code texts} (path in the bundle → content);
   * the document's source is {@code bundle}. Rejected as {@code latex.no_main_file} when no
   * file has both {@code \documentclass} and {@code \begin{document}}.
   */
  public ParseResult<ParsedDocument> readBundle(SourceFile bundle, Map<String, String> texts) {
    Optional<String> main = mainFile(texts);
    if (main.isEmpty()) {
      return ParseResult.rejected(Rejection.atLine(bundle, "latex.no_main_file",
          "no .tex file of the bundle has \\documentclass and \\begin{document}", 0,
          String.join(", ", texts.keySet())));
    }
    return read(bundle, texts, main.get());
  }

  /**
   * The main file of a bundle: a {@code .tex} file with {@code \documentclass} and
   * {@code \begin{document}} outside comments; among several, the one named like a main file
   * ({@code main}, {@code ms}, {@code paper}), else the largest.
   */
  public static Optional<String> mainFile(Map<String, String> texts) {
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      if (!e.getKey().toLowerCase(java.util.Locale.ROOT).endsWith(".tex")) {
        continue;
      }
      String body = LatexSource.stripComments(e.getValue());
      if (DOCUMENTCLASS.matcher(body).find() && BEGIN_DOCUMENT.matcher(body).find()) {
        candidates.add(e.getKey());
      }
    }
    return candidates.stream().max(Comparator
        .comparing((String p) -> p.replaceAll(".*/", "").matches("(?i)(main|ms|paper|article)\\.tex"))
        .thenComparing(p -> -p.chars().filter(ch -> ch == '/').count())
        .thenComparing(p -> texts.get(p).length()));
  }

  private ParseResult<ParsedDocument> read(SourceFile file, Map<String, String> texts,
                                           String main) {
    Set<String> missing = new LinkedHashSet<>();
    String source = LatexSource.expand(main, texts, missing);
    Matcher begin = BEGIN_DOCUMENT.matcher(source);
    if (!begin.find()) {
      return ParseResult.rejected(Rejection.atLine(file, "latex.no_document",
          "the LaTeX source has no \\begin{document}", 0, source));
    }
    Matcher end = END_DOCUMENT.matcher(source);
    int bodyEnd = end.find(begin.end()) ? end.start() : source.length();
    String preamble = source.substring(0, begin.start());
    LatexMacros macros = LatexMacros.definedIn(source);
    String body = macros.expand(source.substring(begin.end(), bodyEnd));

    DocumentDraft draft = new DocumentDraft();
    LatexConverter converter = new LatexConverter(draft, LatexLabels.number(body));
    String titleArg = argumentOf(source, "title");
    draft.title = titleArg == null ? "" : converter.inline(macros.expand(titleArg));
    String authorArg = argumentOf(preamble + body, "author");
    if (authorArg != null) {
      draft.authors.addAll(authors(converter, macros.expand(authorArg)));
    }
    Matcher doi = DOI.matcher(preamble);
    if (doi.find()) {
      draft.doi = doi.group(1);
    }
    if (ARXIV_NAME.matcher(file.uri()).find()) {
      // an arXiv source bundle carries no licence; arXiv's listing does, so it stays unknown here
      draft.source = "arxiv";
    }
    converter.convertBody(body);
    List<Rejection> notes = new ArrayList<>();
    ParseResult<ParsedDocument> result = assembler.assemble(file, "latex", draft, false,
        "latex.no_text");
    if (!missing.isEmpty() && !result.records().isEmpty()) {
      notes.add(Rejection.atLine(file, "latex.missing_input",
          "the document was read without the files it inputs that the bundle lacks: "
              + String.join(", ", missing), 0, ""));
      return new ParseResult<>(result.records(), notes);
    }
    return result;
  }

  /** The braced argument of the first {@code \name} (after optional arguments), or null. */
  static String argumentOf(String source, String name) {
    Matcher m = Pattern.compile("\\\\" + name + "\\s*(?=[\\[{])").matcher(source);
    if (!m.find()) {
      return null;
    }
    int p = LatexConverter.skipOptional(source, m.end());
    int[] arg = LatexConverter.braced(source, p);
    return arg == null ? null : source.substring(arg[0], arg[1]);
  }

  /**
   * The author names of an {@code \author} argument: the first line of each {@code \and}
   * group, split at {@code \quad} and commas, keeping what reads as a person's name (not an
   * affiliation, an e-mail or a footnote mark).
   */
  static List<String> authors(LatexConverter converter, String arg) {
    List<String> out = new ArrayList<>();
    String cleaned = arg.replaceAll("\\$[^$]*\\$", " ")
        .replaceAll("\\\\(?:thanks|Thanks|footnotemark|footnotetext|footnote|texttt|email|url)\\s*(?:\\[[^\\]]*\\])?(?:\\{(?:[^{}]|\\{[^{}]*\\})*\\})?", " ");
    for (String group : cleaned.split("\\\\(?:and|AND|And)\\b")) {
      String firstLine = group.split("\\\\\\\\")[0];
      for (String piece : firstLine.split("\\\\quad|\\\\qquad|,|\\band\\b|\\\\hspace\\s*\\{[^}]*\\}")) {
        out.addAll(AuthorNames.in(converter.inline(piece)));
      }
    }
    return out;
  }
}
