package dev.anneal.ingest.crystal.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CIF numbers: values with standard uncertainties, agreeing with Double.parseDouble exactly. */
class CifNumbersTest {

  @Test
  void dropsTheUncertaintyAndKeepsItOnRequest() {
    assertEquals(5.4307, CifNumbers.parse("5.4307(2)"));
    assertEquals(0.0002, CifNumbers.uncertainty("5.4307(2)"), 1e-15);
    assertEquals(12.0, CifNumbers.uncertainty("1234(12)"), 1e-12);
    assertEquals(0.012, CifNumbers.uncertainty("1.5E-2(12)"), 1e-15);
    assertTrue(Double.isNaN(CifNumbers.uncertainty("5.43")));
  }

  @Test
  void agreesWithParseDoubleBitForBit() {
    for (String s : new String[] {"0.33333333", "-0.500", ".5", "5.", "0.000123", "123456789012345",
        "1e-3", "2.5E+2", "0.1234567890123456789", "-0", "90.00000000", "0.66666667"}) {
      assertEquals(Double.parseDouble(s), CifNumbers.parse(s), s);
    }
  }

  @Test
  void rejectsWhatIsNotANumber() {
    for (String s : new String[] {"", ".", "?", "4.O2", "NaN", "Infinity", "1.2.3", "5(", "5(a)",
        "0x10", "1d"}) {
      assertTrue(Double.isNaN(CifNumbers.parse(s)), s);
    }
  }
}
