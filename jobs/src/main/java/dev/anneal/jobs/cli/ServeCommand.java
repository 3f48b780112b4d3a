package dev.anneal.jobs.cli;

import dev.anneal.search.Searcher;
import dev.anneal.search.server.SearchServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anneal serve}: the search API and web page over an index, without Spark. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the index over HTTP: the web page at /, JSON at /api/search, "
        + "/api/material/{id}, /api/health.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "The index directory (OUT/index of a run).")
  Path index;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = SearchServer.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0–65535, got " + port);
    }
    if (!SearchServer.isLoopback(host)) {
      System.err.println("anneal serve: warning: binding " + host
          + " makes the index readable from other machines; there is no authentication");
    }
    try (Searcher searcher = new Searcher(index);
         SearchServer server = new SearchServer(searcher, host, port).start()) {
      System.out.printf("anneal serve: %d records from %s at http://%s:%d/ (Ctrl-C stops)%n",
          searcher.numDocs(), index, host.contains(":") ? "[" + host + "]" : host, server.port());
      server.join();
    }
    return 0;
  }
}
