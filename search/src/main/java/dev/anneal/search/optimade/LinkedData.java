package dev.anneal.search.optimade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.search.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The Anneal data a structure links to, read when it is served: its materials' denoised labels
 * (value, uncertainty, unit, condition), their synthesis descriptions and their papers.
 */
final class LinkedData {

  /** Materials, synthesis descriptions and papers listed per structure. */
  static final int MAX_LINKED = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexSearcher searcher;

  LinkedData(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** Adds {@code _anneal_labels}, {@code _anneal_<p>_uncertainty}, synthesis and papers. */
  void addTo(Document structure, Map<String, Object> attributes, Set<String> wanted)
      throws IOException {
    List<Map<String, Object>> labels = new ArrayList<>();
    List<Map<String, Object>> synthesis = new ArrayList<>();
    List<Map<String, Object>> papers = new ArrayList<>();
    List<String> seenDocs = new ArrayList<>();
    List<String> seenSynth = new ArrayList<>();
    int materials = 0;
    for (String link : structure.getValues(IndexFields.LINK)) {
      if (!link.startsWith(IndexFields.KIND_MATERIAL + ":") || materials++ >= MAX_LINKED) {
        continue;
      }
      String materialId = link.substring(link.indexOf(':') + 1);
      Document m = byUid(link);
      if (m == null) {
        continue;
      }
      String detail = m.get(IndexFields.DETAIL);
      if (detail != null) {
        JsonNode d = JSON.readTree(detail);
        for (JsonNode l : d.path("labels")) {
          Map<String, Object> label = new LinkedHashMap<>();
          label.put("material_id", materialId);
          label.put("property", l.path("property").asText(null));
          label.put("condition", l.path("condition").asText(null));
          label.put("value", l.path("value").isNumber() ? l.path("value").asDouble() : null);
          label.put("uncertainty", l.path("uncertainty").isNumber()
              ? l.path("uncertainty").asDouble() : null);
          label.put("unit", l.path("unit").asText(null));
          label.put("n_obs", l.path("n_obs").isNumber() ? l.path("n_obs").asLong() : null);
          label.put("method", l.path("method").asText(null));
          labels.add(label);
        }
      }
      for (String other : m.getValues(IndexFields.LINK)) {
        if (other.startsWith(IndexFields.KIND_SYNTHESIS + ":") && !seenSynth.contains(other)
            && synthesis.size() < MAX_LINKED) {
          seenSynth.add(other);
          Document s = byUid(other);
          if (s != null) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", s.get(IndexFields.ID));
            e.put("title", s.get(IndexFields.TITLE));
            e.put("text", s.get(IndexFields.TEXT));
            e.put("doc_ids", List.of(s.getValues(IndexFields.DOC_ID)));
            synthesis.add(e);
          }
        } else if (other.startsWith(IndexFields.LINK_DOCUMENT + ":") && papers.size() < MAX_LINKED) {
          String docId = other.substring(other.indexOf(':') + 1);
          if (!seenDocs.contains(docId)) {
            seenDocs.add(docId);
            papers.add(paper(docId));
          }
        }
      }
    }
    if (wanted.contains(StructureEntry.PREFIX + "labels")) {
      attributes.put(StructureEntry.PREFIX + "labels", labels);
    }
    if (wanted.contains(StructureEntry.PREFIX + "synthesis")) {
      attributes.put(StructureEntry.PREFIX + "synthesis", synthesis);
    }
    if (wanted.contains(StructureEntry.PREFIX + "papers")) {
      attributes.put(StructureEntry.PREFIX + "papers", papers);
    }
    // The uncertainty of a served value: that of the label the value is.
    for (String name : List.copyOf(attributes.keySet())) {
      if (!name.startsWith(StructureEntry.PREFIX) || !(attributes.get(name) instanceof Number v)) {
        continue;
      }
      String property = name.substring(StructureEntry.PREFIX.length());
      String key = name + "_uncertainty";
      if (!wanted.contains(key)) {
        continue;
      }
      Object u = null;
      for (Map<String, Object> l : labels) {
        if (property.equals(l.get("property")) && l.get("value") instanceof Double lv
            && lv == v.doubleValue()) {
          u = l.get("uncertainty");
          break;
        }
      }
      attributes.put(key, u);
    }
  }

  /** A paper as a reference: id, title, year and source of its first indexed paragraph. */
  Map<String, Object> paper(String docId) throws IOException {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", docId);
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.DOC_ID, docId)), Occur.FILTER).build();
    TopDocs top = searcher.search(q, 1);
    if (top.scoreDocs.length > 0) {
      Document p = searcher.storedFields().document(top.scoreDocs[0].doc);
      e.put("title", p.get(IndexFields.TITLE));
      e.put("year", p.getField(IndexFields.YEAR) == null ? null
          : p.getField(IndexFields.YEAR).numericValue());
      e.put("url", p.get(IndexFields.SOURCE_URI));
    }
    return e;
  }

  private Document byUid(String uid) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.UID, uid)), 1);
    return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
  }
}
