package dev.anneal.search.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.search.RecordPage;
import dev.anneal.search.SearchResults;
import dev.anneal.search.Searcher;
import dev.anneal.search.index.IndexFields;
import dev.anneal.search.optimade.OptimadeApi;
import dev.anneal.search.query.QuerySyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Routes {@code GET /api/search}, {@code /api/material/{id}}, {@code /api/record/{kind}/{id}},
 * {@code /api/health}, OPTIMADE under {@code /optimade} and the web page's files. Client mistakes are 4xx with a JSON
 * {@code error} message; only a fault of the server itself is a 500.
 */
final class ApiHandler extends Handler.Abstract {

  /** Longest query accepted, in characters. */
  static final int MAX_QUERY_CHARS = 1000;
  /** Most hits one request may ask for. */
  static final int MAX_LIMIT = 100;
  /** Hits when the request does not say. */
  static final int DEFAULT_LIMIT = 20;
  /** The unversioned OPTIMADE base path. */
  static final String OPTIMADE = "/optimade";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,200}");
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private final Searcher searcher;
  private final OptimadeApi optimade;
  private final StaticFiles files = new StaticFiles();
  private final ObjectMapper json = new ObjectMapper();

  ApiHandler(Searcher searcher) {
    this.searcher = searcher;
    this.optimade = new OptimadeApi(searcher.indexSearcher(), searcher.properties());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    securityHeaders(response);
    try {
      String method = request.getMethod();
      if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        throw new HttpError(405, "only GET and HEAD are allowed");
      }
      if (request.getLength() > 0) {
        throw new HttpError(413, "requests carry no body");
      }
      String path = Request.getPathInContext(request);
      if (path.equals(OPTIMADE) || path.startsWith(OPTIMADE + "/")) {
        optimade(request, response, callback, path.substring(OPTIMADE.length()));
      } else if (path.startsWith("/api/")) {
        sendJson(response, callback, 200, api(path, params(request)));
      } else {
        StaticFiles.Asset asset = files.get(path);
        if (asset == null) {
          throw new HttpError(404, "no such page: " + path);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.contentType());
        response.write(true, ByteBuffer.wrap(asset.bytes()), callback);
      }
    } catch (HttpError e) {
      sendJson(response, callback, e.status(), Map.of("error", e.getMessage()));
    } catch (QuerySyntaxException e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", e.getMessage());
      body.put("reason", e.reason());
      body.put("position", e.position());
      sendJson(response, callback, 400, body);
    } catch (IllegalArgumentException e) {
      sendJson(response, callback, 400, Map.of("error", String.valueOf(e.getMessage())));
    } catch (IOException | RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(ApiHandler.class).error("request failed", e);
      sendJson(response, callback, 500, Map.of("error", "internal error"));
    }
    return true;
  }

  /** Answers an OPTIMADE request; its errors take the specification's shape, not this API's. */
  private void optimade(Request request, Response response, Callback callback, String rest) {
    HttpURI uri = request.getHttpURI();
    String base = uri.getScheme() + "://" + uri.getAuthority() + OPTIMADE;
    OptimadeApi.Reply reply;
    Map<String, String> params = new LinkedHashMap<>();
    try {
      for (Fields.Field f : params(request)) {
        params.putIfAbsent(f.getName(), f.getValue());
      }
      reply = optimade.get(rest, params, base);
    } catch (HttpError e) {
      reply = OptimadeApi.error(e.status(), "Bad Request", e.getMessage(), base, rest);
    }
    response.setStatus(reply.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }

  private Object api(String path, Fields params) throws IOException {
    if (path.equals("/api/health")) {
      return Map.of("status", "ok", "records", searcher.numDocs(),
          "properties", searcher.properties());
    }
    if (path.equals("/api/search")) {
      return search(params);
    }
    if (path.startsWith("/api/material/")) {
      return record(IndexFields.KIND_MATERIAL, path.substring("/api/material/".length()));
    }
    if (path.startsWith("/api/record/")) {
      String rest = path.substring("/api/record/".length());
      int slash = rest.indexOf('/');
      if (slash < 0 || !IndexFields.KINDS.contains(rest.substring(0, slash))) {
        throw new HttpError(404, "expected /api/record/{kind}/{id} with kind one of "
            + String.join(", ", IndexFields.KINDS));
      }
      return record(rest.substring(0, slash), rest.substring(slash + 1));
    }
    throw new HttpError(404, "no such endpoint: " + path);
  }

  private SearchResults search(Fields params) throws IOException {
    String q = params.getValue("q");
    if (q == null || q.isBlank()) {
      throw new HttpError(400, "missing query parameter 'q'");
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw new HttpError(400, "query longer than " + MAX_QUERY_CHARS + " characters");
    }
    int limit = DEFAULT_LIMIT;
    String l = params.getValue("limit");
    if (l != null) {
      try {
        limit = Integer.parseInt(l);
      } catch (NumberFormatException e) {
        throw new HttpError(400, "limit must be a whole number, got '" + l + "'");
      }
      if (limit < 0 || limit > MAX_LIMIT) {
        throw new HttpError(400, "limit must be between 0 and " + MAX_LIMIT + ", got " + limit);
      }
    }
    List<String> facets = new ArrayList<>();
    String f = params.getValue("facets");
    if (f != null && !f.isBlank()) {
      for (String dim : f.split(",")) {
        if (!IndexFields.FACETS.contains(dim.strip())) {
          throw new HttpError(400, "unknown facet '" + dim.strip() + "'; known facets: "
              + String.join(", ", IndexFields.FACETS));
        }
        facets.add(dim.strip());
      }
    }
    return searcher.search(q, limit, facets);
  }

  private RecordPage record(String kind, String id) throws IOException {
    if (!ID.matcher(id).matches()) {
      throw new HttpError(400, "malformed id");
    }
    Optional<RecordPage> page = searcher.record(kind, id);
    return page.orElseThrow(() -> new HttpError(404, "no " + kind + " with id " + id));
  }

  private static Fields params(Request request) {
    try {
      return Request.extractQueryParameters(request);
    } catch (RuntimeException e) {
      throw new HttpError(400, "malformed query string");
    }
  }

  private void sendJson(Response response, Callback callback, int status, Object body) {
    byte[] bytes;
    try {
      bytes = json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  private static void securityHeaders(Response response) {
    response.getHeaders().put("Content-Security-Policy", CSP);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Referrer-Policy", "no-referrer");
    response.getHeaders().put("X-Frame-Options", "DENY");
  }
}
