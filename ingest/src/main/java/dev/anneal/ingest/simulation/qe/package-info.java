/**
 * Reader for Quantum ESPRESSO {@code pw.x} standard output, converting Rydberg and Bohr to eV and Å.
 * Constants follow CODATA 2018; the values as written stay in the calculation's parameters.
 */
package dev.anneal.ingest.simulation.qe;
