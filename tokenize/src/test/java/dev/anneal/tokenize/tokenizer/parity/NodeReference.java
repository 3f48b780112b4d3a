package dev.anneal.tokenize.tokenizer.parity;

import dev.anneal.ingest.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs {@code scripts/peers/tokenizer_reference.mjs}, the npm reference tokenizers, from Java. */
public final class NodeReference {

  private final Path script;

  private NodeReference(Path script) {
    this.script = script;
  }

  /** The reference runner, or why it cannot run here (no node, packages not installed). */
  public static Optional<NodeReference> find(StringBuilder whyNot) {
    Path peers = ProjectPaths.root().resolve("scripts/peers");
    Path script = peers.resolve("tokenizer_reference.mjs");
    for (String pkg : new String[] {"@anush008/tokenizers", "tiktoken"}) {
      if (!Files.isDirectory(peers.resolve("node_modules").resolve(pkg))) {
        whyNot.append("npm package ").append(pkg).append(" not installed in ").append(peers)
            .append("/node_modules: run scripts/install-node-peers.sh");
        return Optional.empty();
      }
    }
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        whyNot.append("node --version failed");
        return Optional.empty();
      }
    } catch (IOException e) {
      whyNot.append("node is not on the PATH: ").append(e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      whyNot.append("interrupted");
      return Optional.empty();
    }
    return Optional.of(new NodeReference(script));
  }

  /**
   * The reference ids of every document in {@code docsJsonl} for {@code spec}
   * ({@code tiktoken:NAME} or {@code hf:PATH}), one array per document.
   */
  public List<int[]> encode(String spec, Path docsJsonl, Path idsOut) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("node", script.toString(), "--tokenizer", spec,
        "--in", docsJsonl.toString(), "--out", idsOut.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("reference script failed for " + spec + ":\n" + log);
    }
    List<int[]> ids = new ArrayList<>();
    for (String line : Files.readAllLines(idsOut, StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        ids.add(new int[0]);
        continue;
      }
      String[] parts = line.split(" ");
      int[] row = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        row[i] = Integer.parseInt(parts[i]);
      }
      ids.add(row);
    }
    return ids;
  }
}
