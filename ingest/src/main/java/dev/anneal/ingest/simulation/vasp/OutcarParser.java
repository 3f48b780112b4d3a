package dev.anneal.ingest.simulation.vasp;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.fault.FileBudget;
import dev.anneal.ingest.simulation.CalculationBuilder;
import dev.anneal.ingest.simulation.CellBuilder;
import dev.anneal.ingest.simulation.IonicStep;
import dev.anneal.ingest.simulation.TextLines;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a VASP {@code OUTCAR} line by line into one {@link Calculation}: the energies of every
 * ionic step, the last lattice, positions and forces, the stress and the convergence.
 *
 * <p>An ionic step counts once its {@code FREE ENERGIE OF THE ION-ELECTRON SYSTEM} block is
 * complete; the final energy is that block's {@code energy(sigma->0)}, as pymatgen's
 * {@code Outcar.final_energy}. Parameters are {@code param.TAG} from the {@code Startparameter}
 * listing, {@code functional} and {@code potcar}. A file without VASP's closing timing report is
 * cut off: what was complete is kept and an {@code outcar.truncated} rejection is added.
 */
public final class OutcarParser implements RecordParser<Calculation> {

  private static final Pattern VERSION = Pattern.compile("vasp\\.(\\d[\\w.]*)");
  private static final Pattern ITERATION = Pattern.compile("Iteration\\s+(\\d+)\\(\\s*(\\d+)\\)");
  private static final Pattern ASSIGNMENT = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\s*=\\s*([^\\s;]+)");
  private static final List<String> KEPT = List.of("NELM", "NSW", "IBRION", "ISIF", "EDIFF",
      "EDIFFG", "ENCUT", "ISMEAR", "SIGMA", "ISPIN", "GGA", "METAGGA", "LEXCH", "NELECT", "PREC",
      "POTIM", "LEPSILON", "NIONS", "NKPTS", "LSORBIT");

  @Override
  public ParseResult<Calculation> parse(SourceFile file, InputStream in) throws IOException {
    TextLines lines = new TextLines(in);
    State s = new State(file.uri());
    Rejection rejection = null;
    try {
      String line;
      while ((line = lines.next()) != null) {
        s.line(line, lines);
      }
      if (!s.finished) {
        rejection = Rejection.atLine(file, "outcar.truncated", "OUTCAR ends at line "
            + lines.lineNumber() + " without VASP's timing report; " + s.steps + " complete ionic"
            + " steps kept", lines.lineNumber(), lines.lastLine());
      }
    } catch (CutOff e) {
      rejection = Rejection.atLine(file, "outcar.truncated", "OUTCAR ends at line "
          + lines.lineNumber() + " inside a block; " + s.steps + " complete ionic steps kept",
          lines.lineNumber(), lines.lastLine());
    } catch (RuntimeException e) {
      boolean cut = lines.failedOnLastLine();
      rejection = Rejection.atLine(file, cut ? "outcar.truncated" : "outcar.malformed",
          (cut ? "OUTCAR cut off inside its last line " : "unreadable OUTCAR content ")
              + "after " + s.steps + " complete ionic steps: " + e,
          lines.lineNumber(), lines.lastLine());
    }
    if (s.version == null && s.steps == 0) {
      return ParseResult.rejected(rejection != null ? rejection
          : Rejection.atLine(file, "outcar.not_outcar", "no VASP version line", 0, ""));
    }
    Calculation calc = s.build(rejection != null);
    return new ParseResult<>(List.of(calc), rejection == null ? List.of() : List.of(rejection));
  }

  /** The input ended in the middle of a multi-line block. */
  private static final class CutOff extends RuntimeException {
    CutOff() {
      super("file ends inside a block", null, false, false);
    }
  }

