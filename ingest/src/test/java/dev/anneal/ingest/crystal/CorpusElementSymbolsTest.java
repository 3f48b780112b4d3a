package dev.anneal.ingest.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.chem.Element;
import dev.anneal.ingest.crystal.cif.CifBlock;
import dev.anneal.ingest.crystal.cif.CifFile;
import dev.anneal.ingest.crystal.cif.CifReader;
import dev.anneal.ingest.crystal.cif.CifValue;
import dev.anneal.ingest.crystal.poscar.PoscarParser;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.simulation.vasp.OutcarParser;
import dev.anneal.ingest.simulation.vasp.VasprunParser;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scans what the readers made of every CIF, POSCAR, vasprun and OUTCAR of
 * {@code ../shared/corpus}: no element may come from a symbol that is not that element's symbol.
 * For a CIF, every atom-site row of a block that became a structure must write an element
 * ({@link #writtenElements}) and every element of the structure must be written by a row. For the
 * VASP formats every element read must be written in the file as a word of its own. No element
 * past fermium may be read anywhere (the failure this guards against: {@code NH3} as nihonium).
 */
class CorpusElementSymbolsTest {

  private static final Pattern MIXED_PART = Pattern.compile("[A-Z][a-z]?");

  @Test
  void noElementIsReadFromASymbolThatIsNotItsSymbol() throws IOException {
    Path corpus = ProjectPaths.sharedCorpus();
    assumeTrue(Files.isDirectory(corpus), "shared corpus not found at " + corpus + "; skipped");
    Map<String, String> wrong = new TreeMap<>();
    int[] counts = new int[4]; // files, structures, CIF symbols checked, simulation elements checked
    CifParser cif = new CifParser();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String rel = corpus.relativize(file).toString();
      byte[] bytes = Files.readAllBytes(file);
      if (name.toLowerCase(Locale.ROOT).endsWith(".cif")) {
        counts[0]++;
        checkCif(rel, bytes, cif.parse(new SourceFile(rel, bytes.length), bytes), wrong, counts);
      } else if (name.startsWith("POSCAR") || name.startsWith("CONTCAR")) {
        counts[0]++;
        checkWritten(rel, bytes, structures(new PoscarParser(), rel, bytes), wrong, counts);
      } else if (name.endsWith("vasprun.xml") || name.startsWith("vasprun")) {
        counts[0]++;
        checkWritten(rel, bytes, calcStructures(new VasprunParser(), rel, bytes), wrong, counts);
      } else if (name.startsWith("OUTCAR")) {
        counts[0]++;
        checkWritten(rel, bytes, calcStructures(new OutcarParser(), rel, bytes), wrong, counts);
      }
    }
    String report = String.format(Locale.ROOT, "%d files, %d structures, %d CIF atom-site symbols"
        + " and %d simulation elements checked; %d read from a symbol that is not theirs%n",
        counts[0], counts[1], counts[2], counts[3], wrong.size());
    StringBuilder text = new StringBuilder(report);
    wrong.forEach((k, v) -> text.append("  ").append(k).append(": ").append(v).append('\n'));
    System.out.print(text);
    Path out = Path.of("target", "corpus-element-symbols.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
    assertTrue(counts[1] >= 300, "expected the corpus structures to be read:\n" + text);
    assertEquals(Map.of(), wrong, text.toString());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Fe3+|true|Fe", "CL|true|Cl", "O2-|true|O", "D|true|H", "0.8Nb + 0.2Zr|true|Nb;Zr",
      "NH3|true|''", "OH|true|''", "Xx|true|''", "O1A|false|O", "CL3|false|Cl", "Ca2|false|Ca",
      "Ow1|false|O", "NH1|false|N"})
  void theCheckItselfTellsElementsFromGroups(String symbol, boolean type, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(";")),
        writtenElements(symbol, type));
  }

  private static void checkCif(String rel, byte[] bytes, ParseResult<Structure> parsed,
                               Map<String, String> wrong, int[] counts) {
    CifFile file = CifReader.read(bytes);
    for (Structure s : parsed.records()) {
      counts[1]++;
      superheavy(rel, s, wrong);
      CifBlock block = file.blocks().stream().filter(b -> b.name().equals(s.blockName()))
          .findFirst().orElse(null);
      if (block == null) {
        wrong.put(rel + "#" + s.blockName(), "no block of that name to check against");
        continue;
      }
      List<CifValue> labels = block.values("_atom_site_label");
      List<CifValue> types = block.values("_atom_site_type_symbol");
      // Every row of a block that became a structure must write an element (a type symbol is an
      // element symbol in any case, a mixed symbol lists elements, a label begins with one), and
      // every element of the structure must be written by some row. Rows are not matched to
      // sites one by one: a disordered position keeps one label for all its species.
      List<String> written = new ArrayList<>();
      int n = Math.max(labels.size(), types.size());
      for (int i = 0; i < n; i++) {
        CifValue type = i < types.size() && !types.get(i).isNull() ? types.get(i) : null;
        CifValue label = i < labels.size() && !labels.get(i).isNull() ? labels.get(i) : null;
        if (type == null && label == null) {
          continue;
        }
        counts[2]++;
        String symbol = type != null ? type.text() : label.text();
        List<String> elements = writtenElements(symbol, type != null);
        if (elements.isEmpty()) {
          wrong.put(rel + "#" + s.blockName() + " row " + (i + 1), "'" + symbol
              + "' writes no element, yet the block was read");
        }
        written.addAll(elements);
      }
      for (String e : s.composition().elements()) {
        if (!written.contains(e)) {
          wrong.put(rel + "#" + s.blockName() + " " + e, e + " read, but no row writes it");
        }
      }
    }
  }

  /**
   * The elements {@code symbol} writes: a type symbol whose letters are an element's symbol as
   * written, in capitals or in lower case ({@code Fe3+}, {@code CL}, {@code D} for H), the
   * elements of a mixed symbol, or the element a label begins with ({@code O1A}, {@code Ca2},
   * {@code CL3}, {@code Ow1}). Empty when it writes none (NH3, OH).
   */
  static List<String> writtenElements(String symbol, boolean typeSymbol) {
    String s = symbol.strip();
    List<String> out = new ArrayList<>();
    if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '.')) {
      var m = MIXED_PART.matcher(s);
      while (m.find()) {
        if (Element.isSymbol(m.group())) {
          out.add(m.group());
        }
      }
      return out;
    }
    int letters = 0;
    while (letters < s.length() && Character.isLetter(s.charAt(letters))) {
      letters++;
    }
    String head = s.substring(0, letters);
    if (head.equalsIgnoreCase("D") || head.startsWith("Hw")) {
      out.add("H");
      return out;
    }
    if (head.startsWith("Ow")) {
      out.add("O");
      return out;
    }
    if (typeSymbol) {
      String e = asElement(head);
      if (e != null) {
        out.add(e);
      }
      return out;
    }
    String two = head.length() >= 2 ? asElement(head.substring(0, 2)) : null;
    String one = head.isEmpty() ? null : asElement(head.substring(0, 1));
    if (two != null) {
      out.add(two);
    } else if (one != null) {
      out.add(one);
    }
    return out;
  }

  /** The element {@code letters} spell as written, in capitals or in lower case, up to fermium. */
  private static String asElement(String letters) {
    if (letters.isEmpty() || letters.length() > 2) {
      return null;
    }
    String e = titleCase(letters);
    boolean sameCase = letters.equals(e) || letters.equals(e.toUpperCase(Locale.ROOT))
        || letters.equals(e.toLowerCase(Locale.ROOT));
    return sameCase && Element.isSymbol(e) && Element.require(e).atomicNumber() <= 100 ? e : null;
  }

  private static String titleCase(String two) {
    return two.length() < 2 ? two.toUpperCase(Locale.ROOT) : Character.toUpperCase(two.charAt(0))
        + two.substring(1).toLowerCase(Locale.ROOT);
  }

  private static void checkWritten(String rel, byte[] bytes, List<Structure> structures,
                                   Map<String, String> wrong, int[] counts) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (Structure s : structures) {
      counts[1]++;
      superheavy(rel, s, wrong);
      for (String element : s.composition().elements()) {
        counts[3]++;
        // The symbol as a word: "Sr", "Sr_sv" or "PAW_PBE Sr_sv", never inside another word.
        if (!Pattern.compile("(?<![A-Za-z])" + element + "(?![a-z])").matcher(text).find()) {
          wrong.put(rel, element + " is read but not written in the file");
        }
      }
    }
  }

  private static void superheavy(String rel, Structure s, Map<String, String> wrong) {
    for (String e : s.composition().elements()) {
      if (Element.require(e).atomicNumber() > 100) {
        wrong.put(rel + "#" + s.blockName(), "element " + e + " (Z > 100) read");
      }
    }
  }

  private static List<Structure> structures(RecordParser<Structure> parser, String rel, byte[] b)
      throws IOException {
    return parser.parse(new SourceFile(rel, b.length), new ByteArrayInputStream(b)).records();
  }

  private static List<Structure> calcStructures(RecordParser<Calculation> parser, String rel,
                                                byte[] b) throws IOException {
    List<Structure> out = new ArrayList<>();
    for (Calculation c : parser.parse(new SourceFile(rel, b.length), new ByteArrayInputStream(b))
        .records()) {
      if (c.initialStructure() != null) {
        out.add(c.initialStructure());
      }
      if (c.finalStructure() != null) {
        out.add(c.finalStructure());
      }
    }
    return out;
  }
}
