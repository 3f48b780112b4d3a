package dev.anneal.ingest.detect;

import static dev.anneal.ingest.detect.FormatEntry.rule;

import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.CifParser;
import dev.anneal.ingest.crystal.optimade.OptimadeParser;
import dev.anneal.ingest.crystal.poscar.PoscarParser;
import dev.anneal.ingest.crystal.xyz.ExtendedXyzParser;
import dev.anneal.ingest.lablog.CsvLabLogReader;
import dev.anneal.ingest.lablog.ElnReader;
import dev.anneal.ingest.lablog.JsonLabLogReader;
import dev.anneal.ingest.lablog.XlsxLabLogReader;
import dev.anneal.ingest.literature.MarkdownParser;
import dev.anneal.ingest.literature.jats.JatsReader;
import dev.anneal.ingest.literature.latex.LatexReader;
import dev.anneal.ingest.literature.tika.TikaDocumentReader;
import dev.anneal.ingest.literature.tika.TikaLimits;
import dev.anneal.ingest.simulation.lammps.LammpsLogParser;
import dev.anneal.ingest.simulation.qe.PwOutputParser;
import dev.anneal.ingest.simulation.vasp.OutcarParser;
import dev.anneal.ingest.simulation.vasp.VasprunParser;
import dev.anneal.ingest.synthesis.RecipeReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every format Anneal reads, each declared once: how it is recognized, which reader reads it
 * and which size limit applies. Detection tries the rules phase by phase ({@link Phase}), and
 * within a phase in the order of this list; the first rule that holds names the format. Adding
 * a format is adding one entry here.
 */
public final class FormatRegistry {

  private static final Set<String> JSON_EXTENSIONS = Set.of("json", "jsonl", "ndjson");
  /** Extensions of the zip-based formats a reader of their own reads (not opened as archives). */
  private static final Set<String> ZIP_FORMAT_EXTENSIONS = Set.of("eln", "xlsx", "docx", "epub");
  private static final Pattern OPTIMADE_KEYS = Pattern.compile(
      "\"(?:lattice_vectors|species_at_sites|cartesian_site_positions)\"|\"type\"\\s*:\\s*\"structures\"");
  /** Keys of a structured synthesis recipe (the text-mined solid-state dataset's shape). */
  private static final Pattern RECIPE_KEYS = Pattern.compile(
      "^\\s*\\{.*?\"(?:targets_string|reaction_string)\"\\s*:", Pattern.DOTALL);
  /** A vasprun's root element, after the XML declaration and comments. */
  private static final Pattern VASPRUN_ROOT = Pattern.compile(
      "^\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<modeling>", Pattern.DOTALL);
  private static final Pattern CIF_BLOCK =
      Pattern.compile("(?s)(?:\\s*#[^\\n]*\\n)*\\s*data_\\S.*");

