package dev.anneal.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void everyKeyHasADefault() {
    AnnealConfig c = ConfigLoader.load(null, List.of());
    assertEquals("local[*]", c.spark().master());
    assertEquals("o200k_base", c.tokenize().tokenizer());
    assertEquals(4096, c.tokenize().seqLen());
    assertEquals(false, c.ingest().failOnReject());
  }

  @Test
  void fileThenOverridesWin(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("anneal.yaml");
    Files.writeString(file, "tokenize:\n  seq_len: 2048\n  tokenizer: cl100k_base\n");
    AnnealConfig c = ConfigLoader.load(file, List.of("tokenize.seq_len=1024"));
    assertEquals(1024, c.tokenize().seqLen());
    assertEquals("cl100k_base", c.tokenize().tokenizer());
    assertEquals(2, c.tokenize().shards(), "keys the file does not name keep their default");
  }

  @Test
  void unknownKeyIsRejectedWithItsPathAndTheKnownKeys(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("anneal.yaml");
    Files.writeString(file, "tokenize:\n  seq_length: 2048\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of()));
    assertTrue(e.getMessage().contains("'tokenize.seq_length'"), e.getMessage());
    assertTrue(e.getMessage().contains("seq_len"), e.getMessage());
    ConfigException o = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("ingest.nope=1")));
    assertTrue(o.getMessage().contains("'ingest.nope'"), o.getMessage());
  }

  @Test
  void labLogColumnsAreAFreeFormMapping(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("anneal.yaml");
    Files.writeString(file, """
        lablog:
          pseudonymization_key: lab-secret
          columns:
            "Tonset [K]": {role: value, property: tc, unit: K}
            Batch: sample_id
        """);
    AnnealConfig c = ConfigLoader.load(file, List.of());
    assertEquals("lab-secret", c.lablog().pseudonymizationKey());
    assertEquals("sample_id", c.lablog().columns().get("Batch"));
    var mapping = dev.anneal.ingest.lablog.ColumnMapping.fromMap(c.lablog().mapping());
    assertEquals(dev.anneal.ingest.lablog.ColumnRole.VALUE, mapping.resolve(
        dev.anneal.ingest.lablog.HeaderName.of("Tonset [K]")).role());
  }

  @Test
  void wrongTypeIsAConfigurationError() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("tokenize.seq_len=long")));
    assertTrue(e.getMessage().contains("long"), e.getMessage());
  }

  @Test
  void missingFileIsAConfigurationError() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(Path.of("/no/such/anneal.yaml"), List.of()));
    assertTrue(e.getMessage().contains("/no/such/anneal.yaml"));
  }

  @Test
  void hashChangesWithTheConfigurationOnly() {
    String a = ConfigLoader.sha256(ConfigLoader.tree(null, List.of()));
    String b = ConfigLoader.sha256(ConfigLoader.tree(null, List.of()));
    String c = ConfigLoader.sha256(ConfigLoader.tree(null, List.of("tokenize.seed=7")));
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void printedYamlReadsBackToTheSameConfiguration(@TempDir Path dir) throws IOException {
    var tree = ConfigLoader.tree(null, List.of("tokenize.seq_len=333"));
    Path file = dir.resolve("printed.yaml");
    Files.writeString(file, ConfigLoader.toYaml(tree));
    assertEquals(ConfigLoader.bind(tree), ConfigLoader.load(file, List.of()));
  }
}
