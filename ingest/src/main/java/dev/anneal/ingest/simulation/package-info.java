/**
 * Streaming readers for simulation outputs (VASP, Quantum ESPRESSO, LAMMPS) that turn one output
 * file into {@link dev.anneal.ingest.simulation.Calculation} rows of the {@code raw/calculations} table.
 * Each reader keeps memory bounded by one ionic step or one thermo row, and reports a cut-off file
 * as a partial calculation plus a quarantine rejection instead of throwing.
 */
package dev.anneal.ingest.simulation;
