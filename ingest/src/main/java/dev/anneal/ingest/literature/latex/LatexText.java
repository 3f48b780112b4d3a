package dev.anneal.ingest.literature.latex;

import java.util.Map;
import java.util.Set;

/** Brace matching and the tables of LaTeX commands the converter knows. */
final class LatexText {

  private LatexText() {
  }

  /** The index of the brace closing the one at {@code open}, or -1. Escaped braces are skipped. */
  static int matchingBrace(String s, int open) {
    return matching(s, open, '{', '}');
  }

  /** The index of the bracket closing the one at {@code open}, or -1. */
  static int matchingBracket(String s, int open) {
    return matching(s, open, '[', ']');
  }

  private static int matching(String s, int open, char o, char c) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == o) {
        depth++;
      } else if (ch == c && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Sectioning commands that open a section of their own. */
  static final Set<String> SECTIONS = Set.of("part", "chapter", "section", "subsection",
      "subsubsection");
  /** Run-in headings: their title starts the next paragraph. */
  static final Set<String> RUN_IN = Set.of("paragraph", "subparagraph");
  /** Commands whose argument is text to keep. */
  static final Set<String> KEEP_ARG = Set.of("textbf", "textit", "emph", "texttt", "textsc",
      "textrm", "textsf", "textup", "textsl", "textmd", "textnormal", "underline", "uline",
      "mbox", "makebox", "fbox", "text", "hbox", "url", "nolinkurl", "path", "smash", "MakeUppercase",
      "MakeLowercase", "textls", "sout", "st", "hl", "textsubscript", "mathrm");
  /** Commands with two arguments of which the second is the text ({@code \href{url}{text}}). */
  static final Set<String> KEEP_SECOND = Set.of("href", "textcolor", "colorbox",
      "foreignlanguage", "raisebox", "hyperref", "hyperlink", "resizebox", "scalebox");
  /** Cross references, replaced by the number of their label. */
  static final Set<String> REFS = Set.of("ref", "autoref", "cref", "Cref", "pageref", "vref",
      "nameref", "eqref", "Autoref", "subref");
  /** Commands dropped with their arguments: mandatory argument counts. */
  static final Map<String, Integer> DROP = Map.ofEntries(
      Map.entry("cite", 1), Map.entry("citep", 1), Map.entry("citet", 1), Map.entry("citealp", 1),
      Map.entry("citealt", 1), Map.entry("citeauthor", 1), Map.entry("citeyear", 1),
      Map.entry("citeyearpar", 1), Map.entry("citenum", 1), Map.entry("nocite", 1),
      Map.entry("parencite", 1), Map.entry("textcite", 1), Map.entry("autocite", 1),
      Map.entry("Citet", 1), Map.entry("Citep", 1), Map.entry("footcite", 1),
      Map.entry("label", 1), Map.entry("vspace", 1), Map.entry("hspace", 1),
      Map.entry("includegraphics", 1), Map.entry("bibliography", 1),
      Map.entry("bibliographystyle", 1), Map.entry("usepackage", 1),
      Map.entry("RequirePackage", 1), Map.entry("documentclass", 1), Map.entry("setlength", 2),
      Map.entry("addtolength", 2), Map.entry("setcounter", 2), Map.entry("addtocounter", 2),
      Map.entry("pagestyle", 1), Map.entry("thispagestyle", 1), Map.entry("hypersetup", 1),
      Map.entry("definecolor", 3), Map.entry("colorlet", 2), Map.entry("captionsetup", 1),
      Map.entry("hyphenation", 1), Map.entry("lstset", 1), Map.entry("setcitestyle", 1),
      Map.entry("graphicspath", 1), Map.entry("newtheorem", 2), Map.entry("fontsize", 2),
      Map.entry("addbibresource", 1), Map.entry("enlargethispage", 1), Map.entry("phantom", 1),
      Map.entry("vphantom", 1), Map.entry("hphantom", 1), Map.entry("rule", 2),
      Map.entry("footnote", 1), Map.entry("footnotetext", 1), Map.entry("thanks", 1),
      Map.entry("Thanks", 1), Map.entry("marginpar", 1), Map.entry("todo", 1),
      Map.entry("color", 1), Map.entry("pagenumbering", 1), Map.entry("bibliographystyles", 1),
      Map.entry("input", 1), Map.entry("include", 1), Map.entry("date", 1),
      Map.entry("title", 1), Map.entry("author", 1), Map.entry("affiliation", 1),
      Map.entry("email", 1), Map.entry("address", 1), Map.entry("institute", 1),
      Map.entry("keywords", 1), Map.entry("acmConference", 1), Map.entry("setitemize", 1),
      Map.entry("setlist", 1), Map.entry("newpage", 0), Map.entry("columnwidth", 0),
      Map.entry("linewidth", 0), Map.entry("textwidth", 0), Map.entry("footnotemark", 0),
      Map.entry("sisetup", 1), Map.entry("renewenvironment", 3), Map.entry("newenvironment", 3),
      Map.entry("specialcomment", 1), Map.entry("excludecomment", 1), Map.entry("PassOptionsToPackage", 2));
  /** Commands that stand for a character or a space, or for nothing (layout, font switches). */
  static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("BibTeX", "BibTeX"),
      Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("textellipsis", "…"),
      Map.entry("textdegree", "°"), Map.entry("textmu", "μ"), Map.entry("textasciitilde", "~"),
      Map.entry("texttildelow", "~"), Map.entry("textbackslash", "\\"),
      Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("S", "§"),
      Map.entry("P", "¶"), Map.entry("copyright", "©"), Map.entry("textregistered", "®"),
      Map.entry("texttrademark", "™"), Map.entry("dag", "†"), Map.entry("dagger", "†"),
      Map.entry("ddag", "‡"), Map.entry("ddagger", "‡"), Map.entry("ss", "ß"),
      Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
      Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"), Map.entry("L", "Ł"),
      Map.entry("i", "ı"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
      Map.entry("textquoteright", "’"), Map.entry("textquoteleft", "‘"),
      Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"),
      Map.entry("textperthousand", "‰"), Map.entry("textpm", "±"), Map.entry("textbullet", "•"),
      Map.entry("slash", "/"), Map.entry("quad", " "), Map.entry("qquad", " "),
      Map.entry("enspace", " "), Map.entry("thinspace", " "), Map.entry("space", " "),
      Map.entry("newline", " "), Map.entry("linebreak", " "), Map.entry("textasciicircum", "^"),
      Map.entry("textunderscore", "_"), Map.entry("textdollar", "$"), Map.entry("textpercent", "%"),
      Map.entry("textgreater", ">"), Map.entry("textless", "<"), Map.entry("textbar", "|"),
      Map.entry("AND", " "), Map.entry("and", " "), Map.entry("today", ""),
      Map.entry("etal", "et al."), Map.entry("eg", "e.g."), Map.entry("ie", "i.e."),
      Map.entry("etc", "etc."), Map.entry("wrt", "w.r.t."), Map.entry("vs", "vs."));
  /** Environments kept as display math, verbatim. */
  static final Set<String> MATH_ENVS = Set.of("equation", "equation*", "align", "align*",
      "alignat", "alignat*", "gather", "gather*", "multline", "multline*", "eqnarray",
      "eqnarray*", "displaymath", "math", "flalign", "flalign*", "dmath", "dmath*");
  /** Floats: only their captions are text. */
  static final Set<String> FLOATS = Set.of("figure", "figure*", "table", "table*",
      "wrapfigure", "wraptable", "SCfigure", "sidewaystable", "sidewaysfigure", "subfigure",
      "longtable");
  /** Environments that are not prose (tables, code, drawings, bibliographies). */
  static final Set<String> DROP_ENVS = Set.of("tabular", "tabular*", "tabularx", "tabulary",
      "verbatim", "verbatim*", "lstlisting", "minted", "tikzpicture", "pgfpicture", "picture",
      "comment", "algorithm", "algorithmic", "algorithm2e", "algorithmicx", "filecontents",
      "filecontents*", "thebibliography", "references", "titlepage", "forest", "axis",
      "lstlisting*", "Verbatim", "CCSXML", "tcolorbox");
}
