package dev.anneal.ingest.simulation;

import dev.anneal.ingest.ContentHash;
import dev.anneal.ingest.crystal.Structure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what a reader finds in one run and builds the {@link Calculation}, deriving the
 * content id, the energy per atom, the stress in GPa and the per-column statistics.
 */
public final class CalculationBuilder {

  private final String sourceUri;
  private final String code;
  private String codeVersion = "";
  private Structure initialStructure;
  private Structure finalStructure;
  private Double energyEv;
  private int natoms;
  private Boolean convergedElectronic;
  private Boolean convergedIonic;
  private boolean complete = true;
  private final Map<String, String> parameters = new TreeMap<>();
  private final List<IonicStep> ionicSteps = new ArrayList<>();
  private double[][] finalForces;
  private double[][] finalStressKbar;
  private final Map<String, double[]> series = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  /** Starts a calculation of {@code code} read from {@code sourceUri}. */
  public CalculationBuilder(String sourceUri, String code) {
    this.sourceUri = sourceUri;
    this.code = code;
  }

  public CalculationBuilder codeVersion(String version) {
    this.codeVersion = version == null ? "" : version.trim();
    return this;
  }

  public CalculationBuilder initialStructure(Structure structure) {
    this.initialStructure = structure;
    return this;
  }

  public CalculationBuilder finalStructure(Structure structure) {
    this.finalStructure = structure;
    return this;
  }

  public Structure finalStructure() {
    return finalStructure;
  }

  public CalculationBuilder energyEv(Double energy) {
    this.energyEv = energy;
    return this;
  }

  /** The atom count to divide the energy by when no structure was read (e.g. VASP atominfo). */
  public CalculationBuilder natoms(int n) {
    this.natoms = n;
    return this;
  }

  public CalculationBuilder convergence(Boolean electronic, Boolean ionic) {
    this.convergedElectronic = electronic;
    this.convergedIonic = ionic;
    return this;
  }

  /** Marks the file as cut off: the run then never counts as converged. */
  public CalculationBuilder truncated() {
    this.complete = false;
    return this;
  }

  public CalculationBuilder parameter(String key, String value) {
    if (value != null) {
      parameters.put(key, value.trim());
    }
    return this;
  }

  public String parameter(String key) {
    return parameters.get(key);
  }

  public CalculationBuilder ionicStep(IonicStep step) {
    ionicSteps.add(step);
    return this;
  }

  public List<IonicStep> ionicSteps() {
    return ionicSteps;
  }

  public CalculationBuilder finalForces(double[][] forces) {
    this.finalForces = forces;
    return this;
  }

  public double[][] finalForces() {
    return finalForces;
  }

  public CalculationBuilder finalStressKbar(double[][] stress) {
    this.finalStressKbar = stress;
    return this;
  }

  public CalculationBuilder series(String column, double[] values) {
    series.put(column, values);
    return this;
  }

  public CalculationBuilder warning(String code) {
    if (!warnings.contains(code)) {
      warnings.add(code);
    }
    return this;
  }

  /** The finished calculation. */
  public Calculation build() {
    Structure counted = finalStructure != null ? finalStructure : initialStructure;
    int n = counted != null ? counted.sites().size() : natoms;
    Double perAtom = energyEv != null && n > 0 ? energyEv / n : null;
    boolean converged = complete && !Boolean.FALSE.equals(convergedElectronic)
        && !Boolean.FALSE.equals(convergedIonic)
        && (convergedElectronic != null || convergedIonic != null);
    Map<String, SeriesStats> stats = new LinkedHashMap<>();
    series.forEach((k, v) -> stats.put(k, SeriesStats.of(v)));
    return new Calculation(contentHash(), sourceUri, code, codeVersion, initialStructure,
        finalStructure, energyEv, perAtom, convergedElectronic, convergedIonic, converged,
        parameters, ionicSteps, finalForces, finalStressKbar, scaled(finalStressKbar, Units.KBAR_GPA),
        series, stats, warnings);
  }

  /**
   * Hashes what identifies the run's content, not its location: the same output copied twice
   * gets one id, while two runs differing in any step energy or series value get two.
   */
  private String contentHash() {
    StringBuilder content = new StringBuilder();
    parameters.forEach((k, v) -> content.append(k).append('=').append(v).append('\n'));
    for (IonicStep s : ionicSteps) {
      // The text String.format("%s %s %s %d%n") gave when these ids were defined.
      content.append(s.freeEnergyEv()).append(' ').append(s.energyNoEntropyEv()).append(' ')
          .append(s.energySigma0Ev()).append(' ').append(s.electronicSteps())
          .append(System.lineSeparator());
    }
    series.forEach((k, v) -> content.append(k).append(':').append(v.length).append(':')
        .append(java.util.Arrays.hashCode(v)).append('\n'));
    return ContentHash.of("calculation", code, codeVersion, String.valueOf(energyEv),
        finalStructure == null ? "" : finalStructure.contentHash(), content.toString());
  }

  private static double[][] scaled(double[][] m, double factor) {
    if (m == null) {
      return null;
    }
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = new double[m[i].length];
      for (int j = 0; j < m[i].length; j++) {
        out[i][j] = m[i][j] * factor;
      }
    }
    return out;
  }
}
