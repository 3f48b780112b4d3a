package dev.anneal.search.optimade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.anneal.search.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The OPTIMADE endpoints under a base URL ({@code …/optimade}): {@code versions},
 * {@code v1/info}, {@code v1/info/structures}, {@code v1/info/references}, {@code v1/structures},
 * {@code v1/structures/{id}}, {@code v1/references}, {@code v1/references/{id}} and
 * {@code v1/links}. Free of HTTP plumbing: a path and parameters in, a status and body out.
 */
public final class OptimadeApi {

  /** The specification version served. */
  public static final String API_VERSION = "1.2.0";
  /** JSON:API's media type. */
  public static final String JSON_API = "application/vnd.api+json";
  /** Entries per page when the client does not say. */
  public static final int DEFAULT_PAGE_LIMIT = 20;
  /** Most entries one page may hold. */
  public static final int MAX_PAGE_LIMIT = 500;

  /** A response: status, content type and body. */
  public record Reply(int status, String contentType, byte[] body) {

    /** The body as text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,255}");
  private static final Set<String> PARAMETERS = Set.of("filter", "response_format",
      "email_address", "response_fields", "sort", "page_limit", "page_offset", "page_number",
      "page_cursor", "page_above", "page_below", "include", "api_hint");
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final IndexSearcher searcher;
  private final Set<String> numbers;
  private final LinkedData linked;

  /** Serves the index read by {@code searcher}, whose numeric properties are {@code numbers}. */
  public OptimadeApi(IndexSearcher searcher, Set<String> numbers) {
    this.searcher = searcher;
    this.numbers = numbers;
    this.linked = new LinkedData(searcher);
  }

  /**
   * Answers {@code GET base + path}.
   *
   * @param path   the path after the unversioned base ({@code /v1/structures}), "" for the base
   * @param params the query parameters (first value of each)
   * @param base   the absolute unversioned base URL, for links ({@code http://host:port/optimade})
   */
  public Reply get(String path, Map<String, String> params, String base) {
    String representation = path + query(params);
    try {
      if (path.equals("/versions")) {
        return new Reply(200, "text/csv; header=present; charset=utf-8",
            "version\n1\n".getBytes(StandardCharsets.UTF_8));
      }
      String rest;
      if (path.equals("/v1") || path.startsWith("/v1/")) {
        rest = path.substring(3);
      } else if (path.matches("/v1\\.2(\\.0)?(/.*)?")) {
        rest = path.substring(path.indexOf('/', 1) < 0 ? path.length() : path.indexOf('/', 1));
      } else if (path.matches("/v[0-9].*")) {
        throw new OptimadeError(553, "Version Not Supported", "this server serves version "
            + API_VERSION + " under " + base + "/v1");
      } else {
        throw new OptimadeError(404, "Not Found", "no such endpoint: " + path
            + "; the API is under " + base + "/v1");
      }
      String format = params.get("response_format");
      if (format != null && !format.equals("json")) {
        throw new OptimadeError(400, "Bad Request", "the only response_format is json");
      }
      Map<String, Object> meta = meta(base, representation);
      List<String> warnings = new ArrayList<>();
      for (String p : params.keySet()) {
        if (!PARAMETERS.contains(p) && !p.startsWith("_")) {
          warnings.add("unknown query parameter " + p + " ignored");
        }
      }
      Map<String, Object> body = switch (rest) {
        case "/info", "/info/" -> info(base);
        case "/info/structures" -> infoStructures();
        case "/info/references" -> infoReferences();
        case "/links" -> page(List.of(), 0, false, params, base, "/v1/links", meta);
        case "/structures" -> structures(params, base, meta, warnings);
        case "/references" -> references(params, base, meta);
        default -> {
          if (rest.startsWith("/structures/")) {
            yield structure(rest.substring("/structures/".length()), params, base);
          }
          if (rest.startsWith("/references/")) {
            yield reference(rest.substring("/references/".length()));
          }
          throw new OptimadeError(404, "Not Found", "no such endpoint: " + path);
        }
      };
      body.putIfAbsent("meta", meta);
      if (!warnings.isEmpty()) {
        List<Map<String, Object>> w = new ArrayList<>();
        for (String s : warnings) {
          w.add(Map.of("type", "warning", "detail", s));
        }
        meta.put("warnings", w);
      }
      return json(200, body);
    } catch (OptimadeError e) {
      return error(e.status, e.title, e.getMessage(), base, representation);
    } catch (FilterException e) {
      return error(e.status(), e.status() == 400 ? "Bad Request" : "Not Implemented",
          e.getMessage(), base, representation);
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(OptimadeApi.class).error("OPTIMADE request failed", e);
      return error(500, "Internal Server Error", "the index could not be read", base,
          representation);
    }
  }

