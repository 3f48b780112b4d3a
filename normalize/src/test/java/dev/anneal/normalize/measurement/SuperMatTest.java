package dev.anneal.normalize.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.testing.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SuperMat 2.0 (1,305 text-mined Tc rows): every row ends as a measurement or a reasoned rejection. */
class SuperMatTest {

  private static final Path FILE =
      ProjectPaths.sharedCorpus().resolve("lablog/supercon/SuperMat-2.0.csv");

  @Test
  void everyRowIsAMeasurementOrARejectionWithAReason() throws Exception {
    assumeTrue(Files.isRegularFile(FILE), "shared corpus absent: " + FILE + " (skipping)");
    ParseResult<LabRecord> read = LabLogFixtures.csv(FILE);
    assertEquals(0, read.rejections().size(), "ingest rejections: " + read.rejections());
    assertEquals(1305, read.records().size(), "one Tc record per data row");
    MeasurementNormalizer.Result result = MeasurementNormalizer.normalize(read.records());
    assertEquals(1305, result.measurements().size() + result.rejections().size());
    Pattern variableOnly = Pattern.compile("^[a-zδ]$|=");
    for (MeasurementRow m : result.measurements()) {
      assertFalse(variableOnly.matcher(m.reducedFormula()).find(), () -> "material " + m);
      assertFalse(m.reducedFormula().isBlank(), () -> "blank formula " + m);
      assertEquals("K", m.unit());
      assertTrue(m.valueLow() > 0 && m.valueHigh() <= 300, () -> "value " + m);
    }
    for (Rejection j : result.rejections()) {
      assertTrue(j.reason().startsWith("measurement."), j::toString);
      assertFalse(j.message().isBlank(), j::toString);
    }
    Map<String, Integer> counts = MeasurementNormalizer.countByReason(result.rejections());
    Map<String, Integer> materialCauses = new TreeMap<>();
    result.rejections().stream().filter(j -> j.reason().equals("measurement.bad_material"))
        .forEach(j -> materialCauses.merge(j.message().split(":")[0], 1, Integer::sum));
    Map<String, Integer> flags = new TreeMap<>();
    result.measurements().forEach(m -> m.flags().forEach(f -> flags.merge(f, 1, Integer::sum)));
    System.out.println("SuperMat-2.0: rows=1305 measurements=" + result.measurements().size()
        + " rejections=" + result.rejections().size());
    counts.forEach((k, v) -> System.out.println("  " + k + " " + v));
    System.out.println("  bad_material by formula reason: " + materialCauses);
    System.out.println("  measurement flags: " + flags);
    // Whatever the counts, the first rows ("x = 0.10" with no compound named before) stay unresolved.
    assertEquals("measurement.unresolved_material", result.rejections().get(0).reason());
  }
}
