package dev.anneal.jobs.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.anneal.ingest.ContentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the effective configuration: the defaults, then the user's file, then {@code key=value}
 * overrides. Unknown keys and wrong types are configuration errors reported at start-up with
 * the key's path.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ConfigLoader() {
  }

  /** The effective configuration tree from defaults, an optional file and overrides. */
  public static ObjectNode tree(Path file, List<String> overrides) {
    ObjectNode tree = defaults();
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new ConfigException("configuration file not found: " + file);
      }
      try {
        JsonNode user = YAML.readTree(file.toFile());
        if (user != null && !user.isNull() && !user.isMissingNode()) {
          if (!user.isObject()) {
            throw new ConfigException(file + ": the configuration must be a YAML mapping");
          }
          merge(tree, (ObjectNode) user, "");
        }
      } catch (JsonProcessingException e) {
        throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String override : overrides) {
      apply(tree, override);
    }
    return tree;
  }

  /** The effective configuration bound to records. */
  public static AnnealConfig load(Path file, List<String> overrides) {
    return bind(tree(file, overrides));
  }

  /** Binds a configuration tree; a wrong type is a {@link ConfigException} naming the key. */
  public static AnnealConfig bind(ObjectNode tree) {
    try {
      return YAML.treeToValue(tree, AnnealConfig.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException("invalid configuration: " + e.getOriginalMessage());
    }
  }

  /** The configuration as YAML, as {@code anneal config --print} shows it. */
  public static String toYaml(ObjectNode tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A SHA-256 of the configuration's canonical JSON: equal configurations, equal hashes. */
  public static String sha256(ObjectNode tree) {
    try {
      Object canonical = JSON.treeToValue(tree, Map.class);
      return ContentId.sha256Hex(JSON.writeValueAsBytes(canonical));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("defaults.yaml")) {
      if (in == null) {
        throw new IllegalStateException("defaults.yaml is missing from the classpath");
      }
      return (ObjectNode) YAML.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code user} onto {@code base}; every key must already exist in the defaults. */
  private static void merge(ObjectNode base, ObjectNode user, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = prefix + field.getKey();
      JsonNode existing = base.get(field.getKey());
      if (existing == null) {
        throw unknownKey(path, base);
      }
      if (existing.isObject() && existing.isEmpty()) {
        // An empty mapping in the defaults is free-form (e.g. lablog.columns): taken as given.
        if (!field.getValue().isObject()) {
          throw new ConfigException("configuration key '" + path + "' takes a mapping");
        }
        base.set(field.getKey(), field.getValue());
      } else if (existing.isObject()) {
        if (!field.getValue().isObject()) {
          throw new ConfigException("configuration key '" + path + "' is a section; give it keys, "
              + "not a value");
        }
        merge((ObjectNode) existing, (ObjectNode) field.getValue(), path + ".");
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }

  private static void apply(ObjectNode tree, String override) {
    int eq = override.indexOf('=');
    if (eq <= 0) {
      throw new ConfigException("--conf takes key.path=value, got '" + override + "'");
    }
    String key = override.substring(0, eq).strip();
    String value = override.substring(eq + 1);
    String[] parts = key.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      if (child == null || !child.isObject()) {
        throw unknownKey(key, node);
      }
      node = (ObjectNode) child;
    }
    String leaf = parts[parts.length - 1];
    if (!node.has(leaf) || node.get(leaf).isObject()) {
      throw unknownKey(key, node);
    }
    try {
      node.set(leaf, YAML.readTree(value.isEmpty() ? "\"\"" : value));
    } catch (JsonProcessingException e) {
      throw new ConfigException("--conf " + key + ": value '" + value + "' is not valid YAML");
    }
  }

  private static ConfigException unknownKey(String path, JsonNode siblings) {
    ConfigException moved = MovedKeys.error(path);
    if (moved != null) {
      return moved;
    }
    TreeSet<String> known = new TreeSet<>();
    siblings.fieldNames().forEachRemaining(known::add);
    return new ConfigException("unknown configuration key '" + path + "'; known keys here: "
        + String.join(", ", known));
  }
}
