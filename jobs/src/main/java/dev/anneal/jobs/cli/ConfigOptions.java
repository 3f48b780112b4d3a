package dev.anneal.jobs.cli;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anneal.jobs.config.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration shares. */
public final class ConfigOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML configuration file (every key has a default; see 'anneal config --print').")
  Path config;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Override one configuration key, e.g. --conf tokenize.seq_len=2048. Repeatable.")
  List<String> overrides = new ArrayList<>();

  /** The effective configuration tree. */
  ObjectNode tree() {
    return ConfigLoader.tree(config, overrides);
  }

  /** The tree with {@code ingest.fail_on_reject} forced on when {@code failOnReject}. */
  ObjectNode tree(boolean failOnReject) {
    ObjectNode tree = tree();
    if (failOnReject) {
      ((ObjectNode) tree.get("ingest")).set("fail_on_reject", BooleanNode.TRUE);
    }
    return tree;
  }
}
