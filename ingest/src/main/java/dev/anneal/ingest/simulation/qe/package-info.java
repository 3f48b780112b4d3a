/**
 * Reader for Quantum ESPRESSO {@code pw.x} standard output, converting Rydberg and Bohr to eV and Å.
 * Constants are the ones ASE uses (see {@link dev.anneal.ingest.simulation.Units}); the values as
 * written stay in the calculation's parameters.
 */
package dev.anneal.ingest.simulation.qe;
