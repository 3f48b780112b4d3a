package dev.anneal.search.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The web page's files, read once from the classpath folder {@code dev/anneal/search/web/}.
 * Only the files listed here are served, by exact name, so no request path can reach anything
 * else (no {@code ..}, no encoded separators, no other classpath resource).
 */
final class StaticFiles {

  /** A file and its media type. */
  record Asset(byte[] bytes, String contentType) {
  }

  private static final String FOLDER = "/dev/anneal/search/web/";
  private static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "style.css", "text/css; charset=utf-8");

  private final Map<String, Asset> assets = new HashMap<>();

  StaticFiles() {
    TYPES.forEach((name, type) -> {
      try (InputStream in = StaticFiles.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException("web asset missing from the classpath: " + name);
        }
        assets.put(name, new Asset(in.readAllBytes(), type));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The asset for a request path ({@code /} is {@code index.html}), or null. */
  Asset get(String path) {
    if (path.equals("/") || path.isEmpty()) {
      return assets.get("index.html");
    }
    return path.startsWith("/") ? assets.get(path.substring(1)) : null;
  }
}
