package dev.anneal.tokenize.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendering template kept as a resource ({@code templates/KIND/NAME.txt}): {@code {{key}}} is
 * replaced by a value; a line whose placeholders are all empty is left out.
 */
public final class Template implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9_]+)}}");
  private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

  private final String kind;
  private final String name;
  private final String[] lines;

  private Template(String kind, String name, String text) {
    this.kind = kind;
    this.name = name;
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    this.lines = body.split("\n", -1);
  }

  /** The template {@code name} for samples of {@code kind}; fails with the names' location. */
  public static Template load(String kind, String name) {
    if (!kind.matches("[a-z_]+") || !name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("bad template name " + kind + "/" + name);
    }
    return CACHE.computeIfAbsent(kind + "/" + name, k -> read(kind, name));
  }

  private static Template read(String kind, String name) {
    String resource = "templates/" + kind + "/" + name + ".txt";
    try (InputStream in = Template.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + kind + " template named '" + name
            + "' (resources dev/anneal/tokenize/render/" + resource + ")");
      }
      return new Template(kind, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + resource, e);
    }
  }

  /** {@code kind/name}, e.g. {@code structure/cif_like}. */
  public String id() {
    return kind + "/" + name;
  }

  /**
   * The text with every placeholder replaced by {@code values} (a missing key is empty); lines
   * whose placeholders are all empty are dropped. No trailing newline.
   */
  public String fill(Map<String, String> values) {
    StringBuilder out = new StringBuilder(256);
    for (String line : lines) {
      Matcher m = PLACEHOLDER.matcher(line);
      StringBuilder filled = new StringBuilder(line.length() + 32);
      boolean any = false;
      boolean allEmpty = true;
      while (m.find()) {
        any = true;
        String v = values.getOrDefault(m.group(1), "");
        if (v == null) {
          v = "";
        }
        allEmpty &= v.isEmpty();
        m.appendReplacement(filled, Matcher.quoteReplacement(v));
      }
      m.appendTail(filled);
      if (any && allEmpty) {
        continue;
      }
      out.append(filled);
      if (filled.length() == 0 || filled.charAt(filled.length() - 1) != '\n') {
        out.append('\n');
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return out.substring(0, end);
  }
}
