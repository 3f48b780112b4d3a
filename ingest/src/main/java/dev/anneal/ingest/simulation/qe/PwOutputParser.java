package dev.anneal.ingest.simulation.qe;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.fault.FileBudget;
import dev.anneal.ingest.simulation.CalculationBuilder;
import dev.anneal.ingest.simulation.CellBuilder;
import dev.anneal.ingest.simulation.IonicStep;
import dev.anneal.ingest.simulation.TextLines;
import dev.anneal.ingest.simulation.Units;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Quantum ESPRESSO {@code pw.x} standard output into one {@link Calculation}: every
 * {@code !} total energy (Ry → eV), the cell and positions (initial, then each
 * {@code ATOMIC_POSITIONS}/{@code CELL_PARAMETERS} block of a relaxation), the last forces
 * (Ry/Bohr → eV/Å) and stress (kbar) and the SCF and BFGS convergence. The final structure is
 * the geometry of the last SCF energy (or the {@code final coordinates} of a finished relaxation).
 *
 * <p>Parameters: {@code param.alat_bohr}, {@code param.ecutwfc_ry}, {@code param.ecutrho_ry},
 * {@code param.conv_thr_ry}, {@code param.nat}, {@code param.nelec}, {@code param.smearing},
 * {@code functional}, {@code kpoints.count}, {@code energy_ry} (the final energy as written) and
 * {@code calculation} ({@code scf}, {@code relax} or {@code md}, inferred from the output). A file
 * without {@code JOB DONE.} is cut off and gets a {@code qe.truncated} rejection.
 */
public final class PwOutputParser implements RecordParser<Calculation> {

  private static final Pattern VERSION = Pattern.compile("Program PWSCF v\\.?\\s*(\\S+)");
  private static final Pattern TAU = Pattern.compile(
      "^\\s*\\d+\\s+(\\S+)\\s+tau\\(\\s*\\d+\\)\\s*=\\s*\\(([^)]*)\\)");

  @Override
  public ParseResult<Calculation> parse(SourceFile file, InputStream in) throws IOException {
    TextLines lines = new TextLines(in);
    PwState s = new PwState(file.uri());
    Rejection rejection = null;
    try {
      String line;
      while ((line = lines.next()) != null) {
        s.line(line, lines);
      }
      if (!s.jobDone) {
        rejection = Rejection.atLine(file, "qe.truncated", "pw.x output ends at line "
            + lines.lineNumber() + " without JOB DONE; " + s.energiesRy.size()
            + " complete SCF energies kept", lines.lineNumber(), lines.lastLine());
      }
    } catch (PwBlocks.CutOff e) {
      rejection = Rejection.atLine(file, "qe.truncated", "pw.x output ends at line "
          + lines.lineNumber() + " inside a block; " + s.energiesRy.size()
          + " complete SCF energies kept", lines.lineNumber(), lines.lastLine());
    } catch (RuntimeException e) {
      boolean cut = lines.failedOnLastLine();
      rejection = Rejection.atLine(file, cut ? "qe.truncated" : "qe.malformed",
          (cut ? "pw.x output cut off inside its last line " : "unreadable pw.x output content ")
              + "after " + s.energiesRy.size() + " SCF energies: " + e,
          lines.lineNumber(), lines.lastLine());
    }
    if (s.version == null) {
      return ParseResult.rejected(
          Rejection.atLine(file, "qe.not_pwscf", "no 'Program PWSCF' line", 0, ""));
    }
    Calculation calc = s.build(rejection != null);
    return new ParseResult<>(List.of(calc), rejection == null ? List.of() : List.of(rejection));
  }

  /** What the output has said so far. */
  private static final class PwState {
    final CalculationBuilder calc;
    final String uri;
    final List<Double> energiesRy = new ArrayList<>();
    String version;
    boolean jobDone;
    double alat = Double.NaN;
    double[][] cell;
    List<String> species = new ArrayList<>();
    List<double[]> positions;
    boolean positionsFractional;
    int scfIterations;
    Boolean scfConverged;
    boolean relaxation;
    boolean dynamics;
    boolean bfgsConverged;
    boolean maxStepsReached;
    Double internalEnergyRy;
    boolean finalCoordinates;
    Structure evaluated;
    Structure initial;

