package dev.anneal.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.anneal.search.index.IndexFields;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * One record and everything linked to it, as a record page (e.g. a material's) shows it.
 *
 * @param record the record
 * @param linked its linked records, its own links first
 */
public record RecordPage(Entry record, List<Entry> linked) {

  /** Linked records listed on a page. */
  public static final int MAX_LINKED = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keeps an immutable copy. */
  public RecordPage {
    linked = List.copyOf(linked);
  }

  /**
   * One record in full.
   *
   * @param kind   its kind ({@code document} for a paper, shown by its first paragraph)
   * @param id     its id
   * @param title  its title, or ""
   * @param text   its whole text (not highlighted), or ""
   * @param fields its stored fields, as on a {@link Hit}
   * @param detail kind-specific details: a structure's lattice and sites, a material's labels, a
   *               synthesis description's operations; an empty object when there are none
   */
  public record Entry(String kind, String id, String title, String text,
                      Map<String, Object> fields, JsonNode detail) {
  }

  static Entry entry(String kind, String id, Document d) {
    String storedKind = d.get(IndexFields.KIND);
    String title = d.get(IndexFields.TITLE);
    String text = d.get(IndexFields.TEXT);
    return new Entry(kind, id, title == null ? "" : title, text == null ? "" : text,
        HitFields.read(storedKind, d), detail(d.get(IndexFields.DETAIL)));
  }

  private static JsonNode detail(String json) {
    if (json == null || json.isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return JsonNodeFactory.instance.objectNode().put("unreadable", json);
    }
  }
}
