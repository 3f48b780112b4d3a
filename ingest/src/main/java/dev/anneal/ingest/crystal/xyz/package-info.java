/**
 * Reads extended XYZ files (ASE's dialect) into {@link dev.anneal.ingest.crystal.Structure}s, one per
 * frame that carries a periodic cell. Frames without a {@code Lattice} are molecules and are
 * rejected, since a crystal table needs a cell.
 */
package dev.anneal.ingest.crystal.xyz;
