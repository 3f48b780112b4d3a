package dev.anneal.ingest.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link CifParser} on small fixture files, each named for what it shows. */
class CifParserTest {

  private final CifParser parser = new CifParser();

  private ParseResult<Structure> parse(String fixture) throws IOException {
    try (InputStream in = CifParserTest.class.getResourceAsStream(fixture)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + fixture);
      }
      return parser.parse(new SourceFile("test:" + fixture, -1), in);
    }
  }

  private Structure single(String fixture) throws IOException {
    ParseResult<Structure> r = parse(fixture);
    assertEquals(List.of(), r.rejections(), fixture);
    assertEquals(1, r.records().size(), fixture);
    return r.records().get(0);
  }

  private Rejection rejected(String fixture) throws IOException {
    ParseResult<Structure> r = parse(fixture);
    assertEquals(List.of(), r.records(), fixture);
    assertEquals(1, r.rejections().size(), fixture + ": " + r.rejections());
    return r.rejections().get(0);
  }

  private static boolean hasWarning(Structure s, String code) {
    return s.warnings().stream().anyMatch(w -> w.startsWith(code));
  }

  private static void assertRockSalt(Structure s) {
    assertEquals(8, s.sites().size());
    assertEquals(8, s.nsites());
    assertEquals("NaCl", s.composition().reducedFormula());
    assertEquals(4.0, s.composition().amount("Na"), 1e-12);
    assertEquals(5.6402, s.lattice().a(), 1e-12);
    assertEquals(90.0, s.lattice().gamma(), 1e-12);
    assertEquals(225, s.spacegroupNumber());
    for (Site site : s.sites()) {
      assertTrue(site.x() >= 0 && site.x() < 1 && site.y() >= 0 && site.y() < 1
          && site.z() >= 0 && site.z() < 1, "wrapped into [0,1): " + site);
    }
    // Density of rock salt: 4 NaCl in 5.6402^3 Å^3 ≈ 2.164 g/cm^3.
    assertEquals(2.164, s.density(), 0.002);
  }

  @Test
  void expandsRockSaltFromListedOperators() throws IOException {
    Structure s = single("nacl_from_symops.cif");
    assertRockSalt(s);
    assertEquals("Cl Na", s.formulaAsWritten());
    assertEquals("F m -3 m", s.spacegroupSymbol());
    assertEquals("NaCl", s.blockName());
    assertEquals(List.of(), s.warnings());
  }

  @Test
  void takesOperatorsFromTheSymbolWhenNoneAreListed() throws IOException {
    Structure s = single("symbol_only_no_symops.cif");
    assertRockSalt(s);
    assertTrue(hasWarning(s, "cif.symops_from_symbol"), s.warnings().toString());
  }

  @Test
  void takesOperatorsFromTheNumberWhenNoSymbolEither() throws IOException {
    Structure s = single("number_only_no_symops.cif");
    assertRockSalt(s);
    assertEquals("", s.spacegroupSymbol());
    assertTrue(hasWarning(s, "cif.symops_from_number"), s.warnings().toString());
  }

  @Test
  void repairsQuoteLeftOpenAtEndOfLine() throws IOException {
    Structure s = single("unterminated_quote_at_eol.cif");
    assertRockSalt(s);
    assertTrue(hasWarning(s, "cif.unterminated_quote_repaired line 6"), s.warnings().toString());
  }

  @Test
  void readsAQuotedValueThatAWriterWrappedOverLines() throws IOException {
    Structure s = single("unterminated_quote_across_lines.cif");
    assertRockSalt(s);
    assertTrue(hasWarning(s, "cif.multiline_quote_joined line 6"), s.warnings().toString());
  }

  @Test
  void readsAMixedTypeSymbolAsADisorderedSite() throws IOException {
    Structure s = single("mixed_species_type_symbol.cif");
    assertEquals(2, s.nsites(), "two positions, as pymatgen counts sites: " + s.sites());
    assertEquals(4, s.sites().size(), "each position holds Nb and Zr");
    assertEquals(1.6, s.composition().amount("Nb"), 1e-9);
    assertEquals(0.4, s.composition().amount("Zr"), 1e-9);
    assertTrue(hasWarning(s, "cif.mixed_type_symbol"), s.warnings().toString());
  }

  @Test
  void readsADotCoordinateAsZeroAndAQuestionMarkAsMissing() throws IOException {
    Structure s = single("dot_coordinate.cif");
    assertRockSalt(s);
    assertTrue(hasWarning(s, "cif.coordinate_dot_as_zero"), s.warnings().toString());
    assertEquals("cif.missing_coordinate", rejected("unknown_coordinate.cif").reason());
  }

  @Test
  void neverReadsAGroupSymbolAsAnElement() throws IOException {
    Rejection nh3 = rejected("group_symbol_ammonia.cif");
    assertEquals("cif.group_species", nh3.reason());
    assertTrue(nh3.message().contains("'NH3'"), nh3.message());
    assertEquals("cif.group_species", rejected("group_symbol_hydroxide.cif").reason());
  }

  @Test
  void rejectsQuoteThatRanOnAtItsLine() throws IOException {
    Rejection r = rejected("unterminated_quote_never_closed.cif");
    assertEquals("cif.unterminated_quote", r.reason());
    assertEquals("line 6", r.location());
    assertEquals("_publ_section_title 'Rock salt at", r.sample());
  }

  @Test
  void stripsCtrlZAtEndOfFile() throws IOException {
    Structure s = single("ctrl_z_at_end.cif");
    assertRockSalt(s);
    assertTrue(hasWarning(s, "cif.ctrl_z_stripped"), s.warnings().toString());
  }

  @Test
  void keepsPartialOccupancyAndDisorderedPositions() throws IOException {
    Structure s = single("partial_occupancy.cif");
    assertEquals(3, s.sites().size());
    assertEquals(2, s.nsites());
    assertEquals(0.6, s.composition().amount("Fe"), 1e-12);
    assertEquals(0.4, s.composition().amount("Ni"), 1e-12);
    assertEquals(0.5, s.composition().amount("O"), 1e-12);
    Map<String, Site> bySpecies = s.sites().stream()
        .collect(Collectors.toMap(Site::species, x -> x));
    assertEquals(bySpecies.get("Fe").x(), bySpecies.get("Ni").x());
    assertEquals("Fe1", bySpecies.get("Fe").label());
  }

  @Test
  void readsOxidationStatesFromSymbolsAndTheTypeTable() throws IOException {
    Structure s = single("oxidation_states.cif");
    Map<String, Double> byLabel = s.sites().stream()
        .collect(Collectors.toMap(Site::label, Site::oxidationState));
    assertEquals(Map.of("Fe1", 3.0, "Fe2", 3.0, "Na1", 1.0, "O1", -2.0, "Mn1", 2.0), byLabel);
    assertEquals("Fe", s.sites().get(0).species());
  }

  @Test
  void readsDeuteriumAsHydrogenWithAWarning() throws IOException {
    Structure s = single("deuterium.cif");
    assertEquals("H2O", s.composition().reducedFormula());
    assertTrue(hasWarning(s, "cif.deuterium_as_hydrogen"), s.warnings().toString());
    assertTrue(hasWarning(s, "cif.no_symmetry"), s.warnings().toString());
    assertEquals(120.0, s.lattice().gamma(), 1e-12);
  }

  @Test
  void rejectsUnterminatedTextField() throws IOException {
    Rejection r = rejected("unterminated_text_field.cif");
    assertEquals("cif.unterminated_text_field", r.reason());
    assertEquals("line 5", r.location());
  }

  @Test
  void rejectsConflictingDuplicateTag() throws IOException {
    Rejection r = rejected("duplicate_tag_conflict.cif");
    assertEquals("cif.duplicate_tag", r.reason());
    assertEquals("line 5", r.location());
  }

  @Test
  void rejectsLoopWithPartialRow() throws IOException {
    Rejection r = rejected("loop_mismatch.cif");
    assertEquals("cif.loop_mismatch", r.reason());
    assertEquals("line 4", r.location());
  }

  @Test
  void rejectsCellLengthThatIsNotANumber() throws IOException {
    Rejection r = rejected("bad_number_in_cell.cif");
    assertEquals("cif.bad_number", r.reason());
    assertEquals("line 5", r.location());
    assertEquals("_cell_length_b 4.O2", r.sample());
  }

  @Test
  void rejectsUnknownElement() throws IOException {
    Rejection r = rejected("unknown_element.cif");
    assertEquals("cif.unknown_element", r.reason());
    assertEquals("line 17", r.location());
  }

  @Test
  void rejectsMalformedOperator() throws IOException {
    Rejection r = rejected("bad_symop.cif");
    assertEquals("cif.bad_symop", r.reason());
    assertEquals("line 13", r.location());
  }

  @Test
  void rejectsSitesWithoutCell() throws IOException {
    Rejection r = rejected("no_cell.cif");
    assertEquals("cif.no_cell", r.reason());
    assertEquals("line 3", r.location());
  }

  @Test
  void keepsTheGoodBlocksOfAPartlyBrokenFile() throws IOException {
    ParseResult<Structure> r = parse("partly_good_file.cif");
    assertEquals(1, r.records().size());
    Structure s = r.records().get(0);
    assertEquals("CsCl_good", s.blockName());
    assertEquals("CsCl", s.composition().reducedFormula());
    assertEquals(2, s.nsites());
    assertEquals(1, r.rejections().size());
    assertEquals("cif.loop_mismatch", r.rejections().get(0).reason());
    assertEquals("line 27", r.rejections().get(0).location());
    assertTrue(r.rejections().get(0).message().startsWith("data_CsCl_broken: "));
  }

  @Test
  void garbageBytesComeBackAsARejectionNotAnException() {
    ParseResult<Structure> r = parser.parse(new SourceFile("test:garbage", 3),
        new byte[] {(byte) 0xff, 0, 0x1a});
    assertEquals(List.of(), r.records());
    assertEquals("cif.no_data_block", r.rejections().get(0).reason());
    assertEquals("line 1", r.rejections().get(0).location());
  }

  @Test
  void aFaultInsideTheParserBecomesAnInternalErrorRejection() {
    CifParser failing = new CifParser(text -> {
      throw new IllegalStateException("simulated bug");
    });
    ParseResult<Structure> r = failing.parse(new SourceFile("test:any", 1), new byte[] {'x'});
    assertEquals(List.of(), r.records());
    assertEquals("cif.internal_error", r.rejections().get(0).reason());
    assertEquals("IllegalStateException: simulated bug", r.rejections().get(0).message());
  }

  @Test
  void aCellWithoutAtomSitesIsDataNotABrokenStructure() {
    byte[] cif = "data_hkl\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ParseResult<Structure> r = parser.parse(new SourceFile("test:hkl", cif.length), cif);
    assertEquals(1, r.rejections().size());
    assertEquals("cif.no_structure", r.rejections().get(0).reason());
    assertEquals("line 1", r.rejections().get(0).location());
  }
}
