package dev.anneal.ingest.crystal.poscar;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.chem.Element;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a VASP POSCAR or CONTCAR (VASP 4, 5 or 6) into one {@link Structure} with format
 * {@code poscar}; a file that cannot be read becomes one {@code poscar.*} rejection with a line.
 *
 * <p>Read as pymatgen's {@code Poscar.from_string} reads it: the scale line holds one factor, a
 * negative target volume (Å³) or, as VASP 6 allows, three factors for the x, y and z Cartesian
 * components; Cartesian positions are scaled like the lattice. Species come from the species
 * line(s) (VASP 5+, POTCAR suffixes such as {@code Fe_pv/hash} stripped); failing that from
 * element symbols after each position (as pymatgen does), then from the comment line (as ASE
 * does). Where pymatgen would invent {@code H, He, …} we reject with {@code poscar.no_species}:
 * training data must not carry made-up chemistry. Velocities and predictor-corrector blocks
 * after the positions are ignored.
 */
public final class PoscarParser implements RecordParser<Structure> {

  /** The {@code format} of every structure this parser makes. */
  public static final String FORMAT = "poscar";

  @Override
  public ParseResult<Structure> parse(SourceFile file, InputStream in) throws IOException {
    return parse(file, in.readAllBytes());
  }

  /** Parses the bytes of {@code file}. */
  public ParseResult<Structure> parse(SourceFile file, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n|\r", -1);
    try {
      return ParseResult.of(List.of(new PoscarReader(file.uri(), lines).read()));
    } catch (PoscarFault f) {
      String sample = f.line() >= 1 && f.line() <= lines.length ? lines[f.line() - 1] : "";
      return ParseResult.rejected(Rejection.atLine(file, f.reason(), f.getMessage(), f.line(),
          sample));
    } catch (RuntimeException e) {
      // A bug here must cost one file, not the job; the reason makes it findable.
      return ParseResult.rejected(Rejection.atLine(file, "poscar.internal_error",
          e.getClass().getSimpleName() + ": " + e.getMessage(), 0, ""));
    }
  }

  /** One pass over the lines of one file. */
  private static final class PoscarReader {

    /** How many lines species may spread over before we stop looking for counts (pymatgen: 10). */
    private static final int MAX_SPECIES_LINES = 10;

    private final String uri;
    private final String[] lines;
    private final List<String> warnings = new ArrayList<>();
    /** 0-based index of the next line to read. */
    private int next;
    /** The per-axis factor Cartesian positions are multiplied by; set with the lattice. */
    private double[] positionScale = {1, 1, 1};

    PoscarReader(String uri, String[] lines) {
      this.uri = uri;
      this.lines = lines;
    }

    Structure read() throws PoscarFault {
      String comment = line("comment");
      double[] scale = scaleLine();
      int latticeLine = next + 1;
      double[][] raw = new double[3][];
      for (int i = 0; i < 3; i++) {
        raw[i] = numbers(line("lattice vector"), 3, "poscar.bad_lattice", "lattice vector");
      }
      double[][] rows = scaled(raw, scale, latticeLine);
      CartesianCell cell = CartesianCell.of(rows);
      if (cell == null) {
        throw new PoscarFault("poscar.bad_lattice", latticeLine,
            "the lattice vectors span no volume");
      }

      List<String> speciesTokens = new ArrayList<>();
      int speciesLine = 0;
      String[] tokens = tokens(line("species or counts"));
      if (!isInteger(tokens[0])) {
        // VASP 5+: a species line; pymatgen also accepts species and counts spread over several
        // lines (VASP writes them so when there are more than 20 groups).
        speciesLine = next;
        int speciesLines = 0;
        while (!isInteger(tokens[0])) {
          if (tokens[0].isEmpty()) {
            // a blank line ends the position block for pymatgen too: the counts never came
            throw new PoscarFault("poscar.truncated", next, "a blank line where the atom"
                + " counts should be");
          }
          if (speciesLines == MAX_SPECIES_LINES) {
            throw new PoscarFault("poscar.bad_counts", next, "no atom counts after "
                + MAX_SPECIES_LINES + " species lines");
          }
          speciesTokens.addAll(List.of(tokens));
          speciesLines++;
          tokens = tokens(line("counts"));
        }
        next--;
        List<Integer> counts = new ArrayList<>();
        int countsLine = next + 1;
        for (int i = 0; i < speciesLines; i++) {
          counts.addAll(counts(line("counts")));
        }
        return finish(comment, cell, speciesTokens, speciesLine, counts, countsLine);
      }
      next--;
      int countsLine = next + 1;
      List<Integer> counts = counts(line("counts"));
      return finish(comment, cell, speciesTokens, speciesLine, counts, countsLine);
    }