  /** Every format, in the order rules of one phase are tried. */
  private static final List<FormatEntry> ENTRIES = List.of(
      pseudo(Format.EMPTY, rule(Phase.BLANK, FormatRegistry::isBlank),
          "file.empty", "the file is empty or holds only whitespace"),
      // Notebook exports, workbooks and e-books are zips: their extension decides before the
      // binary check.
      entry(Format.ELN, Sizing.WHOLE_FILE,
          c -> Readers.notebook(new ElnReader(c.mapping(), c.pseudonymizer()), c),
          rule(Phase.CONTAINER, p -> p.zip() && p.extension().equals("eln")),
          extension("eln")),
      entry(Format.LABLOG_XLSX, Sizing.WHOLE_FILE,
          c -> Readers.labRecords(new XlsxLabLogReader(c.mapping(), c.pseudonymizer())),
          rule(Phase.CONTAINER, p -> p.zip() && p.extension().equals("xlsx"))),
      entry(Format.DOCX, Sizing.WHOLE_FILE, tika(Format.DOCX),
          rule(Phase.CONTAINER, p -> p.zip() && p.extension().equals("docx"))),
      entry(Format.EPUB, Sizing.WHOLE_FILE, tika(Format.EPUB),
          rule(Phase.CONTAINER, p -> p.zip() && (p.extension().equals("epub")
              || DocumentSniffer.isEpub(p.head(), p.headLength())))),
      entry(Format.PDF, Sizing.WHOLE_FILE, tika(Format.PDF),
          rule(Phase.MAGIC, p -> DocumentSniffer.isPdf(p.head(), p.headLength()))),
      pseudo(Format.BINARY, rule(Phase.BINARY, FormatRegistry::looksBinary),
          "file.binary", "the file is binary and no parser reads its format"),
      // Content first, the name only a hint: a vasprun.xml renamed run.scstep is still a
      // vasprun, an OUTCAR begins with VASP's version line whatever it is called.
      entry(Format.POSCAR, Sizing.WHOLE_FILE, c -> Readers.structures(new PoscarParser(), c.limits()),
          rule(Phase.SIGNATURE, p -> p.upperName().startsWith("POSCAR")
              || p.upperName().startsWith("CONTCAR")),
          rule(Phase.SHAPE, p -> StructureSniffer.isPoscar(p.start())),
          extension("vasp", "poscar")),
      entry(Format.OUTCAR, Sizing.STREAMED, c -> Readers.calculations(new OutcarParser()),
          rule(Phase.SIGNATURE, p -> p.upperName().startsWith("OUTCAR")
              || p.start().stripLeading().startsWith("vasp."))),
      entry(Format.VASPRUN, Sizing.STREAMED, c -> Readers.calculations(new VasprunParser()),
          rule(Phase.SIGNATURE, p -> p.upperName().startsWith("VASPRUN")
              && p.upperName().endsWith(".XML") || VASPRUN_ROOT.matcher(p.start()).find())),
      entry(Format.PWSCF, Sizing.STREAMED, c -> Readers.calculations(new PwOutputParser()),
          rule(Phase.SIGNATURE, p -> p.start().contains("Program PWSCF"))),
      entry(Format.LAMMPS_LOG, Sizing.STREAMED, c -> Readers.calculations(new LammpsLogParser(c.limits().keyValueLineChars())),
          rule(Phase.SIGNATURE, p -> p.upperName().equals("LOG.LAMMPS")
              || p.upperName().endsWith(".LOG.LAMMPS") || p.start().startsWith("LAMMPS ("))),
      entry(Format.EXTXYZ, Sizing.WHOLE_FILE, c -> Readers.structures(new ExtendedXyzParser(), c.limits()),
          rule(Phase.SHAPE, p -> StructureSniffer.isXyz(p.start())),
          extension("extxyz", "xyz")),
      entry(Format.CIF, Sizing.WHOLE_FILE, c -> Readers.structures(new CifParser(), c.limits()),
          extension("cif", "mmcif"),
          rule(Phase.TEXT_PATTERN, p -> CIF_BLOCK.matcher(p.text()).matches())),
      // JSON files: OPTIMADE structure entries, synthesis recipes (one object per line), else
      // measurement objects from an instrument or a lab log.
      entry(Format.OPTIMADE, Sizing.WHOLE_FILE, c -> Readers.structures(new OptimadeParser(), c.limits()),
          rule(Phase.JSON_KEYS, p -> JSON_EXTENSIONS.contains(p.extension())
              && OPTIMADE_KEYS.matcher(p.text()).find())),
      entry(Format.SYNTHESIS_RECIPES, Sizing.WHOLE_FILE,
          c -> Readers.syntheses(new RecipeReader()),
          rule(Phase.JSON_KEYS, p -> JSON_EXTENSIONS.contains(p.extension())
              && RECIPE_KEYS.matcher(p.text()).find())),
      entry(Format.LABLOG_JSON, Sizing.WHOLE_FILE,
          c -> Readers.labRecords(new JsonLabLogReader(c.mapping(), c.pseudonymizer())),
          rule(Phase.JSON_KEYS, p -> JSON_EXTENSIONS.contains(p.extension()))),
      entry(Format.LABLOG_CSV, Sizing.WHOLE_FILE,
          c -> Readers.labRecords(new CsvLabLogReader(c.mapping(), c.pseudonymizer())),
          extension("csv", "tsv", "tab")),
      entry(Format.JATS, Sizing.WHOLE_FILE, c -> Readers.documents(new JatsReader(c.assembler(), c.limits().xmlMaxDepth())),
          markup(Format.JATS)),
      entry(Format.HTML, Sizing.WHOLE_FILE, tika(Format.HTML),
          markup(Format.HTML), extension("html", "htm")),
      entry(Format.XHTML, Sizing.WHOLE_FILE, tika(Format.XHTML),
          markup(Format.XHTML), extension("xhtml", "xht")),
      entry(Format.MARKDOWN, Sizing.WHOLE_FILE,
          c -> Readers.documents(new MarkdownParser("markdown", c.assembler())),
          extension("md", "markdown")),
      entry(Format.TEXT, Sizing.WHOLE_FILE,
          c -> Readers.documents(new MarkdownParser("text", c.assembler())),
          extension("txt", "text")),
      entry(Format.LATEX, Sizing.WHOLE_FILE, c -> Readers.documents(new LatexReader(c.assembler())),
          extension("tex", "ltx"),
          rule(Phase.TEXT_PATTERN, p -> DocumentSniffer.isLatex(p.text()))),
      pseudo(Format.UNSUPPORTED, rule(Phase.FALLBACK, p -> true), "file.unsupported_format",
          "no parser reads files like this (extension '{ext}')"));

