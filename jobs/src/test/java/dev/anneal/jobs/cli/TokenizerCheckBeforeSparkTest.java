package dev.anneal.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.SparkSessions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A tokenizer the run cannot use is a usage mistake (exit 2) reported before any Spark session starts. */
class TokenizerCheckBeforeSparkTest {

  @TempDir
  Path tmp;

  /** A byte-level BPE file whose only special tokens are a chat model's turn markers. */
  private Path chatOnlyTokenizer() throws Exception {
    StringBuilder vocab = new StringBuilder();
    int id = 0;
    int shifted = 0;
    // GPT-2's byte alphabet: printable Latin-1 bytes stand for themselves, the rest from U+0100.
    for (int b = 0; b < 256; b++) {
      boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
      char c = printable ? (char) b : (char) (256 + shifted++);
      String json = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : String.valueOf(c);
      vocab.append('"').append(json).append("\":").append(id++).append(',');
    }
    vocab.append("\"<|im_start|>\":").append(id).append(",\"<|im_end|>\":").append(id + 1);
    String json = "{\"added_tokens\":[{\"id\":" + id + ",\"content\":\"<|im_start|>\",\"special\":true},"
        + "{\"id\":" + (id + 1) + ",\"content\":\"<|im_end|>\",\"special\":true}],\"normalizer\":null,"
        + "\"pre_tokenizer\":{\"type\":\"ByteLevel\",\"add_prefix_space\":false},\"post_processor\":null,"
        + "\"decoder\":{\"type\":\"ByteLevel\"},\"model\":{\"type\":\"BPE\",\"vocab\":{" + vocab + "},\"merges\":[]}}";
    Path file = tmp.resolve("chat-only.tokenizer.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private int run(StringWriter err, Path out, String... conf) {
    CommandLine cli = AnnealCommand.commandLine();
    cli.setErr(new PrintWriter(err, true));
    String[] args = new String[4 + conf.length * 2];
    args[0] = "run";
    args[1] = "--input=" + ProjectPaths.exampleCorpus();
    args[2] = "--out=" + out;
    args[3] = "--quiet";
    for (int i = 0; i < conf.length; i++) {
      args[4 + 2 * i] = "--conf";
      args[5 + 2 * i] = conf[i];
    }
    return cli.execute(args);
  }

  @Test
  void aTokenizerWithoutADocumentEndStopsTheRunBeforeSpark() throws Exception {
    // Tests share one JVM: when an earlier test left a session, "none started" cannot be seen,
    // and exit 2 with nothing written under OUT is what shows the run stopped before any stage.
    boolean sessionBefore = SparkSessions.sessionExists();
    StringWriter err = new StringWriter();
    Path out = tmp.resolve("out");
    int code = run(err, out, "tokenize.tokenizer=hf:" + chatOnlyTokenizer());
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("no document-end token"), err.toString());
    assertTrue(err.toString().contains("<|im_start|> <|im_end|>"), "names the candidates: " + err);
    assertTrue(err.toString().contains("tokenize.end_of_text"), err.toString());
    if (!sessionBefore) {
      assertFalse(SparkSessions.sessionExists(), "no Spark session was started");
    }
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void aMissingFileAndAnUnknownEndOfTextAreUsageMistakesToo() throws Exception {
    boolean sessionBefore = SparkSessions.sessionExists();
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, tmp.resolve("a"), "tokenize.tokenizer=hf:" + tmp.resolve("absent.json")), err.toString());
    assertTrue(err.toString().contains("does not exist"), err.toString());
    StringWriter err2 = new StringWriter();
    assertEquals(2, run(err2, tmp.resolve("b"), "tokenize.tokenizer=hf:" + chatOnlyTokenizer(),
        "tokenize.end_of_text=<|endoftext|>"), err2.toString());
    assertTrue(err2.toString().contains("'<|endoftext|>' is not a token"), err2.toString());
    if (!sessionBefore) {
      assertFalse(SparkSessions.sessionExists(), "no Spark session was started");
    }
    assertFalse(Files.exists(tmp.resolve("a")) || Files.exists(tmp.resolve("b")), "nothing is written");
  }
}
