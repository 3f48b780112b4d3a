package dev.anneal.ingest.crystal.optimade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit tests of {@link OptimadeParser} on this package's fixtures and on small inline inputs. */
class OptimadeParserTest {

  static OptimadeParser.Outcome read(String name) throws IOException {
    try (InputStream in = OptimadeParserTest.class.getResourceAsStream(name)) {
      assertTrue(in != null, "missing fixture " + name);
      return new OptimadeParser().read(new SourceFile("test:/" + name, -1), in);
    }
  }

  static OptimadeParser.Outcome readText(String text) throws IOException {
    return new OptimadeParser().read(new SourceFile("mem:x.json", -1),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> reasons(ParseResult<Structure> r) {
    return r.rejections().stream().map(x -> x.reason() + "@" + x.location()).toList();
  }

  @Test
  void responseWithTwoEntries() throws IOException {
    OptimadeParser.Outcome o = read("response_two_entries.json");
    ParseResult<Structure> r = o.result();
    assertEquals(List.of(), reasons(r));
    assertEquals(2, r.records().size());
    Structure nacl = r.records().get(0);
    assertEquals("optimade", nacl.format());
    assertEquals("mp-22862", nacl.blockName());
    assertEquals("NaCl", nacl.composition().reducedFormula());
    assertEquals("ClNa", nacl.formulaAsWritten());
    assertEquals("F m -3 m", nacl.spacegroupSymbol());
    assertEquals(225, nacl.spacegroupNumber());
    assertEquals(2, nacl.nsites());
    // fcc primitive cell of a = 5.64, written rotated by 30° about z: parameters do not care
    assertEquals(5.64 / Math.sqrt(2), nacl.lattice().a(), 1e-9);
    assertEquals(60.0, nacl.lattice().alpha(), 1e-7);
    Site cl = nacl.sites().get(1);
    assertEquals("Cl", cl.species());
    assertEquals(0.5, cl.x(), 1e-9);
    assertEquals(0.5, cl.y(), 1e-9);
    assertEquals(0.5, cl.z(), 1e-9);

    Structure gan = r.records().get(1);
    assertEquals("mp-804", gan.blockName());
    assertEquals("GaN", gan.composition().reducedFormula());
    assertEquals(4, gan.nsites());
    assertEquals(5.185, gan.lattice().c(), 1e-9);
    assertEquals(120.0, gan.lattice().gamma(), 1e-7);
    assertEquals(0.877, gan.sites().get(3).z(), 1e-9);
    assertEquals(0, o.skipped(), "included references are not entries of data");
  }

  @Test
  void disorderedSiteBecomesSeveralSitesAndVacancyIsDropped() throws IOException {
    ParseResult<Structure> r = read("disordered_site.json").result();
    assertEquals(List.of(), reasons(r));
    Structure s = r.records().get(0);
    assertEquals("cod-dis-1", s.blockName());
    assertEquals(2, s.nsites());
    assertEquals(3, s.sites().size());
    assertEquals(List.of("Cu", "Au", "O"), s.sites().stream().map(Site::species).toList());
    assertEquals(List.of(0.5, 0.5, 0.9), s.sites().stream().map(Site::occupancy).toList());
    assertEquals(0.9, s.composition().amount("O"), 1e-12);
    assertEquals("CuAu", s.sites().get(0).label());
    assertEquals(s.sites().get(0).x(), s.sites().get(1).x());
  }

  @Test
  void jsonLinesDumpKeepsGoingPastBadLines() throws IOException {
    OptimadeParser.Outcome o = read("dump.jsonl");
    ParseResult<Structure> r = o.result();
    assertEquals(List.of("mp-804", "mp-13"), r.records().stream().map(Structure::blockName).toList());
    assertEquals(List.of("optimade.bad_json@line 3", "optimade.not_periodic@line 4",
        "optimade.unknown_species@line 5"), reasons(r));
    assertEquals(1, o.skipped());
    Structure fe = r.records().get(1);
    assertEquals(2.87 * Math.sqrt(3) / 2, fe.lattice().a(), 1e-9);
    assertEquals(Math.toDegrees(Math.acos(-1.0 / 3)), fe.lattice().alpha(), 1e-7);
  }

  @Test
  void truncatedResponseKeepsTheEntriesBeforeTheCut() throws IOException {
    ParseResult<Structure> r = read("truncated_response.json").result();
    assertEquals(List.of("mp-22862"), r.records().stream().map(Structure::blockName).toList());
    assertEquals(1, r.rejections().size());
    assertEquals("optimade.bad_json", r.rejections().get(0).reason());
    // the cut falls on the file's last line, 75, which has no newline
    assertEquals("line 75", r.rejections().get(0).location());
  }

  @Test
  void minifiedResponseOnOneLineIsStreamed() throws IOException {
    String e = "{\"id\":\"%s\",\"type\":\"%s\",\"attributes\":{\"lattice_vectors\":[[2,0,0],[0,2,0],"
        + "[0,0,2]],\"cartesian_site_positions\":[[1,1,1]],\"species_at_sites\":[\"W\"],"
        + "\"species\":[{\"name\":\"W\",\"chemical_symbols\":[\"W\"],\"concentration\":[1]}]}}";
    String text = "{\"data\":[" + String.format(e, "a", "structures") + ","
        + String.format(e, "b", "references") + "," + String.format(e, "c", "structures") + "]}";
    OptimadeParser.Outcome o = readText(text);
    assertEquals(List.of("a", "c"),
        o.result().records().stream().map(Structure::blockName).toList());
    assertEquals(1, o.skipped());
    assertEquals(0.5, o.result().records().get(0).sites().get(0).x(), 1e-12);
  }

  @Test
  void entryFaults() throws IOException {
    String base = "{\"id\":\"x\",\"type\":\"structures\",\"attributes\":{\"lattice_vectors\":%s,"
        + "\"cartesian_site_positions\":[[0,0,0]],\"species_at_sites\":[\"s\"],"
        + "\"species\":[{\"name\":\"s\",\"chemical_symbols\":%s,\"concentration\":%s}]}}\n";
    String cube = "[[3,0,0],[0,3,0],[0,0,3]]";
    assertEquals(List.of("optimade.not_periodic@line 1"),
        reasons(readText(String.format(base, "null", "[\"Fe\"]", "[1]")).result()));
    assertEquals(List.of("optimade.not_periodic@line 1"), reasons(readText(String.format(base,
        "[[3,0,0],[0,3,0],[null,null,null]]", "[\"Fe\"]", "[1]")).result()));
    assertEquals(List.of("optimade.bad_lattice@line 1"), reasons(readText(String.format(base,
        "[[3,0,0],[0,3,0],[3,3,0]]", "[\"Fe\"]", "[1]")).result()));
    assertEquals(List.of("optimade.unknown_element@line 1"),
        reasons(readText(String.format(base, cube, "[\"X\"]", "[1]")).result()));
    assertEquals(List.of("optimade.bad_species@line 1"),
        reasons(readText(String.format(base, cube, "[\"Fe\",\"Ni\"]", "[0.7,0.6]")).result()));
    assertEquals(List.of("optimade.bad_species@line 1"),
        reasons(readText(String.format(base, cube, "[\"Fe\",\"Ni\"]", "[0.5]")).result()));
  }

  @Test
  void filesWithoutStructuresAreAccountedFor() throws IOException {
    OptimadeParser.Outcome refs = readText("{\"data\":[{\"id\":\"r\",\"type\":\"references\"}]}");
    assertEquals(List.of("optimade.no_structures@"), reasons(refs.result()));
    assertEquals(1, refs.skipped());
    assertEquals(List.of("optimade.error_response@line 1"), reasons(readText(
        "{\"errors\":[{\"status\":\"404\"}],\"meta\":{}}").result()));
    assertEquals("optimade.bad_json",
        readText("{\"data\": [ {,]").result().rejections().get(0).reason());
  }
}