  /** An error response in the specification's shape ({@code errors} and {@code meta}). */
  public static Reply error(int status, String title, String detail, String base,
                            String representation) {
    Map<String, Object> err = new LinkedHashMap<>();
    err.put("status", Integer.toString(status));
    err.put("title", title);
    err.put("detail", detail);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errors", List.of(err));
    Map<String, Object> meta = meta(base, representation);
    meta.put("data_returned", 0);
    meta.put("more_data_available", false);
    body.put("meta", meta);
    return json(status, body);
  }

  private Map<String, Object> structures(Map<String, String> params, String base,
                                         Map<String, Object> meta, List<String> warnings)
      throws IOException {
    rejectUnsupportedPaging(params);
    int limit = intParam(params, "page_limit", DEFAULT_PAGE_LIMIT);
    if (limit > MAX_PAGE_LIMIT) {
      throw new OptimadeError(403, "Forbidden", "page_limit may be at most " + MAX_PAGE_LIMIT);
    }
    int offset = intParam(params, "page_offset", 0);
    FilterTranslator t = new FilterTranslator(searcher.getIndexReader(), numbers);
    Query q = t.query(params.get("filter"));
    warnings.addAll(t.warnings());
    Set<String> fields = responseFields(params, warnings);
    PageCollector c = new PageCollector(offset, limit);
    searcher.search(q, c);
    List<Object> data = new ArrayList<>();
    for (int doc : c.docs) {
      data.add(resource(searcher.storedFields().document(doc), fields, base));
    }
    meta.put("data_returned", c.total);
    meta.put("data_available", searcher.count(FilterTranslator.ALL));
    boolean more = (long) offset + c.docs.size() < c.total;
    return page(data, c.total, more, params, base, "/v1/structures", meta);
  }

  private Map<String, Object> structure(String id, Map<String, String> params, String base)
      throws IOException {
    if (!ID.matcher(id).matches()) {
      throw new OptimadeError(400, "Bad Request", "malformed id");
    }
    Query q = new BooleanQuery.Builder().add(FilterTranslator.ALL, Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.ID, id)), Occur.FILTER).build();
    PageCollector c = new PageCollector(0, 1);
    searcher.search(q, c);
    if (c.docs.isEmpty()) {
      throw new OptimadeError(404, "Not Found", "no structure with id " + id);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    body.put("data", resource(searcher.storedFields().document(c.docs.get(0)),
        responseFields(params, warnings), base));
    Map<String, Object> meta = meta(base, "/v1/structures/" + id + query(params));
    meta.put("data_returned", 1);
    meta.put("more_data_available", false);
    body.put("meta", meta);
    body.put("links", Map.of("self", base + "/v1/structures/" + id));
    return body;
  }

