package dev.anneal.ingest.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

  private final FormatDetector detector = new FormatDetector();

  private Format detect(String name, byte[] content) {
    return detector.detect(new SourceFile("file:/in/" + name, content.length), content,
        content.length);
  }

  private Format detect(String name, String content) {
    return detect(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void extensionsPickTheParser() {
    assertEquals(Format.CIF, detect("NaCl.CIF", "data_NaCl\n"));
    assertEquals(Format.MARKDOWN, detect("paper.md", "# Title\n"));
    assertEquals(Format.TEXT, detect("notes.txt", "some notes"));
  }

  @Test
  void cifIsRecognisedByContentWithoutExtension() {
    assertEquals(Format.CIF, detect("1000041", "# from COD\n#\ndata_1000041\n_cell_length_a 5\n"));
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreEmpty() {
    assertEquals(Format.EMPTY, detect("a.cif", ""));
    assertEquals(Format.EMPTY, detect("a.md", " \n\t\r\n"));
  }

  @Test
  void nulBytesMeanBinaryWhateverTheExtension() {
    assertEquals(Format.BINARY, detect("looks.cif", new byte[] {'d', 'a', 't', 'a', '_', 0, 1, 2}));
  }

  @Test
  void unknownTextIsUnsupported() {
    assertEquals(Format.UNSUPPORTED, detect("table.csv", "a,b\n1,2\n"));
  }
}
