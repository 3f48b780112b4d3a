/**
 * Reads VASP POSCAR and CONTCAR files (VASP 4, 5 and 6) into {@link dev.anneal.ingest.crystal.Structure}s.
 * Also holds {@link dev.anneal.ingest.crystal.poscar.CartesianCell}, the matrix-to-fractional
 * conversion the extended XYZ and OPTIMADE readers share.
 */
package dev.anneal.ingest.crystal.poscar;
