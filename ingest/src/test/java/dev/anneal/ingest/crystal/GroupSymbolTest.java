package dev.anneal.ingest.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which atom-site symbols name a group of atoms rather than one element. */
class GroupSymbolTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // symbol | type symbol? | group formula or null
      "NH3|true|NH3",
      "NH4+|true|NH4",
      "OH|true|OH",
      "OH-|true|OH",
      "H2O|true|H2O",
      "Wat|true|H2O",
      "NO3|true|NO3",
      "PO4|true|PO4",
      "CO3|true|CO3",
      "SiO4|true|SiO4",
      "CH3|true|CH3",
      "Nb|true|null",
      "Fe3+|true|null",
      "O2-|true|null",
      "CL|true|null",
      "NA1|false|null",
      "CO1|false|null",
      "NB2|false|null",
      "HN1|false|null",
      "OH1|false|null",
      "NH1|false|NH1",
      "Ow1|false|null",
      "Hw2|false|null",
      "C1B|false|null",
      "Ca1|false|null",
  })
  void recognizesGroups(String symbol, boolean typeSymbol, String expected) {
    assertEquals(expected, GroupSymbol.formula(symbol, typeSymbol));
  }
}
