package dev.anneal.jobs;

import dev.anneal.jobs.cli.AnnealCommand;
import picocli.CommandLine;

/**
 * The entry point of {@code bin/anneal} and of {@code spark-submit --class dev.anneal.jobs.Main}.
 */
public final class Main {

  private Main() {
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(AnnealCommand.commandLine().execute(args));
  }
}
