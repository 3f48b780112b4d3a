package dev.anneal.normalize.gold;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.literature.Paragraph;
import dev.anneal.ingest.literature.ParsedDocument;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the texts the gold set refers to from {@code ../shared/corpus} (never copied into the
 * repository): literature paragraphs through the project's own ingestor, recipe-set paragraphs
 * by line number. A reference carries the SHA-256 of the text so a changed reader or file is
 * noticed instead of silently scored against the wrong paragraph.
 */
public final class GoldSources {

  /**
   * One paragraph of a source file.
   *
   * @param file    path below the shared corpus
   * @param index   paragraph ordinal in the file (recipes: 1-based line)
   * @param section its section heading, or ""
   * @param text    the text
   */
  public record Source(String file, int index, String section, String text) {

    /** The first 16 hex digits of the SHA-256 of the text. */
    public String hash() {
      return GoldSources.hash(text);
    }
  }

  private final Path corpus;
  private final Map<String, List<Source>> cache = new HashMap<>();

  /** Sources under {@code corpus} (the shared corpus folder). */
  public GoldSources(Path corpus) {
    this.corpus = corpus;
  }

  /** Sources under {@code ../shared/corpus} beside the project root. */
  public static GoldSources shared() {
    return new GoldSources(ProjectPaths.sharedCorpus());
  }

  /** Whether the shared corpus is there. */
  public boolean present() {
    return Files.isDirectory(corpus.resolve("literature"))
        && Files.isDirectory(corpus.resolve("synthesis"));
  }

  /** Every paragraph of {@code file} (below the corpus) in order. */
  public List<Source> paragraphs(String file) throws IOException {
    List<Source> cached = cache.get(file);
    if (cached != null) {
      return cached;
    }
    List<Source> out = new ArrayList<>();
    Path path = corpus.resolve(file);
    if (file.endsWith(".jsonl")) {
      com.fasterxml.jackson.databind.ObjectMapper json =
          new com.fasterxml.jackson.databind.ObjectMapper();
      try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (!line.isBlank()) {
            out.add(new Source(file, n, "", json.readTree(line).path("paragraph_string").asText()));
          }
        }
      }
    } else {
      IngestedFile all = new IngestedFile();
      try (InputStream in = Files.newInputStream(path)) {
        Iterator<IngestedFile> it = new FileIngestor(256L << 20).ingestAll(
            new SourceFile(path.toString(), Files.size(path)), in);
        it.forEachRemaining(all::addAll);
      }
      int i = 0;
      for (ParsedDocument d : all.documents()) {
        for (Paragraph p : d.paragraphs()) {
          out.add(new Source(file, i++, p.section(), p.text()));
        }
      }
    }
    cache.put(file, out);
    return out;
  }

  /** The first 16 hex digits of the SHA-256 of {@code text} (UTF-8). */
  public static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
