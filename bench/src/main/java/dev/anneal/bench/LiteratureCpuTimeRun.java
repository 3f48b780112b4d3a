package dev.anneal.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.literature.Paragraph;
import dev.anneal.ingest.literature.ParsedDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents per second of each literature reader through {@link FileIngestor} (detection,
 * parse, shared cleanup, language detection), on the real files of
 * {@code ../shared/corpus/literature} and on HTML and DOCX renderings of the JATS articles made
 * here. Reports the best round by process CPU time, which counts Tika's worker thread and, unlike
 * wall time, not the time other jobs hold the cores; run it pinned to one core. The first half
 * of the rounds is warm-up. Usage: {@code LiteratureCpuTimeRun [LITERATURE_DIR] [ROUNDS]}.
 */
public final class LiteratureCpuTimeRun {

  private LiteratureCpuTimeRun() {
  }

  /** Runs the measurement and prints one line per reader. */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "../shared/corpus/literature");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Map<String, List<Path>> byReader = new LinkedHashMap<>();
    byReader.put("jats", list(dir.resolve("jats")));
    byReader.put("latex bundle", list(dir.resolve("latex")));
    byReader.put("pdf (tika)", list(dir.resolve("pdf")));
    Map<String, List<byte[]>> inputs = new LinkedHashMap<>();
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (var e : byReader.entrySet()) {
      List<byte[]> bytes = new ArrayList<>();
      for (Path p : e.getValue()) {
        bytes.add(Files.readAllBytes(p));
      }
      inputs.put(e.getKey(), bytes);
      names.put(e.getKey(), e.getValue().stream().map(p -> p.getFileName().toString()).toList());
    }
    FileIngestor ingestor = new FileIngestor(256L << 20);
    List<ParsedDocument> jats = new ArrayList<>();
    for (int i = 0; i < inputs.get("jats").size(); i++) {
      jats.addAll(read(ingestor, names.get("jats").get(i), inputs.get("jats").get(i)).documents());
    }
    inputs.put("html (tika)", jats.stream().map(LiteratureCpuTimeRun::html).toList());
    names.put("html (tika)", jats.stream().map(d -> d.document().doi() + ".html").toList());
    List<byte[]> docx = new ArrayList<>();
    for (ParsedDocument d : jats) {
      docx.add(docx(d));
    }
    inputs.put("docx (tika)", docx);
    names.put("docx (tika)", jats.stream().map(d -> d.document().doi() + ".docx").toList());

    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (var e : inputs.entrySet()) {
      List<byte[]> files = e.getValue();
      List<String> fileNames = names.get(e.getKey());
      long bestCpu = Long.MAX_VALUE;
      long bestWall = Long.MAX_VALUE;
      int documents = 0;
      long bytes = files.stream().mapToLong(b -> b.length).sum();
      for (int r = 0; r < rounds; r++) {
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        documents = 0;
        for (int i = 0; i < files.size(); i++) {
          IngestedFile f = read(ingestor, fileNames.get(i), files.get(i));
          documents += f.documents().size();
          if (!f.rejections().isEmpty()) {
            throw new IllegalStateException(fileNames.get(i) + ": " + f.rejections());
          }
        }
        long cpu = os.getProcessCpuTime() - c0;
        long wall = System.nanoTime() - w0;
        if (r >= rounds / 2) {
          bestCpu = Math.min(bestCpu, cpu);
          bestWall = Math.min(bestWall, wall);
        }
      }
      System.out.printf(Locale.ROOT, "%-13s %d files (%.2f MB): %.1f docs/s CPU, %.1f docs/s wall"
              + " (%.0f ms CPU per document), best of %d rounds%n", e.getKey(), files.size(),
          bytes / 1e6, documents / (bestCpu / 1e9), documents / (bestWall / 1e9),
          bestCpu / 1e6 / documents, rounds - rounds / 2);
    }
  }

  private static IngestedFile read(FileIngestor ingestor, String name, byte[] bytes) {
    IngestedFile all = new IngestedFile();
    Iterator<IngestedFile> it = ingestor.ingestAll(new SourceFile("bench/" + name, bytes.length),
        new ByteArrayInputStream(bytes));
    it.forEachRemaining(all::addAll);
    return all;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static byte[] html(ParsedDocument d) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>")
        .append(escape(d.document().title())).append("</title></head><body>");
    String section = null;
    for (Paragraph p : d.paragraphs()) {
      if (!p.section().equals(section)) {
        section = p.section();
        sb.append("<h2>").append(escape(section)).append("</h2>");
      }
      sb.append("<p>").append(escape(p.text())).append("</p>\n");
    }
    return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] docx(ParsedDocument d) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(d.document().title());
      for (Paragraph p : d.paragraphs()) {
        doc.createParagraph().createRun().setText(p.text());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
