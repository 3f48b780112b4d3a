package dev.anneal.ingest.simulation.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtreeSkippingInputStreamTest {

  private static final SubtreeSkippingInputStream.Names DOS_AND_EIGEN =
      new SubtreeSkippingInputStream.Names(List.of("dos", "eigenvalues"));

  /** Reads everything through the filter with reads of {@code chunk} bytes (0: read()). */
  private static String filtered(byte[] input, int chunk) throws IOException {
    InputStream in = new SubtreeSkippingInputStream(new ByteArrayInputStream(input), DOS_AND_EIGEN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (chunk == 0) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        out.write(b);
      }
    } else {
      byte[] buf = new byte[chunk];
      for (int n = in.read(buf, 0, chunk); n >= 0; n = in.read(buf, 0, chunk)) {
        out.write(buf, 0, n);
      }
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  private static String filtered(String input) throws IOException {
    byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
    String bulk = filtered(bytes, 1 << 16);
    // Every read size gives the same bytes: a tag split across reads is still recognised.
    for (int chunk : new int[] {0, 1, 2, 3, 7, 13}) {
      assertEquals(bulk, filtered(bytes, chunk), "reads of " + chunk);
    }
    return bulk;
  }

  @Test
  void dropsNamedElementsWithNestingButKeepsTheirLineBreaks() throws IOException {
    String in = "<a>\n <dos>\n  <r>1 2</r>\r\n  <dos x=\"1>2\">\n</dos>\n </dos >\n <b/>"
        + "<eigenvalues/><i name=\"dos\">3</i></a>\n";
    assertEquals("<a>\n \n\r\n\n\n\n <b/><i name=\"dos\">3</i></a>\n", filtered(in));
  }

  @Test
  void keepsElementsWhoseNameOnlyStartsTheSame() throws IOException {
    String in = "<a><dossier>1</dossier><eigenvalues_x/><dos\t>2</dos></a>";
    assertEquals("<a><dossier>1</dossier><eigenvalues_x/></a>", filtered(in));
  }

  @Test
  void commentsCdataAndProcessingInstructionsAreNeverSearched() throws IOException {
    String in = "<?xml version=\"1.0\"?><a><!-- <dos> --><![CDATA[<dos>]]><?pi <dos>?>"
        + "<dos><!-- </dos> --><![CDATA[</dos>]]>x</dos>y</a>";
    assertEquals("<?xml version=\"1.0\"?><a><!-- <dos> --><![CDATA[<dos>]]><?pi <dos>?>y</a>",
        filtered(in));
  }

  @Test
  void inputEndingInsideADroppedElementEndsWithItsLineBreaks() throws IOException {
    String in = "<a>\n<dos>\n<r>1</r>\n<r>2";
    assertEquals("<a>\n\n\n", filtered(in));
  }

  @Test
  void aDoctypeOrUtf16InputPassesUnchanged() throws IOException {
    String doctype = "<!DOCTYPE a><a><dos>1</dos></a>";
    assertEquals(doctype, filtered(doctype));
    byte[] utf16 = "<a><dos>1</dos></a>".getBytes(StandardCharsets.UTF_16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SubtreeSkippingInputStream(new ByteArrayInputStream(utf16), DOS_AND_EIGEN).transferTo(out);
    assertEquals(new String(utf16, StandardCharsets.UTF_16), out.toString(StandardCharsets.UTF_16));
  }

  @Test
  void longInputCrossesBufferBoundariesAtEveryOffset() throws IOException {
    // Rows of varying length put the '<' of the end tag at every position of the 16 KiB buffer.
    StringBuilder in = new StringBuilder("<a>");
    StringBuilder expected = new StringBuilder("<a>");
    for (int k = 0; k < 3000; k++) {
      String keep = "<v>" + "x".repeat(k % 11) + "</v>\n";
      in.append(keep).append("<dos><r>").append("1 ".repeat(k % 7)).append("</r>\n</dos>");
      expected.append(keep).append('\n');
    }
    assertEquals(expected.append("</a>").toString(), filtered(in.append("</a>").toString()));
  }
}
