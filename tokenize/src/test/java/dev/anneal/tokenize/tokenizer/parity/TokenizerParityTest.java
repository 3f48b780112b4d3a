package dev.anneal.tokenize.tokenizer.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every id of every document of the parity corpus (over 10 MB) must equal the reference's:
 * npm {@code tiktoken} for the JTokkit encodings, the Hugging Face library for {@code tokenizer.json}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenizerParityTest {

  private static final List<String> TOKENIZERS = List.of("gpt2", "falcon", "o200k_base",
      "cl100k_base", "r50k_base", "variant-llama-style", "variant-splitters");

  private Path tokenizers;
  private Path work;
  private Path docsFile;
  private List<String> docs;
  private NodeReference reference;
  /** Why the references cannot run here, or null; each test then skips with this message. */
  private String skipReason;
  /** How Anneal and the reference name one tokenizer. */
  private record Spec(String anneal, String reference) {
  }
  private final Map<String, Spec> specs = new HashMap<>();
  private final Map<String, CompletableFuture<List<int[]>>> references = new HashMap<>();
  private final ExecutorService nodes = Executors.newFixedThreadPool(2);

  @BeforeAll
  void buildCorpus() throws Exception {
    Path shared = ProjectPaths.root().resolve("../shared").normalize();
    StringBuilder whyNot = new StringBuilder();
    Optional<NodeReference> found = NodeReference.find(whyNot);
    if (!Files.isDirectory(shared.resolve("corpus")) || !Files.isDirectory(shared.resolve("tokenizers"))) {
      skipReason = "skipping tokenizer parity: " + shared + "/corpus and /tokenizers are absent";
    } else if (found.isEmpty()) {
      skipReason = "skipping tokenizer parity: " + whyNot;
    }
    if (skipReason != null) {
      System.out.println("[parity] " + skipReason);
      return;
    }
    reference = found.get();
    tokenizers = shared.resolve("tokenizers");
    work = ProjectPaths.root().resolve("tokenize/target/tokenizer-parity");
    docs = ParityCorpus.documents(shared.resolve("corpus"));
    docsFile = work.resolve("docs.jsonl");
    ParityCorpus.writeJsonLines(docs, docsFile);
    long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf("[parity] corpus: %d documents, %.2f MB UTF-8 in %s%n", docs.size(), bytes / 1e6, docsFile);
    assertTrue(bytes > 10_000_000, "the parity corpus must hold over 10 MB, has " + bytes);
    // The references are the slow side (one Node process per tokenizer, about 10-30 s each):
    // all are started now, two at a time, and each test waits only for its own.
    Path gpt2 = tokenizers.resolve("gpt2.tokenizer.json");
    for (String which : TOKENIZERS) {
      String path = switch (which) {
        case "variant-llama-style" -> VariantTokenizers.llamaStyle(gpt2, work).toString();
        case "variant-splitters" -> VariantTokenizers.splitters(gpt2, work).toString();
        default -> tokenizers.resolve(which + ".tokenizer.json").toString();
      };
      specs.put(which, which.endsWith("_base") ? new Spec(which, "tiktoken:" + which)
          : new Spec("hf:" + path, "hf:" + path));
    }
    for (String which : TOKENIZERS) {
      references.put(which, CompletableFuture.supplyAsync(() -> {
        try {
          return reference.encode(specs.get(which).reference(), docsFile,
              work.resolve("ids-" + which + ".txt"));
        } catch (Exception e) {
          throw new CompletionException(e);
        }
      }, nodes));
    }
  }

  @AfterAll
  void stopReferences() {
    nodes.shutdownNow();
  }

  Stream<String> tokenizerNames() {
    return TOKENIZERS.stream();
  }

  @ParameterizedTest
  @MethodSource("tokenizerNames")
  void idsEqualTheReference(String which) throws Exception {
    assumeTrue(skipReason == null, skipReason);
    TextTokenizer tokenizer = Tokenizers.named(specs.get(which).anneal());
    List<int[]> expected = references.get(which).get();
    assertEquals(docs.size(), expected.size(), "reference id lines per document");
    long ids = 0;
    int mismatches = 0;
    int first = -1;
    int[] firstActual = null;
    for (int d = 0; d < docs.size(); d++) {
      int[] actual = tokenizer.encode(docs.get(d));
      ids += expected.get(d).length;
      if (!Arrays.equals(expected.get(d), actual)) {
        mismatches++;
        if (first < 0) {
          first = d;
          firstActual = actual;
        }
      }
    }
    System.out.printf("[parity] %s: %d documents, %d ids compared, %d mismatched documents%n",
        which, docs.size(), ids, mismatches);
    if (first >= 0) {
      fail(String.format("%s: %d of %d documents differ; first is #%d:%n---%n%s%n---%n"
              + "reference: %s%nanneal:    %s", which, mismatches, docs.size(), first,
          escapeForReport(docs.get(first)), Arrays.toString(expected.get(first)), Arrays.toString(firstActual)));
    }
  }

  /** The document with invisible characters shown as {@code \\uXXXX}, capped for the report. */
  static String escapeForReport(String doc) {
    StringBuilder sb = new StringBuilder();
    String s = doc.length() > 2000 ? doc.substring(0, 2000) + "…(cut)" : doc;
    s.codePoints().forEach(cp -> {
      if (cp == '\n' || (cp >= 0x20 && cp < 0x7F) || (cp > 0xA0 && !Character.isWhitespace(cp)
          && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.CONTROL)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(String.format("\\u%04X", cp));
      }
    });
    return sb.toString();
  }
}