  private static final Map<Format, FormatEntry> BY_FORMAT = new EnumMap<>(Format.class);
  /** Every rule, in the order detection tries them. */
  private static final List<Ordered> RULES = new ArrayList<>();

  private record Ordered(FormatEntry entry, FormatEntry.Rule rule, int position) {
  }

  static {
    for (int i = 0; i < ENTRIES.size(); i++) {
      FormatEntry e = ENTRIES.get(i);
      if (BY_FORMAT.put(e.format(), e) != null) {
        throw new IllegalStateException("format declared twice: " + e.format());
      }
      for (FormatEntry.Rule r : e.rules()) {
        RULES.add(new Ordered(e, r, i));
      }
    }
    RULES.sort(Comparator.comparing((Ordered o) -> o.rule().phase())
        .thenComparingInt(Ordered::position));
    for (Format f : Format.values()) {
      if (!BY_FORMAT.containsKey(f)) {
        throw new IllegalStateException("format without an entry: " + f);
      }
    }
  }

  private FormatRegistry() {
  }

  /** Every entry, in declaration order. */
  public static List<FormatEntry> entries() {
    return ENTRIES;
  }

  /** The entry of {@code format}. */
  public static FormatEntry entry(Format format) {
    return BY_FORMAT.get(format);
  }

  /** The format of {@code file}, judged from its name and {@code head}, its first bytes. */
  public static Format detect(SourceFile file, byte[] head, int headLength) {
    Probe probe = new Probe(file, head, headLength);
    for (Ordered o : RULES) {
      if (o.rule().test().test(probe)) {
        return o.entry().format();
      }
    }
    throw new IllegalStateException("the fallback rule always holds");
  }

  /** Whether a zip named with {@code extension} is a document format, not an archive to open. */
  public static boolean isZipFormatExtension(String extension) {
    return ZIP_FORMAT_EXTENSIONS.contains(extension);
  }

  /** Whether a reader exists for {@code format} (not a file quarantined for what it is). */
  public static boolean readable(Format format) {
    return format != Format.EMPTY && format != Format.BINARY && format != Format.UNSUPPORTED;
  }

  /** The reader of every format, built for one run's settings. */
  public static Map<Format, FormatReader> readers(ReaderContext context) {
    Map<Format, FormatReader> out = new EnumMap<>(Format.class);
    for (FormatEntry e : ENTRIES) {
      out.put(e.format(), e.reader().apply(context));
    }
    return out;
  }

  private static FormatEntry entry(Format format, Sizing sizing,
                                   Function<ReaderContext, FormatReader> reader,
                                   FormatEntry.Rule... rules) {
    return new FormatEntry(format, List.of(rules), sizing, reader);
  }

  /** A file that is quarantined for what it is, with a stable reason. */
  private static FormatEntry pseudo(Format format, FormatEntry.Rule rule, String reason,
                                    String message) {
    return new FormatEntry(format, List.of(rule), Sizing.WHOLE_FILE,
        c -> Readers.refusing(reason, message));
  }

  private static FormatEntry.Rule extension(String... extensions) {
    Set<String> set = Set.of(extensions);
    return rule(Phase.EXTENSION, p -> set.contains(p.extension()));
  }

  private static FormatEntry.Rule markup(Format format) {
    return rule(Phase.MARKUP, p -> p.markup() == format);
  }

  private static Function<ReaderContext, FormatReader> tika(Format format) {
    return c -> Readers.documents(new TikaDocumentReader(format.code(), c.assembler(),
        TikaLimits.DEFAULT));
  }

  private static boolean isBlank(Probe p) {
    byte[] head = p.head();
    for (int i = 0; i < p.headLength(); i++) {
      byte b = head[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Binary if it has a NUL byte, or if more than one byte in ten is a control character other
   * than whitespace (text in any 8-bit encoding has almost none).
   */
  private static boolean looksBinary(Probe p) {
    byte[] head = p.head();
    int length = p.headLength();
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1a) {
        control++;
      }
    }
    return control * 10 > length;
  }
}
