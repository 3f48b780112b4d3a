package dev.anneal.ingest.lablog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads an {@code .eln} archive (the ELN file format: an RO-Crate in a zip) into samples,
 * synthesis descriptions and measured values.
 *
 * <p>{@code ro-crate-metadata.json} is found at any depth (the shallowest wins). Every
 * {@code Dataset} but the root and the version snapshots nested in another dataset is an item and
 * gives a {@link LabSample}. Its {@code PropertyValue}s whose name maps to a measured property
 * ({@link ColumnMapping}) become {@link LabRecord}s; the others land in the sample's context. A
 * per-item JSON file it lists (datalab's {@code metadata.json}) supplies the formula
 * ({@code chemform}) and, when present, {@code synthesis_description} and
 * {@code synthesis_constituents}, which become a {@link LabSynthesis}. Person names and
 * e-mail addresses are pseudonymized.
 */
public final class ElnReader implements RecordParser<LabEntry> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String METADATA = "ro-crate-metadata.json";
  /** JSON members larger than this are data, not item metadata, and are not held in memory. */
  private static final long MAX_JSON_BYTES = 16L << 20;

  private final ColumnMapping mapping;
  private final Pseudonymizer pseudonymizer;

  /** A reader mapping property names with {@code mapping} and pseudonymizing people. */
  public ElnReader(ColumnMapping mapping, Pseudonymizer pseudonymizer) {
    this.mapping = mapping;
    this.pseudonymizer = pseudonymizer;
  }

  @Override
  public ParseResult<LabEntry> parse(SourceFile file, InputStream in) throws IOException {
    Map<String, byte[]> json = new HashMap<>();
    byte[] archive = in.readAllBytes();
    // The central directory, not the local headers: some exporters (eLabFTW) write entries with
    // data descriptors that a streaming reader cannot size.
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
      for (Enumeration<ZipArchiveEntry> it = zip.getEntries(); it.hasMoreElements(); ) {
        ZipArchiveEntry e = it.nextElement();
        if (!e.isDirectory() && e.getName().endsWith(".json")) {
          try (InputStream member = zip.getInputStream(e)) {
            byte[] b = member.readNBytes((int) MAX_JSON_BYTES + 1);
            if (b.length <= MAX_JSON_BYTES) {
              json.put(e.getName(), b);
            }
          }
        }
      }
    } catch (IOException e) {
      return ParseResult.rejected(Rejection.ofFile(file, "eln.bad_zip",
          "not a readable zip archive: " + e.getMessage(), archive));
    }
    String metadataPath = json.keySet().stream()
        .filter(n -> n.equals(METADATA) || n.endsWith("/" + METADATA))
        .min((a, b) -> Integer.compare(a.split("/").length, b.split("/").length)).orElse(null);
    if (metadataPath == null) {
      return ParseResult.rejected(Rejection.ofFile(file, "eln.no_metadata",
          "no " + METADATA + " in the archive", null));
    }
    String root = metadataPath.substring(0, metadataPath.length() - METADATA.length());
    JsonNode graph;
    try {
      graph = JSON.readTree(json.get(metadataPath)).path("@graph");
    } catch (IOException e) {
      return ParseResult.rejected(Rejection.ofFile(file, "eln.bad_metadata",
          METADATA + " is not JSON: " + e.getMessage(), json.get(metadataPath)));
    }
    if (!graph.isArray()) {
      return ParseResult.rejected(Rejection.ofFile(file, "eln.bad_metadata",
          METADATA + " has no @graph array", json.get(metadataPath)));
    }
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    for (JsonNode n : graph) {
      // Later duplicates of an @id (datalab repeats people) only add fields, never replace.
      nodes.putIfAbsent(n.path("@id").asText(), n);
    }
    Set<String> nested = new HashSet<>();
    for (JsonNode n : nodes.values()) {
      if (isDataset(n) && !n.path("@id").asText().equals("./")) {
        for (JsonNode part : list(n.path("hasPart"))) {
          nested.add(part.path("@id").asText());
        }
      }
    }
    List<LabEntry> entries = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    long index = 0;
    for (JsonNode n : nodes.values()) {
      String id = n.path("@id").asText();
      if (!isDataset(n) || id.equals("./") || nested.contains(id)) {
        continue;
      }
      index++;
      try {
        item(file, root, n, nodes, json, index, entries);
      } catch (IOException e) {
        rejections.add(new Rejection(file.uri(), "ingest", "eln.bad_item_metadata",
            e.getMessage(), "entry " + index, id));
      }
    }
    return new ParseResult<>(entries, rejections);
  }

  private void item(SourceFile file, String root, JsonNode n, Map<String, JsonNode> nodes,
                    Map<String, byte[]> json, long index, List<LabEntry> out) throws IOException {
    String id = n.path("@id").asText();
    String sampleId = n.hasNonNull("identifier") ? n.get("identifier").asText() : id;
    String uri = file.uri() + "!/" + root + stripDot(id);
    List<String> authors = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String key : new String[] {"author", "authors", "creator"}) {
      for (JsonNode ref : list(n.path(key))) {
        JsonNode p = nodes.getOrDefault(ref.path("@id").asText(), ref);
        String name = p.hasNonNull("name") ? p.get("name").asText()
            : (p.path("givenName").asText("") + " " + p.path("familyName").asText("")).strip();
        if (!name.isBlank()) {
          names.add(name);
          String pseudonym = pseudonymizer.person(name);
          if (!authors.contains(pseudonym)) {
            authors.add(pseudonym);
          }
        }
      }
    }
    var scrub = pseudonymizer.scrubber(names);
    JsonNode item = itemJson(root, n, json);
    String material = item.path("chemform").asText("");
    Map<String, String> context = new LinkedHashMap<>();
    List<LabRecord> records = new ArrayList<>();
    for (JsonNode ref : list(n.path("variableMeasured"))) {
      JsonNode pv = nodes.getOrDefault(ref.path("@id").asText(), ref);
      String label = pv.hasNonNull("name") ? pv.get("name").asText() : pv.path("propertyID").asText();
      String shortLabel = label.contains("→") ? label.substring(label.lastIndexOf('→') + 1) : label;
      String unit = pv.path("unitText").asText("");
      String value = scrub.apply(pv.path("value").isValueNode() ? pv.path("value").asText()
          : pv.path("value").toString());
      ColumnSpec spec = mapping.resolve(HeaderName.of(shortLabel));
      if (spec.role() == ColumnRole.MATERIAL && material.isEmpty()) {
        material = value;
      } else if (spec.role() == ColumnRole.VALUE) {
        records.add(new LabRecord(uri, index, ContentId.of("eln-value", uri, label, value, unit),
            sampleId, "", spec.name(), value, unit.isEmpty() ? spec.unit() : unit, Map.of(),
            Map.of(), Map.of(), "", authors.isEmpty() ? "" : authors.get(0), "", "eln", sampleId,
            Map.of("eln_property", label)));
      } else {
        context.put(label, unit.isEmpty() ? value : value + " " + unit);
      }
    }
    for (LabRecord r : records) {
      out.add(new LabRecord(r.sourceUri(), r.rowNumber(), r.rowId(), r.sampleId(), material,
          r.property(), r.valueAsWritten(), r.unitAsWritten(), r.conditions(), r.conditionUnits(),
          r.variables(), r.measuredAt(), r.operator(), r.notes(), r.sourceKind(), r.group(),
          r.context()));
    }
    String description = Html.text(n.path("description").asText(item.path("description").asText("")));
    if (n.hasNonNull("text")) {
      description = Html.text(n.get("text").asText());
    }
    String type = item.path("type").asText(n.path("genre").asText(""));
    out.add(new LabSample(uri, sampleId, scrub.apply(n.path("name").asText("")), material, type,
        scrub.apply(description), n.path("dateCreated").asText(item.path("date").asText("")),
        authors, context));
    String synthesis = Html.text(item.path("synthesis_description").asText(""));
    List<LabSynthesis.Constituent> constituents = new ArrayList<>();
    for (JsonNode c : list(item.path("synthesis_constituents"))) {
      JsonNode it = c.path("item");
      constituents.add(new LabSynthesis.Constituent(it.path("name").asText(""),
          it.path("chemform").asText(""), c.path("quantity").isNull() ? "" : c.path("quantity").asText(""),
          c.path("unit").asText(""), it.path("item_id").asText("")));
    }
    if (!synthesis.isBlank() || !constituents.isEmpty()) {
      out.add(new LabSynthesis(uri, sampleId, material, scrub.apply(synthesis), constituents));
    }
  }

  /** The item's own JSON file in the archive, when it lists one (datalab), else an empty object. */
  private static JsonNode itemJson(String root, JsonNode n, Map<String, byte[]> json)
      throws IOException {
    for (JsonNode part : list(n.path("hasPart"))) {
      String path = root + stripDot(part.path("@id").asText());
      if (path.endsWith("metadata.json") && json.containsKey(path)) {
        try {
          return JSON.readTree(new ByteArrayInputStream(json.get(path)));
        } catch (IOException e) {
          throw new IOException(path + " is not JSON: " + e.getMessage(), e);
        }
      }
    }
    return JSON.createObjectNode();
  }

  private static boolean isDataset(JsonNode n) {
    for (JsonNode t : list(n.path("@type"))) {
      if (t.asText().equals("Dataset")) {
        return true;
      }
    }
    return false;
  }

  private static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(out::add);
    } else if (!n.isMissingNode() && !n.isNull()) {
      out.add(n);
    }
    return out;
  }

  private static String stripDot(String id) {
    return id.startsWith("./") ? id.substring(2) : id;
  }

}
