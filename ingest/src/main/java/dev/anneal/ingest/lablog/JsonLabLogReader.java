package dev.anneal.ingest.lablog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads measurement objects from JSON ({@code .json}: an array of objects, or an object holding
 * one such array) or JSON Lines ({@code .jsonl}, {@code .ndjson}: one object per line); keys are
 * mapped like CSV headers. A value given as {@code {"value": 92, "unit": "K"}} becomes the cell
 * {@code 92 K}; other nested objects are flattened to {@code parent.child} keys.
 */
public final class JsonLabLogReader implements RecordParser<LabRecord> {

  // Decimals stay BigDecimal so 92.10 keeps its spelling: values are read later, as written.
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private final ColumnMapping mapping;
  private final Pseudonymizer pseudonymizer;

  /** A reader with its column mapping and the pseudonymizer for operator names and e-mails. */
  public JsonLabLogReader(ColumnMapping mapping, Pseudonymizer pseudonymizer) {
    this.mapping = mapping;
    this.pseudonymizer = pseudonymizer;
  }

  @Override
  public ParseResult<LabRecord> parse(SourceFile file, InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    String text = TextDecoder.decode(bytes).text();
    boolean lines = file.extension().equals("jsonl") || file.extension().equals("ndjson");
    List<Map<String, String>> objects = new ArrayList<>();
    List<Long> numbers = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    if (lines) {
      String[] split = text.split("\r?\n");
      for (int i = 0; i < split.length; i++) {
        if (split[i].isBlank()) {
          continue;
        }
        try {
          JsonNode node = JSON.readTree(split[i]);
          if (!node.isObject()) {
            rejections.add(Rejection.atLine(file, "lablog.not_an_object",
                "a JSON Lines line that is not an object", i + 1, split[i]));
            continue;
          }
          objects.add(flatten(node));
          numbers.add((long) i + 1);
        } catch (JsonProcessingException e) {
          rejections.add(Rejection.atLine(file, "lablog.bad_json", e.getOriginalMessage(), i + 1,
              split[i]));
        }
      }
    } else {
      JsonNode root;
      try {
        root = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        return ParseResult.rejected(Rejection.ofFile(file, "lablog.bad_json",
            e.getOriginalMessage(), bytes));
      }
      JsonNode array = root != null && root.isArray() ? root : firstArrayOfObjects(root);
      if (array == null) {
        return ParseResult.rejected(Rejection.ofFile(file, "lablog.no_records",
            "no array of measurement objects in the document", bytes));
      }
      long n = 0;
      for (JsonNode node : array) {
        n++;
        if (node.isObject()) {
          objects.add(flatten(node));
          numbers.add(n);
        } else {
          rejections.add(new Rejection(file.uri(), "ingest", "lablog.not_an_object",
              "an array entry that is not an object", "entry " + n, node.toString()));
        }
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    objects.forEach(o -> keys.addAll(o.keySet()));
    List<String> header = new ArrayList<>(keys);
    LabTable table = new LabTable(file, lines ? "jsonl" : "json", header, mapping, pseudonymizer,
        Map.of());
    List<LabTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      Map<String, String> o = objects.get(i);
      rows.add(new LabTable.Row(numbers.get(i), header.stream().map(o::get).collect(java.util.stream.Collectors.toList())));
    }
    ParseResult<LabRecord> read = table.read(rows);
    List<Rejection> all = new ArrayList<>(rejections);
    all.addAll(read.rejections());
    return new ParseResult<>(read.records(), all);
  }

  private static JsonNode firstArrayOfObjects(JsonNode root) {
    if (root == null || !root.isObject()) {
      return null;
    }
    for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
      JsonNode child = it.next();
      if (child.isArray() && child.size() > 0 && child.get(0).isObject()) {
        return child;
      }
    }
    return null;
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject() && v.has("value") && v.has("unit")) {
        out.put(key, text(v.get("value")) + " " + text(v.get("unit")));
      } else if (v.isObject()) {
        flatten(key + ".", v, out);
      } else {
        out.put(key, text(v));
      }
    }
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
