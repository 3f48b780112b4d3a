package dev.anneal.ingest.crystal;

import dev.anneal.ingest.ContentHash;
import dev.anneal.ingest.FixedDecimal;
import dev.anneal.ingest.chem.Composition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    Set<String> positions = new HashSet<>();
    StringBuilder b = new StringBuilder(32);
    for (Site s : sites) {
      b.setLength(0);
      FixedDecimal.append(b, s.x(), 6).append(' ');
      FixedDecimal.append(b, s.y(), 6).append(' ');
      positions.add(FixedDecimal.append(b, s.z(), 6).toString());
    }
    return positions.size();
  }

  /** Density in g/cm³ from the cell composition and volume. */
  public double density() {
    // 1 amu/Å³ = 1.66053906660 g/cm³
    return composition().weight() / lattice.volume() * 1.66053906660;
  }

  /**
   * A content hash of the cell: lattice and sites rounded to what files carry, so the same
   * structure read twice (or from two files) gets the same hash. The table's
   * {@code structure_id} adds where it was read ({@code RawRows.structure}).
   */
  public String contentHash() {
    // FixedDecimal writes what String.format's %.4f/%.3f wrote when these ids were defined.
    StringBuilder canonical = new StringBuilder(64 + 48 * sites.size());
    FixedDecimal.append(canonical, lattice.a(), 4).append(' ');
    FixedDecimal.append(canonical, lattice.b(), 4).append(' ');
    FixedDecimal.append(canonical, lattice.c(), 4).append(' ');
    FixedDecimal.append(canonical, lattice.alpha(), 3).append(' ');
    FixedDecimal.append(canonical, lattice.beta(), 3).append(' ');
    FixedDecimal.append(canonical, lattice.gamma(), 3);
    List<String> lines = new ArrayList<>(sites.size());
    StringBuilder line = new StringBuilder(48);
    for (Site s : sites) {
      line.setLength(0);
      line.append(s.species()).append(' ');
      FixedDecimal.append(line, s.occupancy(), 4).append(' ');
      FixedDecimal.append(line, s.x(), 4).append(' ');
      FixedDecimal.append(line, s.y(), 4).append(' ');
      lines.add(FixedDecimal.append(line, s.z(), 4).toString());
    }
    Collections.sort(lines);
    for (String l : lines) {
      canonical.append('\n').append(l);
    }
    return ContentHash.of("structure", canonical.toString());
  }
}