    private Structure finish(String comment, CartesianCell cell, List<String> speciesTokens,
                             int speciesLine, List<Integer> counts, int countsLine)
        throws PoscarFault {
      if (!speciesTokens.isEmpty() && speciesTokens.size() != counts.size()) {
        throw new PoscarFault("poscar.count_mismatch", countsLine, speciesTokens.size()
            + " species but " + counts.size() + " counts");
      }
      String mode = line("coordinate mode").trim();
      boolean selective = !mode.isEmpty() && (mode.charAt(0) == 's' || mode.charAt(0) == 'S');
      if (selective) {
        mode = line("coordinate mode").trim();
      }
      if (mode.isEmpty()) {
        throw new PoscarFault("poscar.truncated", next, "no Direct/Cartesian line");
      }
      char m = Character.toLowerCase(mode.charAt(0));
      boolean cartesian = m == 'c' || m == 'k';
      int total = counts.stream().mapToInt(Integer::intValue).sum();
      int firstPosition = next + 1;
      double[][] positions = new double[total][];
      List<String> trailing = new ArrayList<>();
      int trailingIndex = selective ? 6 : 3;
      for (int i = 0; i < total; i++) {
        if (next >= lines.length || lines[next].isBlank()) {
          throw new PoscarFault("poscar.truncated", next + 1, "counts say " + total
              + " atoms but the positions end after " + i);
        }
        String raw = line("position");
        positions[i] = numbers(raw, 3, "poscar.bad_position", "position");
        String[] t = tokens(raw);
        trailing.add(t.length > trailingIndex ? t[trailingIndex] : "");
      }
      List<String> perSite = species(comment, speciesTokens, speciesLine, counts, trailing,
          firstPosition);
      List<Site> sites = new ArrayList<>(total);
      for (int i = 0; i < total; i++) {
        double[] p = positions[i];
        double[] frac = cartesian ? cell.fractional(new double[] {p[0] * positionScale[0],
            p[1] * positionScale[1], p[2] * positionScale[2]}) : p;
        sites.add(new Site(perSite.get(i), null, 1.0, CartesianCell.wrap(frac[0]),
            CartesianCell.wrap(frac[1]), CartesianCell.wrap(frac[2]), ""));
      }
      return new Structure(uri, FORMAT, comment.trim(), "", cell.lattice(), sites, "", 0,
          warnings);
    }

    /** One element symbol per site, from the first source that names every species. */
    private List<String> species(String comment, List<String> tokens, int speciesLine,
                                 List<Integer> counts, List<String> trailing, int firstPosition)
        throws PoscarFault {
      List<String> perType = new ArrayList<>();
      if (!tokens.isEmpty()) {
        for (String token : tokens) {
          String element = PoscarSpecies.element(token);
          if (element == null) {
            throw new PoscarFault("poscar.unknown_element", speciesLine,
                "'" + token + "' names no element");
          }
          if (!element.equals(token) && !warnings.contains("poscar.potcar_suffix_stripped")) {
            warnings.add("poscar.potcar_suffix_stripped");
          }
          perType.add(element);
        }
        return expand(perType, counts);
      }
      if (trailing.stream().allMatch(Element::isSymbol)) {
        warnings.add("poscar.species_from_positions");
        return trailing;
      }
      List<String> fromComment = PoscarSpecies.fromComment(comment);
      if (fromComment.size() >= counts.size()) {
        warnings.add("poscar.species_from_comment");
        return expand(fromComment.subList(0, counts.size()), counts);
      }
      throw new PoscarFault("poscar.no_species", 1, "VASP 4 file: no species line, no symbols"
          + " after the positions (line " + firstPosition + " on) and the comment line names "
          + fromComment.size() + " of " + counts.size() + " species");
    }

