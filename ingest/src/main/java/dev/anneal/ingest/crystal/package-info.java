/**
 * Crystal structures and their readers. {@link dev.anneal.ingest.crystal.CifParser} reads CIF
 * 1.1 through the syntax layer in {@code .cif}, builds each block's structure
 * ({@link dev.anneal.ingest.crystal.CifStructureBuilder}) and expands the asymmetric unit to the
 * full cell ({@link dev.anneal.ingest.crystal.CellExpander}) as pymatgen does, so that formulas
 * and site counts agree with the reference the field uses.
 */
package dev.anneal.ingest.crystal;
