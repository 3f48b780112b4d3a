package dev.anneal.search;

import dev.anneal.search.index.IndexedMaterial;
import dev.anneal.search.index.IndexedParagraph;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** A small corpus about cuprates, LiFePO4 and TiO2, and a helper that indexes it. */
public final class Fixture {

  /**
   * Paragraphs. p-photo comes first on purpose: it mentions "anatase" once in a long text, so a
   * ranking test can only pass if scoring, not insertion order, puts p-tio2-2 above it.
   */
  public static final List<IndexedParagraph> PARAGRAPHS = List.of(
      new IndexedParagraph("p-photo", "d-photo", "Photocatalysis on oxide surfaces", "Review",
          "Semiconductor photocatalysis converts light into chemical energy at oxide surfaces. "
              + "Many oxides have been studied, among them zinc oxide, tungsten trioxide, iron "
              + "oxides and strontium titanate, each with a different band gap, surface area "
              + "and charge carrier lifetime. Doping with nitrogen or carbon narrows the band gap "
              + "and extends absorption into the visible range, while noble metal co-catalysts "
              + "trap electrons and slow recombination. Commercial P25, which contains some "
              + "anatase, remains the usual benchmark for comparing new materials.",
          "https://example.org/photo", 2019),
      new IndexedParagraph("p-ybco-1", "d-ybco",
          "Synthesis of YBa2Cu3O7 superconductors by solid-state reaction", "Experimental",
          "Polycrystalline YBa2Cu3O7 was prepared by solid-state reaction of Y2O3, BaCO3 and "
              + "CuO. The powders were calcined at 900 °C, pressed into pellets and sintered at "
              + "950 °C in flowing oxygen. Slow cooling through 500 °C ensured full oxygenation "
              + "of the orthorhombic phase.",
          "https://example.org/ybco", 2012),
      new IndexedParagraph("p-ybco-2", "d-ybco",
          "Synthesis of YBa2Cu3O7 superconductors by solid-state reaction", "Results",
          "Resistivity measurements show a superconducting transition at 92 K with a width "
              + "below 1 K. The critical temperature depends on the oxygen content of the CuO "
              + "chains.",
          "https://example.org/ybco", 2012),
      new IndexedParagraph("p-lfp-1", "d-lfp", "Carbon-coated LiFePO4 cathodes", "Introduction",
          "Olivine LiFePO4 is an attractive cathode for lithium-ion batteries because iron is "
              + "abundant and the phosphate framework is thermally stable. Its low electronic "
              + "conductivity is usually overcome by carbon coating.",
          "https://example.org/lfp", 2008),
      new IndexedParagraph("p-lfp-2", "d-lfp", "Carbon-coated LiFePO4 cathodes", "Methods",
          "LiFePO4 was synthesized hydrothermally from LiOH, FeSO4 and H3PO4 at 180 °C for 12 h.",
          "https://example.org/lfp", 2008),
      new IndexedParagraph("p-tio2-1", "d-tio2", "Phase stability of TiO2 polymorphs",
          "Introduction",
          "Titanium dioxide occurs as rutile, brookite and a third polymorph. On heating above "
              + "about 600 °C the metastable forms transform irreversibly to rutile.",
          null, 2015),
      new IndexedParagraph("p-tio2-2", "d-tio2", "Phase stability of TiO2 polymorphs", "Results",
          "Anatase nanoparticles were annealed in air. Anatase persisted up to 550 °C, and the "
              + "anatase to rutile transition completed at 700 °C.",
          null, 2015),
      new IndexedParagraph("p-undated", "d-undated", "Notes on sodium chloride", null,
          "Rock salt crystallizes in the face-centred cubic structure.", null, null));

  /** Materials; formulas, element lists and chemsys are deliberately written unnormalized. */
  public static final List<IndexedMaterial> MATERIALS = List.of(
      new IndexedMaterial("mp-ybco", "YBa2Cu3O7", List.of("Y", "Ba", "Cu", "O"), "Y-Ba-Cu-O",
          List.of(47), List.of("s-ybco"), List.of("d-ybco"), List.of("syn-ybco-1"),
          "YBa2Cu3O7 (YBCO)", "Orthorhombic cuprate superconductor with a critical temperature "
              + "near 92 K."),
      new IndexedMaterial("mp-lco", "La2CuO4", null, null, List.of(139), List.of("s-lco"),
          null, null, null, "Parent compound of the lanthanum cuprate superconductors."),
      new IndexedMaterial("mp-lfp", "FePO4Li", null, null, List.of(62), List.of("s-lfp"),
          List.of("d-lfp"), List.of("syn-lfp-1"), "LiFePO4 (olivine)",
          "Olivine lithium iron phosphate, a cathode for lithium-ion batteries."),
      new IndexedMaterial("mp-rutile", "TiO2", List.of("Ti", "O"), "O-Ti", List.of(136),
          List.of("s-rutile"), List.of("d-tio2"), null, "TiO2 (rutile)",
          "Rutile, the stable polymorph of titanium dioxide."),
      new IndexedMaterial("mp-anatase", "Ti2O4", null, null, List.of(141), List.of("s-anatase"),
          List.of("d-tio2", "d-photo"), null, "TiO2 (anatase)",
          "Anatase, a metastable polymorph of titanium dioxide and a photocatalyst."),
      new IndexedMaterial("mp-sto", "SrTiO3", null, null, List.of(221), null, null, null, null,
          "Cubic perovskite strontium titanate."),
      new IndexedMaterial("mp-nacl", "ClNa", null, null, List.of(225), null, List.of("d-undated"),
          null, "NaCl (rock salt)", null),
      new IndexedMaterial("mp-si", "Si", null, null, List.of(227), null, null, null, null,
          "Diamond-cubic silicon."));

  private Fixture() {
  }

  /** Indexes the paragraphs and materials that pass the filters into {@code dir}. */
  public static void write(Path dir, Predicate<IndexedParagraph> paragraphs,
                           Predicate<IndexedMaterial> materials) throws IOException {
    try (SearchIndexWriter w = new SearchIndexWriter(dir)) {
      for (IndexedParagraph p : PARAGRAPHS) {
        if (paragraphs.test(p)) {
          w.add(p);
        }
      }
      for (IndexedMaterial m : MATERIALS) {
        if (materials.test(m)) {
          w.add(m);
        }
      }
    }
  }

  /** Indexes the whole fixture into {@code dir}. */
  public static void writeAll(Path dir) throws IOException {
    write(dir, p -> true, m -> true);
  }
}
