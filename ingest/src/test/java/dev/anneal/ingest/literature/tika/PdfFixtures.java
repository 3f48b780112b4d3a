package dev.anneal.ingest.literature.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs made with PDFBox for the tests: encrypted, blank, damaged, and a small good one. */
final class PdfFixtures {

  private PdfFixtures() {
  }

  /** A one-page PDF with {@code lines} of text, encrypted with a user password when given. */
  static byte[] withText(String userPassword, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.setLeading(14);
        cs.newLineAtOffset(72, 700);
        for (String line : lines) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret",
            userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A valid PDF of three blank pages: a scan without a text layer reads like this. */
  static byte[] blank() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 3; i++) {
        doc.addPage(new PDPage());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A PDF header followed by noise: no object, no cross-reference table, no trailer. */
  static byte[] garbage() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[header.length + noise.length];
    System.arraycopy(header, 0, out, 0, header.length);
    System.arraycopy(noise, 0, out, header.length, noise.length);
    return out;
  }
}
