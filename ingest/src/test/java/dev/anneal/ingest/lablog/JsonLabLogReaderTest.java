package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLabLogReaderTest {

  private static final JsonLabLogReader READER =
      new JsonLabLogReader(ColumnMapping.automatic(), Pseudonymizer.withDefaultKey());

  private static ParseResult<LabRecord> read(String name, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return READER.parse(new SourceFile(name, b.length), new ByteArrayInputStream(b));
  }

  @Test
  void arrayOfObjectsWithValueUnitObjects() throws IOException {
    ParseResult<LabRecord> r = read("m.json", "{\"instrument\":\"PPMS\",\"measurements\":["
        + "{\"sample_id\":\"S1\",\"formula\":\"MgB2\",\"tc\":{\"value\":39.10,\"unit\":\"K\"},"
        + "\"operator\":\"Wei Li\",\"meta\":{\"field\":\"1 mT\"}},"
        + "{\"sample_id\":\"S2\",\"formula\":\"Nb\",\"Tc (K)\":9.25}]}");
    assertEquals(2, r.records().size());
    LabRecord a = r.records().get(0);
    assertEquals("39.10 K", a.valueAsWritten(), "decimals keep their spelling");
    assertEquals("1 mT", a.context().get("meta.field"));
    assertEquals(Pseudonymizer.withDefaultKey().person("Wei Li"), a.operator());
    assertEquals("entry 1", a.location());
    LabRecord b = r.records().get(1);
    assertEquals("tc", b.property());
    assertEquals("9.25", b.valueAsWritten());
    assertEquals("K", b.unitAsWritten());
  }

  @Test
  void jsonLinesRejectsBadLinesAndKeepsTheRest() throws IOException {
    ParseResult<LabRecord> r = read("m.jsonl",
        "{\"material\":\"Nb\",\"Tc (K)\":\"9.25\"}\n\n{not json\n[1]\n{\"material\":\"Pb\",\"Tc (K)\":7.2}\n");
    assertEquals(2, r.records().size());
    assertEquals(5, r.records().get(1).rowNumber());
    assertEquals(2, r.rejections().size());
    assertEquals("lablog.bad_json", r.rejections().get(0).reason());
    assertEquals("line 3", r.rejections().get(0).location());
    assertEquals("lablog.not_an_object", r.rejections().get(1).reason());
  }

  @Test
  void documentsWithoutRecordsAreRejected() throws IOException {
    assertEquals("lablog.bad_json", read("x.json", "{").rejections().get(0).reason());
    assertEquals("lablog.no_records", read("x.json", "{\"a\":1}").rejections().get(0).reason());
  }
}
