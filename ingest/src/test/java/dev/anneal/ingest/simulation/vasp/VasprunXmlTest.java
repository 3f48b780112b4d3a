package dev.anneal.ingest.simulation.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** VasprunXml's text helpers. */
class VasprunXmlTest {

  @Test
  void squeezeIsReplaceAllOfWhitespaceRuns() {
    for (String s : new String[] {"a  b", "a\tb\n c", "plain", "a b c", "a \u000B b", "x\r\n",
        " lead", "a\u00A0b", "PAW_PBE Sr_sv 07Sep2000"}) {
      assertEquals(s.replaceAll("\\s+", " "), VasprunXml.squeeze(s), s);
    }
  }
}
