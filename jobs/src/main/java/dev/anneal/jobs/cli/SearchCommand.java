package dev.anneal.jobs.cli;

import dev.anneal.search.SearchResults;
import dev.anneal.search.Searcher;
import dev.anneal.search.query.QueryParser;
import dev.anneal.search.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anneal search}: query the Lucene index from the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Query the index by text and fields.",
    footerHeading = "%nQuery language:%n")
final class SearchCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "The index directory (OUT/index of a run).")
  Path index;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Maximum number of hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Parameters(arity = "1..*", paramLabel = "QUERY",
      description = "The query; several words are joined with spaces.")
  List<String> query;

  @Override
  public Integer call() throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be at least 0, got " + limit);
    }
    String q = String.join(" ", query);
    try (Searcher searcher = new Searcher(index)) {
      SearchResults results = searcher.search(q, limit);
      System.out.println(json ? results.toJson() : results.toText());
      return 0;
    } catch (QuerySyntaxException e) {
      System.err.println("anneal search: " + e.getMessage());
      System.err.println(e.pointer());
      return 2;
    }
  }

  /** The footer text of {@code --help}: the query syntax. */
  static String help() {
    return QueryParser.syntaxHelp();
  }
}
