package dev.anneal.jobs.cli;

import dev.anneal.jobs.Version;
import dev.anneal.jobs.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code anneal} command. */
@Command(name = "anneal", mixinStandardHelpOptions = true,
    versionProvider = AnnealCommand.VersionProvider.class,
    description = "Anneal: a mid-training data pipeline for scientific corpora on Apache Spark.",
    subcommands = {RunCommand.class, StageCommands.Ingest.class, StageCommands.Normalize.class,
        StageCommands.Link.class, StageCommands.Render.class,
        StageCommands.Quality.class, StageCommands.Tokenize.class, StageCommands.Index.class,
        SearchCommand.class, ServeCommand.class, ShardsCommand.class, FormulaCommand.class,
        ConfigCommand.class, CompareCommand.class})
public final class AnnealCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * The configured command line: usage errors exit 2; configuration errors print their message
   * (no stack trace) and exit 2; a failed run exits 1.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new AnnealCommand());
    // The descriptions are written as lines of up to 100 columns; at picocli's default of 80
    // every one of them would wrap in the middle.
    cli.setUsageHelpWidth(100);
    CommandLine search = cli.getSubcommands().get("search");
    search.getCommandSpec().usageMessage().footer(SearchCommand.help());
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
        commandLine.getErr().println("anneal: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Reports the code version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"anneal " + Version.CODE_VERSION};
    }
  }
}
