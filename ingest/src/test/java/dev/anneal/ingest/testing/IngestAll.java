package dev.anneal.ingest.testing;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Test helpers: a file read whole through {@link FileIngestor}, and its rejections' reasons. */
public final class IngestAll {

  private IngestAll() {
  }

  /** Everything {@code ingestor} makes of {@code content}, named {@code file:/in/<name>}. */
  public static IngestedFile read(FileIngestor ingestor, String name, byte[] content) {
    Iterator<IngestedFile> it = ingestor.ingestAll(new SourceFile("file:/in/" + name,
        content.length), new ByteArrayInputStream(content));
    IngestedFile all = new IngestedFile();
    it.forEachRemaining(all::addAll);
    return all;
  }

  /** The reason codes of {@code f}'s rejections, in order. */
  public static List<String> reasons(IngestedFile f) {
    List<String> out = new ArrayList<>();
    f.rejections().forEach(r -> out.add(r.reason()));
    return out;
  }
}
