package dev.anneal.tokenize.render;

import java.io.Serializable;
import java.util.Map;

/**
 * What a calculation summary shows of a {@code raw/calculations} row.
 *
 * @param calcId          the calculation
 * @param code            {@code vasp}, {@code qe}, {@code lammps}
 * @param codeVersion     as printed, or ""
 * @param reducedFormula  of the final structure, or null
 * @param natoms          atoms, 0 when unknown
 * @param energyEv        final total energy, or null
 * @param energyPerAtomEv energy per atom, or null
 * @param converged       electronic and ionic convergence both hold
 * @param parameters      settings as written
 * @param ionicSteps      complete ionic steps
 * @param maxForce        the largest final force norm (eV/Å), or null
 * @param thermo          LAMMPS thermo columns: name → last value
 */
public record CalculationView(String calcId, String code, String codeVersion,
                              String reducedFormula, int natoms, Double energyEv,
                              Double energyPerAtomEv, boolean converged,
                              Map<String, String> parameters, int ionicSteps, Double maxForce,
                              Map<String, Double> thermo) implements Serializable {
}
