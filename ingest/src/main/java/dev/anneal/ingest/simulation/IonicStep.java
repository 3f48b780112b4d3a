package dev.anneal.ingest.simulation;

/**
 * The energies of one ionic (relaxation or MD) step, in eV, with the number of electronic
 * iterations it took. An energy the code did not write is null.
 *
 * @param freeEnergyEv       VASP {@code e_fr_energy} (TOTEN, includes −TS), QE {@code !} total energy
 * @param energyNoEntropyEv  VASP {@code e_wo_entrp}: the energy without the entropy term
 * @param energySigma0Ev     VASP {@code e_0_energy}: extrapolated to zero smearing
 * @param electronicSteps    number of SCF iterations of this step, or 0 when not written
 */
public record IonicStep(Double freeEnergyEv, Double energyNoEntropyEv, Double energySigma0Ev,
                        int electronicSteps) {
}
