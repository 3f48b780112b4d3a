package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A long-format lab log (one row per value: property, value and unit columns, the shape ELN and
 * LIMS exports have) attached to an {@code .eln} notebook export is read by the CSV reader with
 * its long-format mapping, as it is on its own (issue #21).
 */
class ElnLongFormatTest {

  private static final String LONG_CSV = """
      sample,formula,property,value,unit,uncertainty
      S1,YBa2Cu3O7,Tc,92.1,K,0.3
      S1,YBa2Cu3O7,density,6.38,g/cm3,
      S2,MgB2,Tc,39,K,0.5
      """;

  private static final String METADATA = """
      {"@context": "https://w3id.org/ro/crate/1.1/context",
       "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}},
        {"@id": "./", "@type": "Dataset", "name": "Tc series", "hasPart": [{"@id": "./S1/"}]},
        {"@id": "./S1/", "@type": "Dataset", "name": "Tc series of S1 and S2",
         "hasPart": [{"@id": "./S1/tc_long.csv"}]},
        {"@id": "./S1/tc_long.csv", "@type": "File", "name": "tc_long.csv",
         "encodingFormat": "text/csv"}
       ]}
      """;

  private static byte[] eln() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("export/ro-crate-metadata.json"));
      zip.write(METADATA.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("export/S1/tc_long.csv"));
      zip.write(LONG_CSV.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static IngestedFile read(String name, byte[] content) {
    Iterator<IngestedFile> it = new FileIngestor(8L << 20).ingestAll(
        new SourceFile("file:/in/" + name, content.length), new ByteArrayInputStream(content));
    IngestedFile all = new IngestedFile();
    it.forEachRemaining(all::addAll);
    return all;
  }

  private static List<String> rows(IngestedFile f) {
    List<String> out = new ArrayList<>();
    for (LabRecord r : f.labRecords()) {
      out.add(r.sampleId() + " " + r.materialAsWritten() + " " + r.property() + "="
          + r.valueAsWritten() + " " + r.unitAsWritten());
    }
    return out;
  }

  @Test
  void aLongFormatLogInsideAnElnIsReadAsTheSameLogOnItsOwn() throws IOException {
    IngestedFile alone = read("tc_long.csv", LONG_CSV.getBytes(StandardCharsets.UTF_8));
    IngestedFile inCrate = read("series.eln", eln());
    assertEquals(3, alone.labRecords().size(), alone.rejections().toString());
    List<String> fromCrate = rows(inCrate);
    assertEquals(rows(alone), fromCrate, inCrate.rejections().toString());
    assertTrue(inCrate.labRecords().stream().anyMatch(r -> r.sampleId().equals("S1")
        && r.valueAsWritten().equals("92.1") && r.unitAsWritten().equals("K")),
        fromCrate.toString());
    assertTrue(inCrate.labRecords().stream().anyMatch(r -> r.sampleId().equals("S2")
        && r.materialAsWritten().equals("MgB2") && r.valueAsWritten().equals("39")),
        fromCrate.toString());
    for (LabRecord r : inCrate.labRecords()) {
      assertEquals("file:/in/series.eln!/export/S1/tc_long.csv", r.sourceUri());
    }
    assertEquals("0.3", inCrate.labRecords().get(0).context().get("uncertainty"),
        inCrate.labRecords().get(0).context().toString());
  }
}
