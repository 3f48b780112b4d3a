package dev.anneal.ingest.crystal.xyz;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.chem.Element;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.crystal.poscar.CartesianCell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads an extended XYZ file (ASE's dialect) into one {@link Structure} per frame, format
 * {@code extxyz}, block name the 0-based frame index.
 *
 * <p>Each frame is an atom count, a comment line of key=value pairs and one line per atom.
 * {@code Lattice="ax ay az bx by bz cx cy cz"} gives the cell as three Cartesian row vectors and
 * {@code Properties=name:type:count:...} the columns (default {@code species:S:1:pos:R:3});
 * species or {@code Z} and {@code pos} are found wherever they are declared. Positions are
 * Cartesian Å and are made fractional with the frame's own cell.
 *
 * <p>A frame without {@code Lattice} (a plain XYZ molecule, or {@code pbc="F F F"}) is rejected
 * as {@code xyz.no_lattice} / {@code xyz.not_periodic}: the structures table is for crystals,
 * which need a cell. Other faults in a frame reject that frame only; a bad atom-count line or a
 * truncated frame ends the file, since the frame boundaries after it cannot be trusted.
 */
public final class ExtendedXyzParser implements RecordParser<Structure> {

  /** The {@code format} of every structure this parser makes. */
  public static final String FORMAT = "extxyz";

  private static final Map<Integer, String> BY_NUMBER = Element.all().stream()
      .collect(Collectors.toMap(Element::atomicNumber, Element::symbol, (a, b) -> a));

  @Override
  public ParseResult<Structure> parse(SourceFile file, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Structure> records = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    int lineNo = 0;
    int frame = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      int countLine = lineNo;
      int natoms = atomCount(line);
      if (natoms < 0) {
        rejections.add(Rejection.atLine(file, "xyz.bad_count", "frame " + frame
            + ": expected an atom count, found '" + line.trim() + "'", lineNo, line));
        break;
      }
      String comment = reader.readLine();
      List<String> atoms = new ArrayList<>(Math.min(natoms, 1 << 16));
      if (comment != null) {
        lineNo++;
        String atom;
        while (atoms.size() < natoms && (atom = reader.readLine()) != null) {
          lineNo++;
          atoms.add(atom);
        }
      }
      if (comment == null || atoms.size() < natoms) {
        rejections.add(Rejection.atLine(file, "xyz.truncated", "frame " + frame + " declares "
            + natoms + " atoms but the file ends after " + atoms.size(), countLine, line));
        break;
      }
      try {
        records.add(frame(file, frame, countLine, comment, atoms));
      } catch (FrameFault f) {
        rejections.add(Rejection.atLine(file, f.reason, "frame " + frame + ": " + f.getMessage(),
            f.line, f.sample));
      } catch (RuntimeException e) {
        // A bug here must cost one frame, not the job; the reason makes it findable.
        rejections.add(Rejection.atLine(file, "xyz.internal_error", "frame " + frame + ": "
            + e.getClass().getSimpleName() + ": " + e.getMessage(), countLine, comment));
      }
      frame++;
    }
    if (records.isEmpty() && rejections.isEmpty()) {
      rejections.add(Rejection.atLine(file, "xyz.empty", "no frame in the file", 0, ""));
    }
    return new ParseResult<>(records, rejections);
  }

  private static Structure frame(SourceFile file, int frame, int countLine, String comment,
                                 List<String> atoms) throws FrameFault {
    int commentLine = countLine + 1;
    CommentLine kv = CommentLine.parse(comment);
    String latticeText = kv.get("Lattice");
    if (latticeText == null) {
      throw new FrameFault("xyz.no_lattice", commentLine, "no Lattice: a molecule, not a crystal",
          comment);
    }
    List<String> warnings = new ArrayList<>();
    String pbc = kv.get("pbc");
    if (pbc != null) {
      long periodic = List.of(pbc.trim().split("[\\s,]+")).stream()
          .filter(t -> t.toUpperCase(Locale.ROOT).startsWith("T")).count();
      if (periodic == 0) {
        throw new FrameFault("xyz.not_periodic", commentLine, "pbc=\"" + pbc
            + "\": a cell that is not periodic in any direction", comment);
      }
      if (periodic < 3) {
        warnings.add("xyz.partial_pbc");
      }
    }
    CartesianCell cell = CartesianCell.of(matrix(latticeText));
    if (cell == null) {
      throw new FrameFault("xyz.bad_lattice", commentLine,
          "Lattice must be nine numbers spanning a volume: '" + latticeText + "'", comment);
    }
    String specText = kv.get("Properties");
    PropertiesSpec spec;
    try {
      spec = PropertiesSpec.parse(specText == null ? PropertiesSpec.DEFAULT : specText);
    } catch (PropertiesSpec.BadSpec e) {
      throw new FrameFault("xyz.bad_properties", commentLine, e.getMessage(), comment);
    }
    List<Site> sites = new ArrayList<>(atoms.size());
    for (int i = 0; i < atoms.size(); i++) {
      int at = commentLine + 1 + i;
      String raw = atoms.get(i);
      String[] t = raw.trim().split("\\s+");
      if (t.length < spec.width()) {
        throw new FrameFault("xyz.bad_atom_line", at, "Properties declare " + spec.width()
            + " columns, the line has " + t.length, raw);
      }
      String element = element(spec, t);
      if (element == null) {
        throw new FrameFault("xyz.unknown_element", at, "'" + (spec.speciesIndex() >= 0
            ? t[spec.speciesIndex()] : t[spec.numberIndex()]) + "' names no element", raw);
      }
      double[] cart = new double[3];
      for (int k = 0; k < 3; k++) {
        cart[k] = number(t[spec.posIndex() + k]);
        if (!Double.isFinite(cart[k])) {
          throw new FrameFault("xyz.bad_position", at, "'" + t[spec.posIndex() + k]
              + "' is not a coordinate", raw);
        }
      }
      double[] f = cell.fractional(cart);
      sites.add(new Site(element, null, 1.0, CartesianCell.wrap(f[0]), CartesianCell.wrap(f[1]),
          CartesianCell.wrap(f[2]), ""));
    }
    return new Structure(file.uri(), FORMAT, Integer.toString(frame), "", cell.lattice(), sites,
        "", 0, warnings);
  }

  /** The element of an atom line: the species column title-cased as ASE does, else Z. */
  private static String element(PropertiesSpec spec, String[] t) {
    if (spec.speciesIndex() >= 0) {
      String s = t[spec.speciesIndex()];
      String symbol = s.isEmpty() ? s
          : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
      return Element.isSymbol(symbol) ? symbol : null;
    }
    double z = number(t[spec.numberIndex()]);
    return z == Math.rint(z) ? BY_NUMBER.get((int) z) : null;
  }

  /** Nine numbers as three rows, or null. */
  private static double[][] matrix(String text) {
    String[] t = text.trim().split("[\\s,]+");
    if (t.length != 9) {
      return null;
    }
    double[][] m = new double[3][3];
    for (int i = 0; i < 9; i++) {
      m[i / 3][i % 3] = number(t[i]);
    }
    return m;
  }

  /** The atom count of a frame's first line, or -1. */
  private static int atomCount(String line) {
    String[] t = line.trim().split("\\s+");
    try {
      int n = Integer.parseInt(t[0]);
      return t.length == 1 && n > 0 ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The number {@code s} spells, or NaN. */
  private static double number(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A fault that rejects one frame. */
  private static final class FrameFault extends Exception {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final int line;
    private final String sample;

    FrameFault(String reason, int line, String message, String sample) {
      super(message, null, false, false);
      this.reason = reason;
      this.line = line;
      this.sample = sample;
    }
  }
}
