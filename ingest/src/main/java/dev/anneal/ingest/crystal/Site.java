package dev.anneal.ingest.crystal;

/**
 * One species at one position of the full cell. A disordered position is several sites with the
 * same coordinates and occupancies that add up to at most one.
 *
 * @param species        element symbol, e.g. {@code Fe}
 * @param oxidationState formal oxidation state when the input gave one ({@code Fe3+} → 3), else null
 * @param occupancy      fraction of the position this species occupies, in (0, 1]
 * @param x              fractional coordinate along a, in [0, 1)
 * @param y              fractional coordinate along b, in [0, 1)
 * @param z              fractional coordinate along c, in [0, 1)
 * @param label          the site label as written (e.g. {@code Fe1}), or "" when absent
 */
public record Site(String species, Double oxidationState, double occupancy, double x, double y,
                   double z, String label) {
}
