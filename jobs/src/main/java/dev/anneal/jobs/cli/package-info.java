/**
 * The {@code anneal} command line (picocli): one subcommand per user task, each with
 * {@code --help}; only commands that work are listed.
 */
package dev.anneal.jobs.cli;
