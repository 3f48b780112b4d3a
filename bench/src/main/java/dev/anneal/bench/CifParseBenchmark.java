package dev.anneal.bench;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.CifParser;
import dev.anneal.ingest.crystal.Structure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link CifParser} on one thread, warm JVM, in files per second: every CIF of
 * the 3DSC sample (300 files) is held in memory and parsed to full-cell structures per
 * invocation, so the figure excludes disk reads just as the Python peers' timings do not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CifParseBenchmark {

  /** Files per invocation; the corpus size, checked at setup. */
  static final int FILES = 300;

  /** The directory of CIFs, relative to the working directory (the project root). */
  @Param("../shared/corpus/crystal/3dsc")
  public String corpus;

  private byte[][] contents;
  private SourceFile[] sources;
  private final CifParser parser = new CifParser();

  @Setup
  public void load() throws IOException {
    Path dir = Paths.get(corpus);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
    }
    if (files.size() != FILES) {
      throw new IllegalStateException("expected " + FILES + " CIFs in " + dir.toAbsolutePath()
          + ", found " + files.size());
    }
    contents = new byte[FILES][];
    sources = new SourceFile[FILES];
    for (int i = 0; i < FILES; i++) {
      contents[i] = Files.readAllBytes(files.get(i));
      sources[i] = new SourceFile(files.get(i).toString(), contents[i].length);
      if (parser.parse(sources[i], contents[i]).records().isEmpty()) {
        throw new IllegalStateException("no structure from " + files.get(i));
      }
    }
  }

  /** Parses every file once; JMH's ops/s is then files/s. */
  @Benchmark
  @OperationsPerInvocation(FILES)
  public void parseAll(Blackhole bh) {
    for (int i = 0; i < FILES; i++) {
      ParseResult<Structure> r = parser.parse(sources[i], contents[i]);
      bh.consume(r);
    }
  }
}
