/**
 * Chemical formulas as people write them, read into {@link dev.anneal.ingest.chem.Composition}s
 * with their canonical forms, or rejected with a stable reason code.
 *
 * <p>Decisions every consumer relies on:
 * <ul>
 *   <li><b>δ</b> ({@code O7-δ}, {@code O7-d}, {@code O7−δ}): an unknown deviation is read as 0, so
 *       the composition is the nominal one, and the result carries the {@code nonstoichiometric}
 *       flag. δ is a small deviation by convention, so the nominal formula is what the author
 *       means to name. A δ standing alone ({@code Oδ}) has no nominal part and is rejected.
 *       Other variables ({@code x}, {@code y} in {@code O6+y}) are not small; they need values
 *       and are otherwise {@code formula.unresolved_variable}.</li>
 *   <li><b>Placeholders</b> ({@code RE}, {@code Ln}, {@code M}, {@code A}, {@code X}, …) are
 *       {@code formula.placeholder_element} unless the caller binds an element to them.</li>
 *   <li><b>Charges</b> and <b>oxidation states</b> are dropped with a flag: the composition of an
 *       ion is its atoms. A final sign after digits is read as a charge after a lone element
 *       ({@code Fe3+}), as a charge of one after one digit of a polyatomic ion ({@code NH4+}), and
 *       rejected as {@code formula.ambiguous_charge} after more ({@code SO42-}).</li>
 *   <li><b>Adducts</b> ({@code ·}, {@code •}, {@code *}, {@code .}) are summed; a {@code .}
 *       between digits is a decimal point unless a count of water follows ({@code CuSO4.5H2O}),
 *       which sets {@code dot_read_as_adduct}.</li>
 *   <li><b>Labels</b> that name a form of the same composition are dropped with
 *       {@code label_stripped}: a phase prefix ({@code α-Fe2O3}, {@code h-BN}, {@code 2H-MoS2})
 *       and a state of matter ({@code H2O(l)}, {@code NaCl(aq)}). Mineral names and dopants
 *       ({@code TiO2 (rutile)}, {@code SrTiO3:Nb}) are rejected, not stripped.</li>
 *   <li>D and T are rejected ({@code formula.isotope}) rather than read as H with the wrong mass.</li>
 * </ul>
 */
package dev.anneal.normalize.composition;
