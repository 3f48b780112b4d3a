package dev.anneal.ingest.simulation.lammps;

import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.simulation.CalculationBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One {@code run} or {@code minimize} of a LAMMPS log while it is read, and its calculation. */
final class LammpsRun {

  final ThermoTable table = new ThermoTable();
  final List<String> warnings = new ArrayList<>();
  private final CalculationBuilder calc;
  private final String units;
  private final String command;
  private boolean complete;
  private boolean truncated;
  private String stopping;
  private int atoms;

  LammpsRun(String uri, int index, String units, String command, String thermoStyle) {
    this.calc = new CalculationBuilder(uri, Calculation.LAMMPS);
    this.units = units;
    this.command = command;
    calc.parameter("units", units).parameter("run.index", Integer.toString(index))
        .parameter("run.command", command).parameter("thermo_style", thermoStyle);
  }

  void format(String format) {
    calc.parameter("thermo.format", format);
  }

  void loop(String seconds, String procs, String steps, String atomCount) {
    calc.parameter("loop.time_s", seconds).parameter("loop.procs", procs)
        .parameter("loop.steps", steps).parameter("loop.atoms", atomCount);
    atoms = Integer.parseInt(atomCount);
  }

  void complete() {
    complete = true;
  }

  void truncated() {
    truncated = true;
  }

  void stoppingCriterion(String criterion) {
    stopping = criterion;
    calc.parameter("minimize.stopping_criterion", criterion);
  }

  Calculation build(String version) {
    calc.codeVersion(version);
    table.series().forEach(calc::series);
    for (String w : warnings) {
      calc.warning("lammps.warning: " + w.replaceFirst("^WARNING:\\s*", ""));
    }
    // Energies are eV only in the metal (and electron: Hartree) styles; only metal maps cleanly.
    if (units.equals("metal") && table.rows() > 0 && table.names().contains("PotEng")) {
      double[] pe = table.series().get("PotEng");
      calc.energyEv(pe[pe.length - 1]).natoms(atoms);
    }
    boolean minimize = command.toLowerCase(Locale.ROOT).startsWith("minimize");
    // An MD run has nothing to converge; a minimisation converges unless it ran out of steps.
    boolean ionic = complete && !truncated
        && (!minimize || stopping == null || !stopping.startsWith("max"));
    calc.convergence(null, ionic);
    if (truncated || !complete) {
      calc.truncated().warning("lammps.truncated");
    }
    return calc.build();
  }
}
