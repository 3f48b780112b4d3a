package dev.anneal.normalize.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mixed sites and dopant notation as labs write them, read to a composition with flags. */
class LabFormulaNotationTest {

  private static FormulaResult.Parsed parsed(String text) {
    FormulaResult r = FormulaParser.parse(text);
    return assertInstanceOf(FormulaResult.Parsed.class, r, r.toJson());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // as written | reduced formula | flags
      "(Ba,Sr)TiO3|Ba0.5Sr0.5TiO3|mixed_site,site_fractions_unknown",
      "(Ba0.6Sr0.4)TiO3|Ba0.6Sr0.4TiO3|mixed_site",
      "(Ba0.6,Sr0.4)TiO3|Ba0.6Sr0.4TiO3|mixed_site",
      "La(Fe0.5Co0.5)O3|LaFe0.5Co0.5O3|mixed_site",
      "(La,Sr)2CuO4|SrLaCuO4|mixed_site,site_fractions_unknown",
      "Ca(OH)2|Ca(HO)2|''",
      "(NH4)2SO4|H8S(NO2)2|''",
  })
  void mixedSites(String text, String reduced, String flags) {
    FormulaResult.Parsed p = parsed(text);
    assertEquals(reduced, p.composition().reducedFormula());
    assertEquals(flags.isEmpty() ? List.of() : List.of(flags.split(",")), p.flagCodes());
  }

  @Test
  void equalSharesWhenNoFractionIsWritten() {
    FormulaResult.Parsed p = parsed("(Ba,Sr)TiO3");
    assertEquals(0.5, p.composition().amount("Ba"), 1e-12);
    assertEquals(0.5, p.composition().amount("Sr"), 1e-12);
    assertEquals(3.0, p.composition().amount("O"), 1e-12);
  }

  @Test
  void aMixedSiteWithSomeFractionsMissingIsRejected() {
    FormulaResult r = FormulaParser.parse("(Ba0.6,Sr)TiO3");
    assertEquals(FormulaReason.AMBIGUOUS_SITE,
        assertInstanceOf(FormulaResult.Rejected.class, r).reason());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // as written | host reduced formula | dopants | flags
      "SrTiO3:Nb|SrTiO3|Nb|dopant_amount_unknown,doped",
      "Nb:SrTiO3|SrTiO3|Nb|dopant_amount_unknown,doped",
      "SrTiO3:Nb 0.5%|SrTiO3|Nb 0.5 %|doped",
      "SrTiO3:0.5%Nb|SrTiO3|Nb 0.5 %|doped",
      "SrTiO3:Nb(0.7 wt%)|SrTiO3|Nb 0.7 wt%|doped",
      "SrTiO3:0.1 at.% Nb|SrTiO3|Nb 0.1 at.%|doped",
      "Si:P|Si|P|dopant_amount_unknown,doped",
      "ZnO:Al,Ga|ZnO|Al;Ga|dopant_amount_unknown,doped",
      "Y3Al5O12:Ce|Y3Al5O12|Ce|dopant_amount_unknown,doped",
  })
  void dopantNotation(String text, String host, String dopants, String flags) {
    FormulaResult.Parsed p = parsed(text);
    assertEquals(host, p.composition().reducedFormula());
    assertEquals(List.of(dopants.split(";")), p.dopants());
    assertEquals(java.util.Arrays.stream(flags.split(",")).sorted().toList(), p.flagCodes());
    assertTrue(p.toJson().contains("\"dopants\":["), p.toJson());
  }

  @Test
  void aColonBetweenTwoCompoundsIsNoDopantNotation() {
    FormulaResult r = FormulaParser.parse("SrTiO3:LaAlO3");
    assertEquals(FormulaReason.NOT_A_FORMULA,
        assertInstanceOf(FormulaResult.Rejected.class, r).reason());
  }

  @Test
  void undopedFormulasKeepTheirJson() {
    assertTrue(!parsed("SrTiO3").toJson().contains("dopants"));
  }
}