    PwState(String uri) {
      this.uri = uri;
      this.calc = new CalculationBuilder(uri, Calculation.QE);
    }

    void line(String line, TextLines lines) throws IOException {
      String t = line.trim();
      if (version == null) {
        Matcher m = VERSION.matcher(t);
        if (m.find()) {
          version = m.group(1);
        }
        return;
      }
      if (t.startsWith("lattice parameter (alat)")) {
        alat = TextLines.after(t, "=");
        calc.parameter("param.alat_bohr", Double.toString(alat));
      } else if (t.startsWith("celldm(1)=")) {
        // celldm(1) is alat with six decimals where the line above gives four (1.8897 vs
        // 1.889726): 5e-5 Å on a 3.4 Å cell, enough to miss ASE by more than 1e-5.
        double celldm1 = TextLines.after(t, "celldm(1)=");
        if (celldm1 > 0) {
          alat = celldm1;
          calc.parameter("param.alat_bohr", Double.toString(alat));
        }
      } else if (t.startsWith("crystal axes:")) {
        cell = new double[3][];
        for (int i = 0; i < 3; i++) {
          String row = PwBlocks.require(lines);
          double[] v = TextLines.numbers(row.substring(row.indexOf('=') + 1));
          cell[i] = scale(v, alat * Units.BOHR_ANGSTROM);
        }
      } else if (t.startsWith("site n.") && t.contains("(alat units)")) {
        readTau(lines);
      } else if (t.startsWith("ATOMIC_POSITIONS")) {
        relaxation = true;
        String unit = PwCell.unit(t);
        PwBlocks.Positions p = PwBlocks.positions(lines);
        species = p.labels().stream().map(PwCell::element).toList();
        positionsFractional = unit.startsWith("crystal");
        positions = positionsFractional ? p.coords() : scaleAll(p.coords(), PwCell.toAngstrom(unit, alat));
      } else if (t.startsWith("CELL_PARAMETERS")) {
        double headerAlat = PwCell.alatOfHeader(t);
        if (!Double.isNaN(headerAlat)) {
          alat = headerAlat;
        }
        double f = PwCell.toAngstrom(PwCell.unit(t), alat);
        cell = new double[3][];
        for (int i = 0; i < 3; i++) {
          cell[i] = scale(TextLines.numbers(PwBlocks.require(lines)), f);
        }
      } else if (t.startsWith("iteration #")) {
        scfIterations++;
      } else if (t.startsWith("!") && t.contains("total energy")) {
        double ry = TextLines.after(t, "=");
        energiesRy.add(ry);
        internalEnergyRy = null;
      } else if (t.startsWith("internal energy E=F+TS")) {
        internalEnergyRy = TextLines.after(t, "=");
      } else if (t.startsWith("convergence has been achieved")) {
        endScf(true);
      } else if (t.startsWith("convergence NOT achieved")) {
        endScf(false);
      } else if (t.startsWith("Forces acting on atoms")) {
        calc.finalForces(PwBlocks.forces(lines, Units.RYDBERG_EV / Units.BOHR_ANGSTROM));
      } else if (t.startsWith("total   stress")) {
        double[][] kbar = new double[3][];
        for (int i = 0; i < 3; i++) {
          double[] v = TextLines.numbers(PwBlocks.require(lines));
          kbar[i] = new double[] {v[3], v[4], v[5]};
        }
        calc.finalStressKbar(kbar);
      } else if (t.startsWith("Exchange-correlation")) {
        calc.parameter("functional", t.substring(t.indexOf('=') + 1).trim());
      } else if (t.startsWith("kinetic-energy cutoff")) {
        calc.parameter("param.ecutwfc_ry", fmt(TextLines.after(t, "=")));
      } else if (t.startsWith("charge density cutoff")) {
        calc.parameter("param.ecutrho_ry", fmt(TextLines.after(t, "=")));
      } else if (t.startsWith("scf convergence threshold")) {
        calc.parameter("param.conv_thr_ry", fmt(TextLines.after(t, "=")));
      } else if (t.startsWith("number of atoms/cell")) {
        calc.parameter("param.nat", fmt(TextLines.after(t, "=")));
      } else if (t.startsWith("number of electrons")) {
        calc.parameter("param.nelec", fmt(TextLines.after(t, "=")));
      } else if (t.startsWith("number of k points=")) {
        calc.parameter("kpoints.count", fmt(TextLines.after(t, "=")));
        String rest = t.replaceFirst("number of k points=\\s*\\d+", "").trim();
        if (!rest.isEmpty()) {
          calc.parameter("param.smearing", rest);
        }
      } else if (t.contains("BFGS Geometry Optimization")) {
        relaxation = true;
      } else if (t.startsWith("Begin final coordinates")) {
        finalCoordinates = true;
      } else if (t.startsWith("bfgs converged")) {
        bfgsConverged = true;
      } else if (t.contains("maximum number of steps has been reached")) {
        maxStepsReached = true;
      } else if (t.contains("Molecular Dynamics Calculation") || t.startsWith("Entering Dynamics")) {
        dynamics = true;
      } else if (t.equals("JOB DONE.")) {
        jobDone = true;
      }
    }

