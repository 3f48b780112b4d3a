package dev.anneal.tokenize.tokenizer.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The parity corpus: documents cut deterministically from the shared real-world files (CIFs,
 * JATS XML raw and as text, synthesis JSON lines and their paragraphs, LaTeX, simulation logs)
 * followed by Unicode stress documents; the same input always gives the same list.
 */
public final class ParityCorpus {

  /** Longest document; longer paragraphs are cut at line ends, as a renderer's pages would be. */
  static final int MAX_DOCUMENT_CHARS = 20_000;

  private static final Set<String> BINARY = Set.of("pdf", "eln", "png", "jpg", "zip");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");

  private ParityCorpus() {
  }

  /** The documents of {@code sharedCorpus} and the stress set. */
  public static List<String> documents(Path sharedCorpus) throws IOException {
    List<String> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sharedCorpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      if (BINARY.contains(ext) || name.equals("README.md")) {
        continue;
      }
      if (name.endsWith(".tar.gz")) {
        for (String text : TarText.texts(file, ".tex", ".bbl")) {
          addParagraphs(text, docs);
        }
      } else if (ext.equals("cif")) {
        addChunked(read(file), docs);
      } else if (ext.equals("jsonl")) {
        addJsonLines(read(file), docs);
      } else if (ext.equals("nxml") || ext.equals("xml")) {
        String xml = read(file);
        addParagraphs(xml, docs);
        addParagraphs(TAG.matcher(xml).replaceAll(""), docs);
      } else {
        addParagraphs(read(file), docs);
      }
    }
    docs.addAll(UnicodeStress.documents(20261123L, 20_000, 40));
    docs.addAll(UnicodeStress.longRuns(20261123L));
    return docs;
  }

  private static String read(Path file) throws IOException {
    // Malformed bytes become U+FFFD, as the ingest stage's UTF-8 decoding would leave them.
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static void addJsonLines(String text, List<String> docs) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      addChunked(line, docs);
      JsonNode node = mapper.readTree(line);
      StringBuilder prose = new StringBuilder();
      collectStrings(node, prose);
      addChunked(prose.toString(), docs);
    }
  }

  private static void collectStrings(JsonNode node, StringBuilder out) {
    if (node.isTextual()) {
      out.append(node.asText()).append('\n');
    } else if (node.isContainerNode()) {
      Iterator<JsonNode> it = node.elements();
      while (it.hasNext()) {
        collectStrings(it.next(), out);
      }
    }
  }

  private static void addParagraphs(String text, List<String> docs) {
    for (String p : PARAGRAPH_BREAK.split(text)) {
      addChunked(p, docs);
    }
  }

  private static void addChunked(String text, List<String> docs) {
    int from = 0;
    while (from < text.length()) {
      int to = Math.min(text.length(), from + MAX_DOCUMENT_CHARS);
      if (to < text.length()) {
        int nl = text.lastIndexOf('\n', to);
        to = nl > from ? nl + 1 : to;
        if (Character.isHighSurrogate(text.charAt(to - 1))) {
          to--; // never split a surrogate pair
        }
      }
      String doc = text.substring(from, to);
      if (!doc.isEmpty()) {
        docs.add(doc);
      }
      from = to;
    }
  }

  /** Reads text members of a {@code .tar.gz} without an archive library (ustar headers only). */
  static final class TarText {

    private TarText() {
    }

    static List<String> texts(Path tarGz, String... suffixes) throws IOException {
      List<String> texts = new ArrayList<>();
      try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
          String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
          String sizeField = new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim();
          long size = sizeField.isEmpty() ? 0 : Long.parseLong(sizeField, 8);
          byte[] body = in.readNBytes((int) size);
          in.readNBytes((int) ((512 - size % 512) % 512));
          for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
              texts.add(new String(body, StandardCharsets.UTF_8));
            }
          }
        }
      }
      return texts;
    }
  }

  /** Writes {@code docs} as JSON Lines, one JSON string per line, the Node script's input. */
  public static void writeJsonLines(List<String> docs, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String doc : docs) {
      out.writeBytes(mapper.writeValueAsBytes(doc));
      out.write('\n');
    }
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
  }
}
