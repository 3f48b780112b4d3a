package dev.anneal.ingest.literature.tika;

import java.io.IOException;

/** The broken PDFs of {@link PdfFixtures}, for tests in other packages. */
public final class PdfFixturesAccess {

  private PdfFixturesAccess() {
  }

  /** A PDF that needs a user password. */
  public static byte[] encrypted() throws IOException {
    return PdfFixtures.withText("pw", "Secret text.");
  }

  /** A PDF of blank pages. */
  public static byte[] blank() throws IOException {
    return PdfFixtures.blank();
  }

  /** A PDF header followed by noise. */
  public static byte[] garbage() {
    return PdfFixtures.garbage();
  }
}
