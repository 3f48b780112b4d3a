package dev.anneal.search.index;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What any indexed record may carry besides its own fields: links to other records, numeric
 * properties queries compare ({@code tc>30}), and details shown on a record page.
 *
 * @param links   linked records as {@code kind:id} ({@code material:m1}, {@code document:d1})
 * @param numbers numeric values by property name ({@code tc}, {@code temperature}), in the
 *                property's canonical unit; a record matches a range if any value is in it
 * @param detail  kind-specific details as a JSON object, or null
 */
public record RecordExtras(List<String> links, Map<String, List<Double>> numbers, String detail)
    implements Serializable {

  /** No links, numbers or details. */
  public static final RecordExtras NONE = new RecordExtras(null, null, null);

  /** Null lists and maps become empty; null entries are dropped. */
  public RecordExtras {
    links = copy(links);
    Map<String, List<Double>> n = new LinkedHashMap<>();
    if (numbers != null) {
      numbers.forEach((k, v) -> {
        if (k != null && !copy(v).isEmpty()) {
          n.put(k, copy(v));
        }
      });
    }
    numbers = java.util.Collections.unmodifiableMap(n);
  }

  static <T> List<T> copy(List<T> in) {
    return in == null ? List.of() : in.stream().filter(Objects::nonNull).toList();
  }
}
