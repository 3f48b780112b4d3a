/**
 * Reader for LAMMPS log files: one calculation per {@code run}/{@code minimize} with its thermo
 * columns kept as arrays. Both the one-line and the multi-line thermo styles are understood.
 */
package dev.anneal.ingest.simulation.lammps;
