/**
 * Quantities as written ({@code 850 °C}, {@code 5 K/min}, {@code -115 kJ/mol}) converted to one
 * canonical unit per {@link dev.anneal.normalize.units.QuantityKind}: K, s, K/s, eV, eV/atom, GPa.
 *
 * <p>Why a table of exact constants and not JSR 385 ({@code tech.units:indriya} 2.2.3, which
 * resolves here): probed on 2026-11-23, its unit format parses none of eV, Ry, atm, Torr, bar,
 * mbar or kcal; it has no notion of "per atom" versus "per formula unit", which is the
 * distinction that matters most here; and converting {@code ℃/min} to {@code K/s} throws
 * (℃'s offset converter cannot be composed into a product unit), so heating rates would need
 * special handling anyway. The spellings in real text ({@code 850C}, {@code ºC}, {@code K min-1})
 * would have needed our own parser in front of it. What remains is a few dozen factors, each
 * from CODATA 2018 or an SI definition, kept in {@code UnitTable} with the combinations
 * generated so that every compound unit shares its parts' factors.
 *
 * <p>Energies per formula unit (eV/f.u., kJ/mol, kcal/mol: "per mole" means per mole of formula
 * units) become eV/atom only with the composition of that formula unit; without one they are
 * rejected as {@code unit.needs_composition}. A bare energy where an energy per atom is expected
 * is {@code unit.missing_basis}: eV per cell and eV per atom differ by the cell's atom count.
 */
package dev.anneal.normalize.units;
