package dev.anneal.ingest.literature;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Collectors;

/** Reads files of {@code ../shared/corpus/literature} through the real ingestor, for tests. */
public final class LiteratureCorpus {

  private LiteratureCorpus() {
  }

  /** The corpus file at {@code relative} (below {@code literature/}); skips the test if absent. */
  public static Path file(String relative) {
    Path p = ProjectPaths.sharedCorpus().resolve("literature").resolve(relative);
    assumeTrue(Files.isRegularFile(p), "shared corpus absent: " + p + " (skipping)");
    return p;
  }

  /** Everything the ingestor makes of {@code path}, archive members merged. */
  public static IngestedFile ingest(Path path) throws IOException {
    return ingest(new FileIngestor(256L << 20), path);
  }

  /** Everything {@code ingestor} makes of {@code path}, archive members merged. */
  public static IngestedFile ingest(FileIngestor ingestor, Path path) throws IOException {
    IngestedFile all = new IngestedFile();
    try (InputStream in = Files.newInputStream(path)) {
      Iterator<IngestedFile> it = ingestor.ingestAll(new SourceFile(path.toString(),
          Files.size(path)), in);
      it.forEachRemaining(all::addAll);
    }
    return all;
  }

  /** All paragraph texts of a parsed document, one per line. */
  public static String paragraphs(ParsedDocument d) {
    return d.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
  }
}
