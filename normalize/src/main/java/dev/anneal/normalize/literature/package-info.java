/**
 * Values reported in papers' prose ("Tc = 92 K", "ΔHf = −1.23 eV/atom") turned into
 * {@code raw/measurements} rows with {@code source_kind = literature}, each tied to the material
 * named in its sentence (else the paragraph's only formula), or quarantined with a reason.
 */
package dev.anneal.normalize.literature;
