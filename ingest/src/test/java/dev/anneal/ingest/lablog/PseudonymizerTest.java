package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {

  private final Pseudonymizer p = Pseudonymizer.withDefaultKey();

  @Test
  void pseudonymsAreStableKeyedAndShaped() {
    String a = p.person("Jana Novak");
    assertTrue(a.matches("person:[0-9a-f]{12}"), a);
    assertEquals(a, Pseudonymizer.withDefaultKey().person(" jana  NOVAK "), "case and spacing fold");
    assertNotEquals(a, Pseudonymizer.withKey("another-key-of-enough-length").person("Jana Novak"));
    assertEquals(a, p.person(a), "pseudonymizing twice changes nothing");
    assertEquals("", p.person("  "));
    assertThrows(IllegalArgumentException.class, () -> Pseudonymizer.withKey("short"));
  }

  @Test
  void scrubsEmailsAndKnownNamesInFreeText() {
    String text = p.text("asked jana novak and Wei Li (wei.li@lab.example.org); Lithium ok",
        List.of("Jana Novak", "Wei Li", "Li"));
    assertFalse(text.toLowerCase().contains("novak"), text);
    assertFalse(text.contains("wei.li@"), text);
    assertFalse(text.contains("Wei Li"), text);
    assertTrue(text.contains(p.person("Jana Novak")), text);
    assertTrue(text.contains(p.person("wei.li@lab.example.org")), text);
    assertTrue(text.contains("Lithium"), "names match whole words only, and 'Li' is too short to search");
  }
}
