/**
 * Readers for VASP outputs: {@code vasprun.xml} through StAX and {@code OUTCAR} line by line.
 * Convergence follows pymatgen's {@code Vasprun.converged_electronic}/{@code converged_ionic} so
 * that the two agree on the same file.
 */
package dev.anneal.ingest.simulation.vasp;