  /** What the OUTCAR has said so far; the pending fields belong to the ionic step being read. */
  private static final class State {
    final CalculationBuilder calc;
    final String uri;
    final Map<String, String> params = new HashMap<>();
    final List<String> potcars = new ArrayList<>();
    final List<String> titels = new ArrayList<>();
    int[] ionsPerType;
    String version;
    boolean inHeader = true;
    boolean finished;
    boolean reachedAccuracy;
    boolean scfNotReached;
    int steps;
    int scfIterations;
    int lastStepScf;
    double[][] lattice;
    double[][] initialLattice;
    List<double[]> initialPositions;
    List<double[]> pendingPositions;
    double[][] pendingForces;
    double[][] pendingStress;
    double[][] stepLattice;
    List<double[]> stepPositions;
    Double pendingFree;

    State(String uri) {
      this.uri = uri;
      this.calc = new CalculationBuilder(uri, Calculation.VASP);
    }

    void line(String line, TextLines lines) throws IOException {
      if (version == null) {
        Matcher m = VERSION.matcher(line);
        if (m.find()) {
          version = m.group(1);
          calc.parameter("generator.line", line.trim());
          return;
        }
      }
      String t = line.trim();
      if (t.startsWith("POTCAR:")) {
        potcars.add(t.substring(7).trim());
      } else if (t.startsWith("TITEL")) {
        titels.add(t.substring(t.indexOf('=') + 1).trim());
      } else if (t.startsWith("ions per type")) {
        double[] n = TextLines.numbers(t.substring(t.indexOf('=') + 1));
        ionsPerType = new int[n.length];
        for (int i = 0; i < n.length; i++) {
          ionsPerType[i] = (int) n[i];
        }
      } else if (t.startsWith("---") && t.contains(" Iteration ")) {
        inHeader = false;
        Matcher m = ITERATION.matcher(t);
        if (m.find()) {
          scfIterations = Integer.parseInt(m.group(2));
        }
      } else if (t.startsWith("direct lattice vectors")) {
        lattice = new double[3][];
        for (int i = 0; i < 3; i++) {
          double[] row = TextLines.numbers(require(lines));
          lattice[i] = new double[] {row[0], row[1], row[2]};
        }
        if (initialLattice == null) {
          initialLattice = lattice;
        }
      } else if (t.startsWith("position of ions in cartesian coordinates")
          && initialPositions == null) {
        initialPositions = new ArrayList<>();
        String row;
        while (!(row = require(lines)).isBlank()) {
          double[] v = TextLines.numbers(row);
          initialPositions.add(new double[] {v[0], v[1], v[2]});
        }
      } else if (t.startsWith("POSITION") && t.contains("TOTAL-FORCE")) {
        readPositions(lines);
      } else if (t.startsWith("in kB")) {
        double[] v = TextLines.numbers(t.substring(5));
        // VASP's order is XX YY ZZ XY YZ ZX.
        pendingStress = new double[][] {{v[0], v[3], v[5]}, {v[3], v[1], v[4]}, {v[5], v[4], v[2]}};
      } else if (t.startsWith("free  energy   TOTEN")) {
        pendingFree = TextLines.after(t, "=");
      } else if (t.startsWith("energy  without entropy") && pendingFree != null) {
        endStep(TextLines.after(t, "="), TextLines.after(t, "energy(sigma->0) ="));
      } else if (t.contains("reached required accuracy")) {
        reachedAccuracy = true;
      } else if (t.contains("EDIFF was not reached")) {
        scfNotReached = true;
      } else if (t.startsWith("General timing and accounting")) {
        finished = true;
      } else if (inHeader) {
        Matcher m = ASSIGNMENT.matcher(line);
        while (m.find()) {
          params.putIfAbsent(m.group(1), m.group(2));
        }
      }
    }

