package dev.anneal.ingest.crystal;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.chem.Composition;
import java.util.List;
import java.util.Locale;

/**
 * One crystal structure as read from a file: the full unit cell after symmetry expansion, plus
 * what the file said about itself (formula and space group as written) and any repairs made.
 *
 * @param sourceUri         the file, or archive member, it came from
 * @param format            the input format, e.g. {@code cif}, {@code poscar}
 * @param blockName         the CIF data block name, or the POSCAR comment line
 * @param formulaAsWritten  the formula the file states (e.g. {@code _chemical_formula_sum}), or ""
 * @param lattice           the unit cell
 * @param sites             every species at every position of the full cell
 * @param spacegroupSymbol  the Hermann–Mauguin symbol as written, or ""
 * @param spacegroupNumber  the International Tables number, or 0 when unknown
 * @param warnings          repairs made while reading (e.g. {@code cif.ctrl_z_stripped})
 */
public record Structure(String sourceUri, String format, String blockName, String formulaAsWritten,
                        Lattice lattice, List<Site> sites, String spacegroupSymbol,
                        int spacegroupNumber, List<String> warnings) {

  public Structure {
    sites = List.copyOf(sites);
    warnings = List.copyOf(warnings);
  }

  /** The cell's composition: each species weighted by its occupancy. */
  public Composition composition() {
    Composition.Builder builder = Composition.builder();
    for (Site site : sites) {
      builder.add(site.species(), site.occupancy());
    }
    return builder.build();
  }

  /** The number of distinct positions in the cell (a disordered position counts once). */
  public int nsites() {
    return (int) sites.stream()
        .map(s -> String.format(Locale.ROOT, "%.6f %.6f %.6f", s.x(), s.y(), s.z()))
        .distinct()
        .count();
  }

  /** Density in g/cm³ from the cell composition and volume. */
  public double density() {
    // 1 amu/Å³ = 1.66053906660 g/cm³
    return composition().weight() / lattice.volume() * 1.66053906660;
  }

  /**
   * A content hash of the cell: lattice and sites rounded to what files carry, so the same
   * structure read twice (or from two files) gets the same id.
   */
  public String structureId() {
    StringBuilder canonical = new StringBuilder();
    canonical.append(String.format(Locale.ROOT, "%.4f %.4f %.4f %.3f %.3f %.3f",
        lattice.a(), lattice.b(), lattice.c(), lattice.alpha(), lattice.beta(), lattice.gamma()));
    sites.stream()
        .map(s -> String.format(Locale.ROOT, "%s %.4f %.4f %.4f %.4f",
            s.species(), s.occupancy(), s.x(), s.y(), s.z()))
        .sorted()
        .forEach(s -> canonical.append('\n').append(s));
    return ContentId.of("structure", canonical.toString());
  }
}
