package dev.anneal.ingest.literature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LicencesTest {

  @Test
  void creativeCommonsUrlsBecomeSpdxIds() {
    assertEquals("CC-BY-3.0", Licences.of("http://creativecommons.org/licenses/by/3.0/", "", ""));
    assertEquals("CC-BY-NC-ND-4.0",
        Licences.of("https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode", null, null));
    assertEquals("CC0-1.0",
        Licences.of("https://creativecommons.org/publicdomain/zero/1.0/", null, null));
    assertEquals("CC-BY-2.0", Licences.of("http://creativecommons.org/licenses/by/2/", "", ""));
  }

  @Test
  void licenceSentencesAndTypesAreReadWhenThereIsNoUrl() {
    assertEquals("CC-BY-4.0", Licences.of("", "OpenAccess", "Open Access This article is licensed"
        + " under a Creative Commons Attribution 4.0 International License, which permits use"));
    assertEquals("CC-BY-NC-SA-3.0", Licences.of(null, null,
        "Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported"));
    assertEquals("CC-BY", Licences.of(null, "cc-by", ""), "a family without a version");
    assertEquals("CC-BY-4.0", Licences.of(null, "cc-by-4.0", null), "an SPDX id as the type");
    assertEquals("MIT", Licences.of(null, "mit", null));
  }

  @Test
  void anUnrecognisedLicenceIsKeptAndNoLicenceIsUnknown() {
    assertEquals("https://example.org/terms", Licences.of("https://example.org/terms", "", ""));
    assertEquals(Licences.OTHER, Licences.of("", "", "All rights reserved."));
    assertEquals(Licences.UNKNOWN, Licences.of("", "", ""));
    assertEquals(Licences.UNKNOWN, Licences.of(null, null, null));
  }
}
