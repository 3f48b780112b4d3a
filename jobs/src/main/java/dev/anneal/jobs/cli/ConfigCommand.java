package dev.anneal.jobs.cli;

import dev.anneal.jobs.config.ConfigLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code anneal config --print}: the effective configuration. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Show the effective configuration (defaults, then --config, then --conf).")
final class ConfigCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--print", description = "Print it as YAML (the default action).")
  boolean print = true;

  @Override
  public Integer call() {
    var tree = configOptions.tree();
    ConfigLoader.bind(tree); // validates types, so what is printed is what a run would use
    System.out.print(ConfigLoader.toYaml(tree));
    return 0;
  }
}
