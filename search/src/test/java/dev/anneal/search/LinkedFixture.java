package dev.anneal.search;

import dev.anneal.search.index.IndexFields;
import dev.anneal.search.index.IndexedParagraph;
import dev.anneal.search.index.IndexedRecord;
import dev.anneal.search.index.RecordExtras;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@link Fixture} plus linked records: YBCO's structure (lattice, sites) and its synthesis
 * description, linked to material {@code mp-ybco} with a measured Tc, and a paper whose text
 * carries a {@code <script>} element.
 */
public final class LinkedFixture {

  /** The synthesis description linked to mp-ybco. */
  public static final String SYNTHESIS_TEXT = "YBa2Cu3O7 was made from Y2O3, BaCO3 and CuO, "
      + "calcined at 900 °C for 12 h and sintered at 950 °C in flowing oxygen.";
  /** Text of a paragraph that tries to run a script. */
  public static final String SCRIPT_TEXT = "Hostile abstract <script>window.__pwned = 1;"
      + "document.title = 'pwned';</script><img src=x onerror=\"window.__pwned = 2\"> about tantalum.";

  private LinkedFixture() {
  }

  /** Indexes the fixture and its linked records into {@code dir}. */
  public static void write(Path dir) throws IOException {
    Fixture.writeAll(dir);
    try (SearchIndexWriter w = new SearchIndexWriter(dir)) {
      w.add(Fixture.MATERIALS.get(0), new RecordExtras(
          List.of("structure:s-ybco", "synthesis:syn-ybco-1", "document:d-ybco"),
          Map.of("tc", List.of(92.1, 91.6)),
          "{\"labels\":[{\"property\":\"tc\",\"condition\":\"pressure=ambient\",\"value\":91.8,"
              + "\"uncertainty\":0.3,\"unit\":\"K\",\"n_obs\":3,\"n_used\":3,\"method\":\"median\","
              + "\"value_text\":\"91.8 ± 0.3 K\"}]}"));
      w.add(new IndexedRecord(IndexFields.KIND_STRUCTURE, "s-ybco", "Ba2YCu3O7 structure (Pmmm, space group 47)",
          "Crystal structure of Ba2YCu3O7, 13 sites", List.of("YBa2Cu3O7"), null, List.of(47),
          null, null, new RecordExtras(List.of("material:mp-ybco"), null,
              "{\"lattice\":{\"a\":3.8227,\"b\":3.8872,\"c\":11.6802,\"alpha\":90,\"beta\":90,"
                  + "\"gamma\":90},\"volume\":173.5,\"density\":6.38,\"nsites\":2,\"sites\":["
                  + "{\"species\":\"Y\",\"occupancy\":1,\"x\":0.5,\"y\":0.5,\"z\":0.5,\"label\":\"Y1\"},"
                  + "{\"species\":\"Ba\",\"occupancy\":1,\"x\":0.5,\"y\":0.5,\"z\":0.1843,\"label\":\"Ba1\"}]}")));
      w.add(new IndexedRecord(IndexFields.KIND_SYNTHESIS, "syn-ybco-1",
          "Synthesis of YBa2Cu3O7 (solid state)", SYNTHESIS_TEXT, List.of("YBa2Cu3O7"), null,
          null, 2012, List.of("d-ybco"), new RecordExtras(List.of("material:mp-ybco"),
              Map.of("temperature", List.of(1173.15, 1223.15), "tc", List.of(92.1)),
              "{\"operations\":[{\"type\":\"calcine\",\"temperatures_k\":[1173.15],"
                  + "\"durations_s\":[43200],\"atmosphere\":\"air\"}]}")));
      w.add(new IndexedParagraph("p-script", "d-script", "A paper with <b>markup</b> in its title",
          "Abstract", SCRIPT_TEXT, null, 2021));
    }
  }
}