    private static List<String> expand(List<String> perType, List<Integer> counts) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < counts.size(); i++) {
        for (int k = 0; k < counts.get(i); k++) {
          out.add(perType.get(i));
        }
      }
      return out;
    }

    /** Line 2: one scale, a negative volume, or three per-axis scales (VASP 6). */
    private double[] scaleLine() throws PoscarFault {
      int at = next + 1;
      String[] t = tokens(line("scale factor"));
      List<Double> values = new ArrayList<>();
      for (String s : t) {
        Double v = parseDouble(s);
        if (v == null || values.size() == 3) {
          break;
        }
        values.add(v);
      }
      if (values.size() == 1 && values.get(0) != 0 && Double.isFinite(values.get(0))) {
        return new double[] {values.get(0)};
      }
      if (values.size() == 3 && values.stream().allMatch(v -> v > 0 && Double.isFinite(v))) {
        return new double[] {values.get(0), values.get(1), values.get(2)};
      }
      throw new PoscarFault("poscar.bad_scale", at, "the scale line must hold one non-zero"
          + " number (negative: cell volume) or three positive numbers");
    }

    /**
     * The lattice rows with the scale applied, per Cartesian axis. A negative scale is a target
     * volume: the factor is derived from it and then used for Cartesian positions too, as VASP
     * does (pymatgen 2022 multiplies Cartesian positions by the negative number itself).
     */
    private double[][] scaled(double[][] raw, double[] scale, int at) throws PoscarFault {
      double[][] rows = new double[3][3];
      double[] s;
      if (scale.length == 3) {
        s = scale;
      } else if (scale[0] < 0) {
        double volume = Math.abs(CartesianCell.determinant(raw));
        if (!(volume > 0)) {
          throw new PoscarFault("poscar.bad_lattice", at, "the lattice vectors span no volume");
        }
        double f = Math.cbrt(-scale[0] / volume);
        s = new double[] {f, f, f};
      } else {
        s = new double[] {scale[0], scale[0], scale[0]};
      }
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          rows[i][j] = raw[i][j] * s[j];
        }
      }
      positionScale = s;
      return rows;
    }

    private List<Integer> counts(String raw) throws PoscarFault {
      List<Integer> out = new ArrayList<>();
      for (String t : tokens(raw)) {
        if (t.startsWith("!") || t.startsWith("#")) {
          break;
        }
        Integer n = isInteger(t) ? Integer.valueOf(t) : null;
        if (n == null || n < 0) {
          throw new PoscarFault("poscar.bad_counts", next, "'" + t + "' is not an atom count");
        }
        out.add(n);
      }
      if (out.isEmpty() || out.stream().mapToInt(Integer::intValue).sum() == 0) {
        throw new PoscarFault("poscar.bad_counts", next, "no atoms counted");
      }
      return out;
    }

    private double[] numbers(String raw, int n, String reason, String what) throws PoscarFault {
      String[] t = tokens(raw);
      double[] out = new double[n];
      for (int i = 0; i < n; i++) {
        Double v = i < t.length ? parseDouble(t[i]) : null;
        if (v == null || !Double.isFinite(v)) {
          throw new PoscarFault(reason, next, "a " + what + " needs " + n + " numbers");
        }
        out[i] = v;
      }
      return out;
    }

    /** The next line, or a truncation fault naming what was expected. */
    private String line(String what) throws PoscarFault {
      if (next >= lines.length || (next == lines.length - 1 && lines[next].isEmpty())) {
        throw new PoscarFault("poscar.truncated", Math.min(next + 1, lines.length),
            "the file ends where the " + what + " line should be");
      }
      return lines[next++];
    }

    private static String[] tokens(String raw) {
      String t = raw.trim();
      return t.isEmpty() ? new String[] {""} : t.split("\\s+");
    }

    private static boolean isInteger(String s) {
      if (s.isEmpty() || s.length() > 9) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static Double parseDouble(String s) {
      try {
        // Fortran writes exponents as D as well as E
        return Double.valueOf(s.replace('D', 'E').replace('d', 'e'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
