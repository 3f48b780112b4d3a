package dev.anneal.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.jobs.stage.StageReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The run page from a hand-made run: self-contained, every section present, text escaped. */
class RunPageTest {

  private static RunPageData run() throws Exception {
    Map<String, Long> ingest = new LinkedHashMap<>();
    ingest.put("input files", 18L);
    ingest.put("raw/quarantine", 3L);
    RunReport report = new RunReport("dev", "run", "in", "out", "2026-11-23T00:00:00Z", 12.5,
        "succeeded", null, "abc", null, List.of(
            new StageReport("ingest", ingest, Map.of("file.empty", 1L, "cif.no_cell", 2L), null,
                10.0),
            new StageReport("tokenize", Map.of("shards/train tokens", 8583L), Map.of(), null, 0.0,
                "skipped")));
    ObjectMapper json = new ObjectMapper();
    return new RunPageData(report,
        json.readTree("{\"status\":\"Failure\",\"tables\":{\"raw/documents\":{\"rows\":5,"
            + "\"status\":\"Failure\",\"checks\":[{\"constraint\":\"<unique doc_id>\","
            + "\"status\":\"Failure\"},{\"constraint\":\"complete\",\"status\":\"Success\"}]}}}"),
        json.readTree("{\"tokenizer\":{\"name\":\"o200k_base\"},\"seq_len\":512,"
            + "\"splits\":{\"train\":{\"samples\":47,\"sequences\":18,\"tokens\":8583}},"
            + "\"sources\":{\"papers\":{\"samples\":39,\"sequences\":10,\"tokens\":6000}}}"),
        List.of(new Histogram("characters per sample", List.of("64–127", "128–255"),
            List.of(3L, 9L))),
        null);
  }

  @Test
  void thePageIsSelfContainedAndHasEverySection() throws Exception {
    String html = RunPage.render(run());
    for (String forbidden : List.of("<script", "src=", "href=", "url(", "@import", "<link")) {
      assertFalse(html.contains(forbidden), "nothing is fetched: " + forbidden);
    }
    for (String id : List.of("timings", "counts", "rejections", "quality", "tokens", "lengths",
        "labels")) {
      assertTrue(html.contains("id=\"" + id + "\""), id);
    }
    assertTrue(html.contains("ingest: cif.no_cell"), "reasons are labelled by stage");
    assertTrue(html.contains("skipped (unchanged)"));
    assertTrue(html.contains("No curated/labels in this output."));
    assertTrue(html.contains("&lt;unique doc_id&gt;"), "constraint text is escaped");
    assertFalse(html.contains("<unique doc_id>"));
    assertTrue(html.contains("8,583"));
  }

  @Test
  void theQuarantineIsShownByStageWithATotalAndByReason() throws Exception {
    RunPageData base = run();
    RunPageData d = new RunPageData(base.run(), base.quality(), base.shards(), base.lengths(),
        null, null, List.of(new RunPageData.QuarantineCount("ingest", "cif.no_cell", 2),
            new RunPageData.QuarantineCount("ingest", "file.empty", 1),
            new RunPageData.QuarantineCount("render", "internal.exception", 4)));
    String html = RunPage.render(d);
    assertTrue(html.contains("id=\"quarantine\""));
    assertTrue(html.contains("7 rows in raw/quarantine"), "the total");
    assertTrue(html.contains("<tr><th>ingest</th><th>all reasons</th><th class=\"n\">3</th></tr>"),
        "a stage's total");
    assertTrue(html.contains("<td>internal.exception</td><td class=\"n\">4</td>"), "a reason");
    assertTrue(RunPage.render(base).contains("raw/quarantine is empty"));
  }

  @Test
  void theDatasheetShowsLicencesCutDocumentsLengthsConnectedDossiersAndNGrams() throws Exception {
    RunPageData base = run();
    ObjectMapper json = new ObjectMapper();
    RunPageData d = new RunPageData(base.run(), base.quality(), json.readTree(
        "{\"packing\":\"best_fit\",\"seq_len\":512,"
            + "\"splits\":{\"train\":{\"tokens\":1000}},"
            + "\"sources\":{\"papers\":{\"tokens\":750},\"dossiers\":{\"tokens\":250}},"
            + "\"licences\":{\"train\":{\"CC-BY-4.0\":{\"tokens\":600},"
            + "\"unknown\":{\"tokens\":400}}},"
            + "\"packing_stats\":{\"train\":{\"documents\":8,\"cut_documents\":2}},"
            + "\"document_tokens\":{\"train\":{\"6\":3,\"8\":5}}}"),
        base.lengths(), null, new dev.anneal.tokenize.shard.ShardDatasheet(1000, 250, 100, 1, 2,
            8, List.of(new dev.anneal.tokenize.shard.ShardDatasheet.NGram(
                "the powders were ground & fired at 900", 4, 3))));
    String html = RunPage.render(d);
    assertTrue(html.contains("id=\"datasheet\""));
    assertTrue(html.contains("CC-BY-4.0</td><td class=\"n\">600</td><td class=\"n\">60.0%"),
        "tokens and share per licence");
    assertTrue(html.contains("<td class=\"n\">25.0%</td>"), "2 of 8 documents cut");
    assertTrue(html.contains("1 / 2"), "connected dossiers");
    assertTrue(html.contains("10.0%"), "share of tokens in connected dossiers");
    assertTrue(html.contains("64–127") && html.contains("128–255") && html.contains("256–511"),
        "document-length bins, the empty one included");
    assertTrue(html.contains("ground &amp; fired"), "n-grams escaped");
  }

  @Test
  void barsAreProportionalToTheirValues() throws Exception {
    String svg = Svg.hbars(List.of(new Svg.Bar("a", 10, "10", "bar"),
        new Svg.Bar("b", 5, "5", "bar"), new Svg.Bar("c", 0, "0", "bar")));
    Matcher m = Pattern.compile("<rect class=\"bar\" x=\"\\d+\" y=\"\\d+\" width=\"([0-9.]+)\"")
        .matcher(svg);
    double[] widths = new double[3];
    for (int i = 0; i < 3; i++) {
      assertTrue(m.find());
      widths[i] = Double.parseDouble(m.group(1));
    }
    assertEquals(widths[0] / 2, widths[1], 0.1);
    assertEquals(0.0, widths[2]);
  }
}
