package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ElnReaderTest {

  private static final Path ELN = ProjectPaths.sharedCorpus().resolve("lablog/eln");
  private static final ElnReader READER =
      new ElnReader(ColumnMapping.automatic(), Pseudonymizer.withDefaultKey());

  private static ParseResult<LabEntry> read(String name) throws IOException {
    Path file = ELN.resolve(name);
    assumeTrue(Files.isRegularFile(file), "shared corpus absent: " + file + " (skipping)");
    try (InputStream in = Files.newInputStream(file)) {
      return READER.parse(new SourceFile(file.toString(), Files.size(file)), in);
    }
  }

  private static <T> List<T> of(ParseResult<LabEntry> r, Class<T> type) {
    return r.records().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void datalabYieldsTheSodiumCobaltOxideSampleWithItsSynthesis() throws IOException {
    ParseResult<LabEntry> r = read("datalab-demo-IBPDKL.eln");
    assertEquals(List.of(), r.rejections());
    LabSample sample = of(r, LabSample.class).stream()
        .filter(s -> s.sampleId().equals("demo:HPPPKI")).findFirst().orElseThrow();
    assertEquals("Na0.7CoO2", sample.materialAsWritten());
    assertEquals("samples", sample.itemType());
    assertTrue(sample.name().startsWith("sodium cobalt oxide"));
    LabSynthesis syn = of(r, LabSynthesis.class).stream()
        .filter(s -> s.sampleId().equals("demo:HPPPKI")).findFirst().orElseThrow();
    assertEquals("demo:HPPPKI", syn.sampleId());
    assertEquals("Na0.7CoO2", syn.targetAsWritten());
    assertTrue(syn.text().contains("heated to 850°C for 12 hours under flowing O2"), syn.text());
    assertFalse(syn.text().contains("<p>") || syn.text().contains("&deg;"), "markup removed");
    assertEquals(List.of(
        new LabSynthesis.Constituent("Sodium Carbonate", "Na2CO3", "346.6", "mg", "AN000301"),
        new LabSynthesis.Constituent("Cobalt (II,III) Oxide", "Co3O4", "750.0", "mg", "AA000065")),
        syn.constituents());
    // Authors are e-mail addresses and names in the crate: only pseudonyms may remain.
    for (LabEntry e : r.records()) {
      assertFalse(e.toString().contains("jdbocarsly") || e.toString().contains("Bocarsly")
          || e.toString().contains("Matthew Evans"), e::toString);
    }
    assertEquals(5, of(r, LabSample.class).size(), "five items in the crate");
  }

  @Test
  void elabftwAndSampledbExportsRead() throws IOException {
    ParseResult<LabEntry> elab = read("elabftw-export.eln");
    assertEquals(List.of(), elab.rejections());
    assertTrue(of(elab, LabSample.class).size() >= 10, "each experiment or resource is an item");
    assertTrue(of(elab, LabSample.class).stream().anyMatch(s -> s.name().equals("Synthesis of Aspirin")));
    for (LabEntry e : elab.records()) {
      assertFalse(e.toString().contains("Gutkowski") || e.toString().contains("@yopmail.com"), e::toString);
    }
    ParseResult<LabEntry> sdb = read("sampledb-export.eln");
    assertEquals(List.of(), sdb.rejections());
    List<LabSample> samples = of(sdb, LabSample.class);
    assertEquals(2, samples.size(), "objects 1 and 7; their version snapshots are not items again");
    List<LabRecord> temps = of(sdb, LabRecord.class);
    assertFalse(temps.isEmpty(), "substrate temperatures are measured values");
    assertTrue(temps.stream().allMatch(t -> t.property().equals("temperature")
        && t.unitAsWritten().equals("degC")));
  }

  @Test
  void archivesWithoutMetadataAreRejected() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("x/readme.json"));
      zip.write("{}".getBytes(StandardCharsets.UTF_8));
    }
    byte[] b = bytes.toByteArray();
    ParseResult<LabEntry> r = READER.parse(new SourceFile("x.eln", b.length), new ByteArrayInputStream(b));
    assertEquals("eln.no_metadata", r.rejections().get(0).reason());
  }
}
