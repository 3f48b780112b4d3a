package dev.anneal.jobs.cli;

import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.jobs.config.ConfigException;
import dev.anneal.jobs.stage.QualityStage;
import dev.anneal.quality.gate.GateSpecs;
import dev.anneal.tokenize.pack.Packing;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
    checkLaterStages(config);
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

  /**
   * The settings the quality and tokenize stages read: checked here, so a typo exits 2 before
   * Spark starts rather than 1 after the earlier stages have run.
   */
  private static void checkLaterStages(AnnealConfig config) {
    try {
      Packing.check(config.tokenize().packing());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    AnnealConfig.Decontamination dc = config.quality().decontamination();
    if (!"remove".equals(dc.mode()) && !"flag".equals(dc.mode())) {
      throw new ConfigException("quality.decontamination.mode must be remove or flag, got "
          + dc.mode());
    }
    if (dc.benchmarks() != null) {
      for (Map.Entry<String, String> b : dc.benchmarks().entrySet()) {
        if (isLocal(b.getValue()) && !Files.isRegularFile(localPath(b.getValue()))) {
          throw new ConfigException("quality.decontamination.benchmarks." + b.getKey()
              + ": no such file: " + b.getValue());
        }
      }
    }
    if (config.quality().gates() != null) {
      for (Map.Entry<String, AnnealConfig.Gate> g : config.quality().gates().entrySet()) {
        try {
          if (g.getValue().error() != null) {
            GateSpecs.parse(g.getKey(), "error", g.getValue().error());
          }
          if (g.getValue().warning() != null) {
            GateSpecs.parse(g.getKey(), "warning", g.getValue().warning());
          }
        } catch (IllegalArgumentException e) {
          throw new ConfigException("quality.gates: " + e.getMessage());
        }
      }
    }
  }
}
