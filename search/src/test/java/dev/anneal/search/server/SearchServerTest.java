package dev.anneal.search.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.search.LinkedFixture;
import dev.anneal.search.Searcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API on a real server bound to 127.0.0.1 on an ephemeral port. */
class SearchServerTest {

  @TempDir
  static Path dir;
  static Searcher searcher;
  static SearchServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    LinkedFixture.write(dir);
    searcher = new Searcher(dir);
    server = new SearchServer(searcher, SearchServer.DEFAULT_HOST, 0).start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    searcher.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** Sends {@code target} byte for byte (no client-side normalization) and returns the response. */
  static String raw(String target) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static int status(String rawResponse) {
    return Integer.parseInt(rawResponse.substring(9, 12));
  }

  @Test
  void healthSaysOkAndCountsRecords() throws Exception {
    HttpResponse<String> r = get("/api/health");
    assertEquals(200, r.statusCode());
    JsonNode body = JSON.readTree(r.body());
    assertEquals("ok", body.get("status").asText());
    assertEquals(searcher.numDocs(), body.get("records").asInt());
    assertTrue(body.get("properties").toString().contains("tc"));
  }

  @Test
  void searchReturnsHitsFacetsAndLinks() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + q("elements:Cu,O") + "&facets=kind,elements,sg&limit=5");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    assertTrue(body.get("totalHits").asInt() >= 2);
    assertTrue(body.get("facets").get("kind").size() > 0);
    JsonNode tc = JSON.readTree(get("/api/search?q=" + q("tc>50 kind:material")).body());
    assertEquals(1, tc.get("totalHits").asInt());
    assertEquals("mp-ybco", tc.get("hits").get(0).get("id").asText());
    assertTrue(tc.get("hits").get(0).get("linked").toString().contains("syn-ybco-1"));
  }

  @Test
  void materialPageCarriesStructureLabelsAndSynthesis() throws Exception {
    HttpResponse<String> r = get("/api/material/mp-ybco");
    assertEquals(200, r.statusCode());
    JsonNode page = JSON.readTree(r.body());
    assertEquals(0.3, page.get("record").get("detail").get("labels").get(0).get("uncertainty")
        .asDouble(), 1e-9);
    String linked = page.get("linked").toString();
    assertTrue(linked.contains("3.8227"), "lattice");
    assertTrue(linked.contains("flowing oxygen"), "synthesis text");
    assertEquals(404, get("/api/material/no-such-material").statusCode());
    assertEquals(400, get("/api/material/" + q("<script>")).statusCode());
    assertEquals(200, get("/api/record/synthesis/syn-ybco-1").statusCode());
    assertEquals(404, get("/api/record/bogus/x").statusCode());
  }

  @Test
  void malformedRequestsAre400WithAMessageNever500() throws Exception {
    for (String query : List.of("formula:Xx2", "tc>abc", "\"unclosed", "sg:999", "kind:foo",
        "year:2020..2010", "tcc>3", "elements:", "elements:Cu,,O", "formula:" + "(".repeat(150))) {
      HttpResponse<String> r = get("/api/search?q=" + q(query));
      assertEquals(400, r.statusCode(), query + " → " + r.body());
      assertFalse(JSON.readTree(r.body()).get("error").asText().isBlank(), query);
    }
    for (String params : List.of("", "q=", "q=x&limit=abc", "q=x&limit=-1", "q=x&limit=100000",
        "q=x&facets=colour", "q=" + "a".repeat(ApiHandler.MAX_QUERY_CHARS + 1))) {
      HttpResponse<String> r = get("/api/search?" + params);
      assertEquals(400, r.statusCode(), params + " → " + r.body());
    }
    assertEquals(400, status(raw("/api/search?q=%zz")), "bad percent-encoding");
    assertEquals(404, get("/api/nothing").statusCode());
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.port() + "/api/search?q=x")).POST(HttpRequest.BodyPublishers.ofString("x"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  void resultCountIsCapped() throws Exception {
    assertEquals(200, get("/api/search?q=" + q("-kind:paragraph") + "&limit="
        + ApiHandler.MAX_LIMIT).statusCode());
    assertEquals(400, get("/api/search?q=x&limit=" + (ApiHandler.MAX_LIMIT + 1)).statusCode());
  }

  @Test
  void oversizedRequestHeadersAreRefused() throws Exception {
    String target = "/api/search?q=" + "a".repeat(SearchServer.MAX_HEADER_BYTES + 10);
    int status = status(raw(target));
    assertTrue(status == 414 || status == 431 || status == 400, "status " + status);
  }

  @Test
  void staticFilesCannotEscapeTheirFolder() throws Exception {
    assertEquals(200, status(raw("/")));
    assertEquals(200, status(raw("/app.js")));
    for (String target : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%2f..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd",
        "/app.js/../../../pom.xml", "/dev/anneal/search/Searcher.class",
        "/dev/anneal/search/web/../Searcher.class", "/%2e%2e\\%2e%2e\\etc\\passwd",
        "/WEB-INF/web.xml", "/index.html%00.js", "//etc/passwd", "/./././etc/passwd")) {
      String response = raw(target);
      assertNotEquals(200, status(response), target);
      assertFalse(response.contains("root:"), target);
      assertFalse(response.contains("<project"), target);
    }
  }

  @Test
  void pageIsServedWithAPolicyThatForbidsInlineScripts() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<script src=\"/app.js\""));
    String csp = r.headers().firstValue("content-security-policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(""));
    // Indexed markup goes out as JSON data, never as HTML.
    HttpResponse<String> s = get("/api/search?q=tantalum");
    assertTrue(s.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    assertTrue(s.body().contains("</script><img src=x onerror"), s.body());
  }

  @Test
  void defaultHostIsLoopback() {
    assertEquals("127.0.0.1", SearchServer.DEFAULT_HOST);
    assertTrue(SearchServer.isLoopback(SearchServer.DEFAULT_HOST));
    assertFalse(SearchServer.isLoopback("0.0.0.0"));
  }
}
