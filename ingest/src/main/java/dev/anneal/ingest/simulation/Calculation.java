package dev.anneal.ingest.simulation;

import dev.anneal.ingest.crystal.Structure;
import java.util.List;
import java.util.Map;

/**
 * One simulation run as read from its output: the row of the {@code raw/calculations} table.
 *
 * <p>Units are fixed whatever the code: energies in eV, lengths in Å, forces in eV/Å, stress in
 * kBar (as VASP writes it, compressive positive) and in GPa. The code's own settings and units
 * stay, as written, in {@code parameters}. Arrays are not copied (they can be large MD series),
 * so callers must not mutate them, and record equality on them is by identity.
 *
 * @param contentHash      content hash of the run (code, version, parameters, energies,
 *                         structure); the table's {@code calc_id} adds where it was read
 * @param sourceUri        the file, or archive member, it came from
 * @param code             {@code vasp}, {@code qe} or {@code lammps}
 * @param codeVersion      the version the code printed, e.g. {@code 6.3.2}, or ""
 * @param initialStructure the structure the run started from, or null when not written
 * @param finalStructure   the last complete structure, or null when not written
 * @param energyEv         the final total energy in eV (VASP: pymatgen's {@code final_energy},
 *                         i.e. e_0_energy; QE: the last {@code !} energy), or null
 * @param energyPerAtomEv  {@code energyEv} divided by the number of atoms, or null
 * @param convergedElectronic the last ionic step's SCF converged, or null when not applicable
 * @param convergedIonic   the relaxation converged, or null: VASP follows pymatgen (NSW ≤ 1 or
 *                         fewer steps than NSW, so an MD run that ran all NSW steps is false);
 *                         QE is true for SCF and MD, BFGS-converged for relaxations; LAMMPS is
 *                         true for a complete run unless a minimisation stopped on a max limit
 * @param converged        electronic and ionic convergence both hold, and the file is complete
 * @param parameters       input parameters and settings as written (INCAR tags, functional,
 *                         k-points, units style…), keyed by names documented per reader
 * @param ionicSteps       the energies of every complete ionic step, in file order
 * @param finalForces      forces on each site of the last complete step, eV/Å, or null
 * @param finalStressKbar  the last stress tensor (3×3) in kBar, or null
 * @param finalStressGpa   the same tensor in GPa, or null
 * @param series           per-row numeric columns (LAMMPS thermo), keyed by column name; empty otherwise
 * @param seriesStats      summary statistics per {@code series} column
 * @param warnings         stable codes for what looked wrong but did not stop the reader
 */
public record Calculation(String contentHash, String sourceUri, String code, String codeVersion,
                          Structure initialStructure, Structure finalStructure, Double energyEv,
                          Double energyPerAtomEv, Boolean convergedElectronic,
                          Boolean convergedIonic, boolean converged, Map<String, String> parameters,
                          List<IonicStep> ionicSteps, double[][] finalForces,
                          double[][] finalStressKbar, double[][] finalStressGpa,
                          Map<String, double[]> series, Map<String, SeriesStats> seriesStats,
                          List<String> warnings) {

  /** Code name of VASP runs. */
  public static final String VASP = "vasp";
  /** Code name of Quantum ESPRESSO runs. */
  public static final String QE = "qe";
  /** Code name of LAMMPS runs. */
  public static final String LAMMPS = "lammps";

  public Calculation {
    // Sorted: Map.copyOf's order is salted per JVM and Spark writes maps in iteration order.
    parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
    ionicSteps = List.copyOf(ionicSteps);
    series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
    seriesStats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(seriesStats));
    warnings = List.copyOf(warnings);
  }

  /** The number of atoms of the final (else initial) structure, or 0 when neither is known. */
  public int natoms() {
    Structure s = finalStructure != null ? finalStructure : initialStructure;
    return s == null ? 0 : s.sites().size();
  }
}
