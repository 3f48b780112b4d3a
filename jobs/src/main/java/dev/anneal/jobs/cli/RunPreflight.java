package dev.anneal.jobs.cli;

import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.jobs.config.ConfigException;
import dev.anneal.jobs.stage.QualityStage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks made before Spark starts, so that a usage or configuration mistake exits 2 at
 * once, and a failure after the start (exit 1) is never the user's input to the command line.
 */
final class RunPreflight {

  private RunPreflight() {
  }

  /** Throws {@link ConfigException} for the first mistake in {@code config} or {@code input}. */
  static void check(AnnealConfig config, String input) {
    try {
      ColumnMapping.fromMap(config.lablog().mapping());
      Pseudonymizer.withKey(config.lablog().pseudonymizationKey());
    } catch (RuntimeException e) {
      throw new ConfigException("lablog: " + e.getMessage());
    }
    if (config.ingest().maxFileBytes() <= 0) {
      throw new ConfigException("ingest.max_file_bytes must be positive: "
          + config.ingest().maxFileBytes());
    }
    if (!config.ingest().limits().problems().isEmpty()) {
      throw new ConfigException(config.ingest().limits().problems().get(0));
    }
    QualityStage.textFilter(config.quality().filters());
    if (input != null && isLocal(input) && !Files.exists(localPath(input))) {
      throw new ConfigException("input does not exist: " + input);
    }
  }

  private static boolean isLocal(String input) {
    int colon = input.indexOf(':');
    int slash = input.indexOf('/');
    return colon < 0 || (slash >= 0 && slash < colon) || input.startsWith("file:");
  }

  private static Path localPath(String input) {
    return input.startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
  }
}