    private void readPositions(TextLines lines) throws IOException {
      require(lines);  // the dashed rule
      List<double[]> positions = new ArrayList<>();
      List<double[]> forces = new ArrayList<>();
      String row;
      while (!(row = require(lines)).trim().startsWith("---")) {
        double[] v = TextLines.numbers(row);
        positions.add(new double[] {v[0], v[1], v[2]});
        forces.add(new double[] {v[3], v[4], v[5]});
      }
      pendingPositions = positions;
      pendingForces = forces.toArray(new double[0][]);
    }

    /** The step's energy block is complete: it and the positions read before it now count. */
    private void endStep(double withoutEntropy, double sigma0) {
      steps++;
      lastStepScf = scfIterations;
      FileBudget.step();
      calc.ionicStep(new IonicStep(pendingFree, withoutEntropy, sigma0, scfIterations));
      calc.energyEv(sigma0);
      if (pendingPositions != null) {
        stepPositions = pendingPositions;
        stepLattice = lattice;
        calc.finalForces(pendingForces);
      }
      calc.finalStressKbar(pendingStress);
      pendingFree = null;
      pendingPositions = null;
      scfIterations = 0;
    }

    private static String require(TextLines lines) throws IOException {
      String next = lines.next();
      if (next == null) {
        throw new CutOff();
      }
      return next;
    }

    Calculation build(boolean truncated) {
      calc.codeVersion(version);
      for (String key : KEPT) {
        if (params.containsKey(key)) {
          calc.parameter("param." + key, params.get(key));
        }
      }
      int types = ionsPerType == null ? 0 : ionsPerType.length;
      // TITEL lines come once per type; the "POTCAR:" list is written once per type and then
      // again, so its first 'types' entries are the set.
      List<String> source = titels.size() == types ? titels : potcars;
      List<String> titles = source.subList(0, Math.min(types, source.size()));
      if (!titles.isEmpty()) {
        calc.parameter("potcar", String.join("; ", titles));
      }
      Map<String, String> forFunctional = new HashMap<>(params);
      forFunctional.computeIfPresent("METAGGA", (k, v) -> v.equals("F") ? "--" : v);
      calc.parameter("functional",
          VaspConvergence.functional(forFunctional, titles.isEmpty() ? null : titles.get(0)));
      calc.parameter("units.energy", "eV").parameter("units.length", "Angstrom")
          .parameter("units.stress", "kBar");
      List<String> species = species(titles);
      calc.natoms(species.size());
      if (!species.stream().allMatch(dev.anneal.ingest.chem.Element::isSymbol)) {
        // Checked where read: no cell is built from a type that names no element.
        calc.warning("vasp.unknown_element");
        species = List.of();
      }
      if (initialPositions != null && initialLattice != null
          && species.size() == initialPositions.size()) {
        calc.initialStructure(CellBuilder.fromCartesian(uri, "outcar", "", initialLattice, species,
            initialPositions));
      }
      if (stepPositions != null && stepLattice != null) {
        if (species.size() == stepPositions.size()) {
          calc.finalStructure(CellBuilder.fromCartesian(uri, "outcar", "", stepLattice, species,
              stepPositions));
        } else {
          calc.warning("outcar.species_unknown");
        }
      }
      if (steps > 0) {
        boolean electronic = !scfNotReached
            && lastStepScf < VaspConvergence.intParam(params, "NELM", 60);
        boolean ionic = !truncated
            && (reachedAccuracy || VaspConvergence.ionic(params, steps));
        calc.convergence(electronic, ionic);
      }
      if (truncated) {
        calc.truncated().warning("outcar.truncated");
      }
      return calc.build();
    }

    private List<String> species(List<String> titles) {
      List<String> out = new ArrayList<>();
      if (ionsPerType == null || titles.size() != ionsPerType.length) {
        return out;
      }
      for (int i = 0; i < titles.size(); i++) {
        String[] words = titles.get(i).split("\\s+");
        String symbol = VasprunHeader.element(words.length > 1 ? words[1] : words[0]);
        for (int k = 0; k < ionsPerType[i]; k++) {
          out.add(symbol);
        }
      }
      return out;
    }
  }
}
