package dev.anneal.ingest.synthesis;

import dev.anneal.ingest.RecordId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads structured synthesis recipes, one JSON object per line, in the shape of the text-mined
 * solid-state dataset (Kononova et al. 2019): {@code doi}, {@code target.material_string},
 * {@code precursors[].material_string/material_formula}, {@code reaction.left_side[].amount},
 * {@code operations[].{type, token, conditions}} with {@code heating_temperature},
 * {@code heating_time}, {@code heating_atmosphere}, {@code mixing_media}, {@code mixing_device},
 * and {@code paragraph_string}. Values keep the dataset's units ({@code 900 C}, {@code 12 h});
 * a line that is not such an object is quarantined with a {@code recipes.*} reason.
 */
public final class RecipeReader implements RecordParser<SynthesisRecord> {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  @Override
  public ParseResult<SynthesisRecord> parse(SourceFile file, InputStream in) throws IOException {
    List<SynthesisRecord> records = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        rejections.add(Rejection.atLine(file, "recipes.bad_json", e.getOriginalMessage(), number,
            line));
        continue;
      }
      if (node == null || !node.isObject()) {
        rejections.add(Rejection.atLine(file, "recipes.not_an_object",
            "a recipe line that is not a JSON object", number, line));
        continue;
      }
      List<String> targets = targets(node);
      List<SynthesisRecord.Operation> operations = operations(node.path("operations"));
      if (targets.isEmpty() && operations.isEmpty()) {
        rejections.add(Rejection.atLine(file, "recipes.not_a_recipe",
            "an object with neither a target nor an operation", number, line));
        continue;
      }
      records.add(new SynthesisRecord(
          RecordId.of("synthesis_record", file.uri(), "line " + number, line), file.uri(),
          "line " + number, "recipes", node.path("doi").asText(""), "",
          node.path("paragraph_string").asText(""), targets, precursors(node), operations));
    }
    return new ParseResult<>(records, rejections);
  }

  /** The target as the paper wrote it, else the dataset's target strings. */
  private static List<String> targets(JsonNode node) {
    String asWritten = node.path("target").path("material_string").asText("").strip();
    if (!asWritten.isEmpty()) {
      return List.of(asWritten);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode t : node.path("targets_string")) {
      if (!t.asText("").isBlank()) {
        out.add(t.asText().strip());
      }
    }
    return out;
  }

  /** Precursors with their coefficient in the balanced reaction, when it names them. */
  private static List<SynthesisRecord.Precursor> precursors(JsonNode node) {
    Map<String, String> amounts = new LinkedHashMap<>();
    for (JsonNode side : node.path("reaction").path("left_side")) {
      amounts.putIfAbsent(side.path("material").asText(""), side.path("amount").asText(""));
    }
    List<SynthesisRecord.Precursor> out = new ArrayList<>();
    for (JsonNode p : node.path("precursors")) {
      String name = p.path("material_string").asText("");
      String formula = p.path("material_formula").asText("");
      String amount = amounts.getOrDefault(formula, amounts.getOrDefault(name, ""));
      out.add(new SynthesisRecord.Precursor(name, formula, amount, ""));
    }
    return out;
  }

  private static List<SynthesisRecord.Operation> operations(JsonNode ops) {
    List<SynthesisRecord.Operation> out = new ArrayList<>();
    for (JsonNode op : ops) {
      JsonNode c = op.path("conditions");
      Map<String, String> conditions = new LinkedHashMap<>();
      put(conditions, SynthesisRecord.TEMPERATURE, quantities(c.path("heating_temperature")));
      put(conditions, SynthesisRecord.TIME, quantities(c.path("heating_time")));
      put(conditions, SynthesisRecord.ATMOSPHERE, words(c.path("heating_atmosphere"),
          SynthesisRecord.JOIN));
      put(conditions, "mixing_media", words(c.path("mixing_media"), " "));
      put(conditions, "mixing_device", words(c.path("mixing_device"), " "));
      out.add(new SynthesisRecord.Operation(op.path("type").asText(""),
          op.path("token").asText(""), conditions));
    }
    return out;
  }

  private static void put(Map<String, String> conditions, String key, String value) {
    if (!value.isEmpty()) {
      conditions.put(key, value);
    }
  }

  /**
   * {@code 1200 C}; several values joined ({@code 900 C; 750 C}); a range the dataset gives only
   * by its ends ({@code values} empty) as {@code 850-1000 C}, or its one end when only one is set.
   */
  static String quantities(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode q : list) {
      String unit = q.path("units").asText("").strip();
      String suffix = unit.isEmpty() ? "" : " " + unit;
      if (q.path("values").size() > 0) {
        for (JsonNode v : q.path("values")) {
          out.add(number(v) + suffix);
        }
      } else {
        String min = number(q.path("min_value"));
        String max = number(q.path("max_value"));
        if (!min.isEmpty() && !max.isEmpty() && !min.equals(max)) {
          out.add(min + "-" + max + suffix);
        } else if (!max.isEmpty() || !min.isEmpty()) {
          out.add((max.isEmpty() ? min : max) + suffix);
        }
      }
    }
    return String.join(SynthesisRecord.JOIN, out);
  }

  private static String number(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isNumber()) {
      return v.decimalValue().stripTrailingZeros().toPlainString();
    }
    return v.asText("").strip();
  }

  private static String words(JsonNode list, String join) {
    List<String> out = new ArrayList<>();
    for (JsonNode w : list) {
      if (!w.asText("").isBlank()) {
        out.add(w.asText().strip());
      }
    }
    return String.join(join, out);
  }
}
