package dev.anneal.ingest.literature;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** Scratch: prints what the readers make of one file (run with the path as argument). */
public final class LiteratureDump {
  public static void main(String[] args) throws Exception {
    FileIngestor ingestor = new FileIngestor(256L << 20);
    for (String a : args) {
      Path p = Path.of(a);
      try (InputStream in = Files.newInputStream(p)) {
        Iterator<IngestedFile> it = ingestor.ingestAll(new SourceFile(p.toString(), Files.size(p)), in);
        while (it.hasNext()) {
          IngestedFile f = it.next();
          for (ParsedDocument d : f.documents()) {
            Document doc = d.document();
            System.out.println("=== " + doc.sourceUri() + " [" + doc.format() + "] lang=" + doc.language());
            System.out.println("TITLE: " + doc.title());
            System.out.println("AUTHORS: " + doc.authors());
            System.out.println("DOI: " + doc.doi() + " JOURNAL: " + doc.journal() + " YEAR: " + doc.year());
            System.out.println("ABSTRACT: " + doc.abstractText());
            for (Paragraph para : d.paragraphs()) {
              System.out.println("-- [" + para.kind() + "|" + para.section() + "] " + para.text());
            }
          }
          f.rejections().forEach(r -> System.out.println("REJECT " + r));
        }
      }
    }
  }
}
