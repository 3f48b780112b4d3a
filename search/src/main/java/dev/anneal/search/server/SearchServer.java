package dev.anneal.search.server;

import dev.anneal.search.Searcher;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The search API and web page on an embedded Jetty 12 server; start it, then stop or join it. */
public final class SearchServer implements AutoCloseable {

  /** The default address: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** Largest request line plus headers accepted, in bytes. */
  static final int MAX_HEADER_BYTES = 8 * 1024;

  private final Server server;
  private final ServerConnector connector;

  /**
   * A server for {@code searcher} on {@code host}:{@code port} (0 picks a free port); not yet
   * started. The caller keeps ownership of the searcher.
   */
  public SearchServer(Searcher searcher, String host, int port) {
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("anneal-serve");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(30_000);
    server.addConnector(connector);
    server.setHandler(new ApiHandler(searcher));
    server.setStopTimeout(2_000);
  }

  /** Starts listening. */
  public SearchServer start() throws Exception {
    server.start();
    return this;
  }

  /** The port it listens on (the chosen one when 0 was asked). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Whether {@code host} is a loopback address (reachable from this machine only). */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