  private Map<String, Object> resource(Document d, Set<String> fields, String base)
      throws IOException {
    Map<String, Object> stored = JSON.readValue(d.get(OptimadeFields.ENTRY),
        new TypeReference<LinkedHashMap<String, Object>>() { });
    String id = d.get(IndexFields.ID);
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("immutable_id", null);
    all.put("last_modified", null);
    all.putAll(stored);
    for (String n : numbers) {
      all.putIfAbsent(StructureEntry.PREFIX + n, null);
    }
    Set<String> wanted = fields == null ? defaultFields(all) : fields;
    linked.addTo(d, all, wanted);
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (String f : wanted) {
      if (!f.equals("id") && !f.equals("type")) {
        attributes.put(f, all.get(f));
      }
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("type", "structures");
    r.put("attributes", attributes);
    r.put("links", Map.of("self", base + "/v1/structures/" + id));
    return r;
  }

  private Set<String> defaultFields(Map<String, Object> all) {
    Set<String> s = new LinkedHashSet<>(all.keySet());
    for (String n : numbers) {
      s.add(StructureEntry.PREFIX + n + "_uncertainty");
    }
    s.add(StructureEntry.PREFIX + "labels");
    s.add(StructureEntry.PREFIX + "synthesis");
    s.add(StructureEntry.PREFIX + "papers");
    return s;
  }

  /** The requested fields, or null for all; unknown names are dropped with a warning. */
  private Set<String> responseFields(Map<String, String> params, List<String> warnings) {
    String rf = params.get("response_fields");
    if (rf == null) {
      return null;
    }
    OptimadeProperties props = new OptimadeProperties(numbers);
    Set<String> out = new LinkedHashSet<>();
    for (String f : rf.split(",")) {
      String name = f.strip();
      if (name.isEmpty()) {
        continue;
      }
      try {
        OptimadeProperties.Prop p = props.resolve(name);
        if (p.kind() == OptimadeProperties.Kind.FOREIGN) {
          warnings.add("response field " + name + " is not served here");
        } else {
          out.add(name);
        }
      } catch (FilterException e) {
        warnings.add("unknown response field " + name + " ignored");
      }
    }
    return out;
  }

  private Map<String, Object> references(Map<String, String> params, String base,
                                         Map<String, Object> meta) throws IOException {
    rejectUnsupportedPaging(params);
    if (params.get("filter") != null && !params.get("filter").isBlank()) {
      FilterParser.parse(params.get("filter"));
      throw FilterException.notImplemented("filters on references are not supported");
    }
    int limit = intParam(params, "page_limit", DEFAULT_PAGE_LIMIT);
    if (limit > MAX_PAGE_LIMIT) {
      throw new OptimadeError(403, "Forbidden", "page_limit may be at most " + MAX_PAGE_LIMIT);
    }
    int offset = intParam(params, "page_offset", 0);
    // The papers are the distinct document ids of the indexed paragraphs.
    List<String> ids = new ArrayList<>();
    long total = 0;
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.DOC_ID);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String id = t.utf8ToString();
        if (isPaper(id)) {
          if (total >= offset && ids.size() < limit) {
            ids.add(id);
          }
          total++;
        }
      }
    }
    List<Object> data = new ArrayList<>();
    for (String id : ids) {
      data.add(referenceResource(id, base));
    }
    meta.put("data_returned", total);
    meta.put("data_available", total);
    return page(data, total, offset + ids.size() < total, params, base, "/v1/references", meta);
  }

  private boolean isPaper(String docId) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.DOC_ID, docId)), Occur.FILTER).build();
    return searcher.count(q) > 0;
  }

  private Map<String, Object> reference(String id) throws IOException {
    if (!ID.matcher(id).matches() || !isPaper(id)) {
      throw new OptimadeError(404, "Not Found", "no reference with id " + id);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", referenceResource(id, null));
    return body;
  }

  private Map<String, Object> referenceResource(String id, String base) throws IOException {
    Map<String, Object> p = linked.paper(id);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("immutable_id", null);
    attributes.put("last_modified", null);
    attributes.put("title", p.get("title"));
    attributes.put("year", p.get("year") == null ? null : p.get("year").toString());
    attributes.put("url", p.get("url"));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("type", "references");
    r.put("attributes", attributes);
    return r;
  }

  private static Map<String, Object> page(List<Object> data, long total, boolean more,
                                          Map<String, String> params, String base, String path,
                                          Map<String, Object> meta) {
    meta.putIfAbsent("data_returned", total);
    meta.put("more_data_available", more);
    Map<String, Object> links = new LinkedHashMap<>();
    if (more) {
      Map<String, String> next = new LinkedHashMap<>(params);
      int limit = intParam(params, "page_limit", DEFAULT_PAGE_LIMIT);
      int offset = intParam(params, "page_offset", 0);
      next.put("page_offset", Integer.toString(offset + limit));
      next.put("page_limit", Integer.toString(limit));
      links.put("next", base + path + query(next));
    } else {
      links.put("next", null);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("links", links);
    body.put("data", data);
    body.put("meta", meta);
    return body;
  }

  private static void rejectUnsupportedPaging(Map<String, String> params) {
    for (String p : List.of("page_number", "page_cursor", "page_above", "page_below")) {
      if (params.containsKey(p)) {
        throw FilterException.notImplemented(p + " is not supported; page with page_offset");
      }
    }
    String sort = params.get("sort");
    if (sort != null && !sort.isBlank()) {
      throw FilterException.notImplemented("sorting is not supported");
    }
  }

  private static int intParam(Map<String, String> params, String name, int dflt) {
    String v = params.get(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < 0) {
        throw new OptimadeError(400, "Bad Request", name + " must not be negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new OptimadeError(400, "Bad Request", name + " must be a whole number, got '" + v
          + "'");
    }
  }

  private static Map<String, Object> meta(String base, String representation) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("query", Map.of("representation", representation));
    meta.put("api_version", API_VERSION);
    Map<String, Object> provider = new LinkedHashMap<>();
    provider.put("name", "Anneal");
    provider.put("description", "Crystal structures linked to their synthesis descriptions, "
        + "denoised measured properties and papers, from an Anneal index");
    provider.put("prefix", "anneal");
    provider.put("homepage", null);
    meta.put("provider", provider);
    return meta;
  }

  private static Map<String, Object> info(String base) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("api_version", API_VERSION);
    a.put("available_api_versions", List.of(Map.of("url", base + "/v1", "version",
        API_VERSION)));
    a.put("formats", List.of("json"));
    a.put("available_endpoints", List.of("info", "links", "references", "structures"));
    a.put("entry_types_by_format", Map.of("json", List.of("references", "structures")));
    a.put("is_index", false);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("type", "info");
    data.put("id", "/");
    data.put("attributes", a);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    return body;
  }

  private Map<String, Object> infoStructures() {
    Map<String, Object> props = new LinkedHashMap<>();
    OptimadeProperties.STANDARD.forEach((name, p) -> props.put(name, describe(p.type(),
        STANDARD_DESCRIPTIONS.getOrDefault(name, "see the OPTIMADE specification"),
        unit(name))));
    props.put("_anneal_material_ids", describe("list",
        "Ids of the Anneal materials this structure belongs to", null));
    for (String n : new TreeSet<>(numbers)) {
      props.put(StructureEntry.PREFIX + n, describe("float", "Denoised value of property " + n
          + " of this structure's material, in the property's canonical unit; unknown when its "
          + "materials give several values (all are in _anneal_labels)", null));
      props.put(StructureEntry.PREFIX + n + "_uncertainty", describe("float",
          "Uncertainty of _anneal_" + n + " as the denoising stage states it", null));
    }
    props.put("_anneal_labels", describe("list", "Denoised property labels of this "
        + "structure's materials: material_id, property, condition, value, uncertainty, unit, "
        + "n_obs, method", null));
    props.put("_anneal_synthesis", describe("list", "Synthesis descriptions linked to this "
        + "structure's materials: id, title, text, doc_ids", null));
    props.put("_anneal_papers", describe("list", "Papers linked to this structure's "
        + "materials: id, title, year, url", null));
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("description", "Crystal structures read from CIF, POSCAR, extended XYZ and OPTIMADE "
        + "files (raw/structures), with their Anneal links");
    a.put("properties", props);
    a.put("formats", List.of("json"));
    a.put("output_fields_by_format", Map.of("json", List.copyOf(props.keySet())));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", a);
    return body;
  }

  private static Map<String, Object> infoReferences() {
    Map<String, Object> props = new LinkedHashMap<>();
    for (String n : List.of("id", "type", "immutable_id", "last_modified", "title", "year",
        "url")) {
      props.put(n, describe(n.equals("last_modified") ? "timestamp" : "string",
          "see the OPTIMADE specification", null));
    }
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("description", "The papers of the index (filters are not supported)");
    a.put("properties", props);
    a.put("formats", List.of("json"));
    a.put("output_fields_by_format", Map.of("json", List.copyOf(props.keySet())));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", a);
    return body;
  }

  private static final Map<String, String> STANDARD_DESCRIPTIONS = Map.ofEntries(
      Map.entry("id", "The structure's Anneal id (a content hash of lattice and sites)"),
      Map.entry("last_modified", "Unknown for every entry: the index does not record it"),
      Map.entry("immutable_id", "Unknown for every entry"),
      Map.entry("chemical_formula_hill", "Unknown for every entry"),
      Map.entry("chemical_formula_descriptive", "pymatgen's reduced formula (LiFePO4, "
          + "Fe2(SO4)3)"),
      Map.entry("chemical_formula_reduced", "Unknown when the cell's summed occupancies are "
          + "not whole numbers"),
      Map.entry("chemical_formula_anonymous", "Unknown when the cell's summed occupancies are "
          + "not whole numbers"),
      Map.entry("species", "One species per element for ordered structures; one uniquely named "
          + "species per site, in site order, when any site is disordered. Concentrations are "
          + "the occupancies as the file gives them (a partly vacant site sums to less than 1)"),
      Map.entry("nsites", "Distinct positions in the cell"));

  private static String unit(String name) {
    return switch (name) {
      case "lattice_vectors", "cartesian_site_positions" -> "Å";
      default -> null;
    };
  }

  private static Map<String, Object> describe(String type, String description, String unit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", description);
    m.put("type", type);
    m.put("x-optimade-type", type);
    if (unit != null) {
      m.put("unit", unit);
    }
    m.put("sortable", false);
    return m;
  }

  private static String query(Map<String, String> params) {
    if (params.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    params.forEach((k, v) -> b.append(b.length() == 0 ? '?' : '&')
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
    return b.toString();
  }

  private static Reply json(int status, Object body) {
    try {
      return new Reply(status, JSON_API, JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An HTTP error with the specification's title. */
  private static final class OptimadeError extends RuntimeException {

    private final int status;
    private final String title;

    OptimadeError(int status, String title, String detail) {
      super(detail, null, false, false);
      this.status = status;
      this.title = title;
    }
  }

  /** Collects the doc ids of one page, in index order, and counts every match. */
  private static final class PageCollector extends SimpleCollector {

    private final long from;
    private final int limit;
    private final List<Integer> docs = new ArrayList<>();
    private long total;
    private int base;

    PageCollector(long from, int limit) {
      this.from = from;
      this.limit = limit;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      if (total >= from && docs.size() < limit) {
        docs.add(base + doc);
      }
      total++;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