    private void endScf(boolean converged) {
      scfConverged = converged;
      if (energiesRy.isEmpty()) {
        return;
      }
      double ry = energiesRy.get(energiesRy.size() - 1);
      Double internal = internalEnergyRy == null ? null : internalEnergyRy * Units.RYDBERG_EV;
      FileBudget.step();
      calc.ionicStep(new IonicStep(ry * Units.RYDBERG_EV, internal, null, scfIterations));
      scfIterations = 0;
      // The geometry this energy belongs to: BFGS prints the next geometry before its SCF runs.
      evaluated = structure();
    }

    private void readTau(TextLines lines) throws IOException {
      List<String> labels = new ArrayList<>();
      List<double[]> coords = new ArrayList<>();
      String row;
      while ((row = PwBlocks.require(lines)).contains("tau(")) {
        Matcher m = TAU.matcher(row);
        if (!m.find()) {
          break;
        }
        labels.add(PwCell.element(m.group(1)));
        coords.add(scale(TextLines.numbers(m.group(2)), alat * Units.BOHR_ANGSTROM));
      }
      species = labels;
      positions = coords;
      positionsFractional = false;
      if (initial == null) {
        initial = structure();
        calc.initialStructure(initial);
      }
    }

    Calculation build(boolean truncated) {
      calc.codeVersion(version);
      calc.parameter("calculation", dynamics ? "md" : relaxation ? "relax" : "scf");
      calc.parameter("units.energy_written", "Ry").parameter("units.length_written", "Bohr")
          .parameter("units.stress_written", "kbar");
      if (!energiesRy.isEmpty()) {
        double last = energiesRy.get(energiesRy.size() - 1);
        calc.parameter("energy_ry", Double.toString(last));
        // An energy whose SCF did not end (cut mid-step) is not a result; the last ended one is.
        List<IonicStep> done = calc.ionicSteps();
        calc.energyEv(done.isEmpty() ? null : done.get(done.size() - 1).freeEnergyEv());
      }
      // A run cut between a BFGS step and its SCF has a newer geometry without an energy; the
      // record pairs the final energy with the geometry it was computed for.
      calc.finalStructure(finalCoordinates || evaluated == null ? structure() : evaluated);
      if (scfConverged != null) {
        boolean ionic = !truncated && (!relaxation || dynamics || (bfgsConverged && !maxStepsReached));
        calc.convergence(scfConverged, ionic);
      }
      if (truncated) {
        calc.truncated().warning("qe.truncated");
      }
      return calc.build();
    }

    private Structure structure() {
      if (cell == null || positions == null || species.isEmpty()) {
        return null;
      }
      return positionsFractional
          ? CellBuilder.fromFractional(uri, "qe-pw", "", cell, species, positions)
          : CellBuilder.fromCartesian(uri, "qe-pw", "", cell, species, positions);
    }

    private static String fmt(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
          : String.format(Locale.ROOT, "%s", v);
    }

    private static double[] scale(double[] v, double f) {
      return new double[] {v[0] * f, v[1] * f, v[2] * f};
    }

    private static List<double[]> scaleAll(List<double[]> vs, double f) {
      return vs.stream().map(v -> scale(v, f)).toList();
    }
  }
}
