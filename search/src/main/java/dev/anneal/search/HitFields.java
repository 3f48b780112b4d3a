package dev.anneal.search;

import dev.anneal.search.index.IndexFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reads a hit's fields map from a stored document, with a fixed shape per kind. */
final class HitFields {

  /** Shown as the hit's own id, title and snippet, so not repeated in the fields map. */
  private static final Set<String> SHOWN_ELSEWHERE = Set.of(IndexFields.KIND, IndexFields.ID,
      IndexFields.TITLE, IndexFields.TEXT, IndexFields.LINK, IndexFields.DETAIL);

  private HitFields() {
  }

  static Map<String, Object> read(String kind, Document d) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (kind) {
      case IndexFields.KIND_PARAGRAPH -> {
        single(out, "docId", d, IndexFields.DOC_ID);
        single(out, "section", d, IndexFields.SECTION);
        single(out, "year", d, IndexFields.YEAR);
        single(out, "sourceUri", d, IndexFields.SOURCE_URI);
      }
      case IndexFields.KIND_MATERIAL -> {
        single(out, "formula", d, IndexFields.FORMULA);
        out.put("elements", list(d, IndexFields.ELEMENTS));
        single(out, "chemsys", d, IndexFields.CHEMSYS);
        out.put("sg", list(d, IndexFields.SPACEGROUP));
        out.put("docIds", list(d, IndexFields.DOC_ID));
        out.put("structureIds", list(d, IndexFields.STRUCTURE_ID));
        out.put("synthIds", list(d, IndexFields.SYNTH_ID));
      }
      case IndexFields.KIND_STRUCTURE, IndexFields.KIND_CALCULATION, IndexFields.KIND_SYNTHESIS -> {
        out.put("formulas", list(d, IndexFields.FORMULA));
        out.put("elements", list(d, IndexFields.ELEMENTS));
        out.put("sg", list(d, IndexFields.SPACEGROUP));
        out.put("docIds", list(d, IndexFields.DOC_ID));
        single(out, "year", d, IndexFields.YEAR);
      }
      default -> {
        // Kinds written by later code: show what is stored, lists only where there are several.
        for (IndexableField f : d.getFields()) {
          if (!SHOWN_ELSEWHERE.contains(f.name()) && !out.containsKey(f.name())) {
            List<Object> values = list(d, f.name());
            out.put(f.name(), values.size() == 1 ? values.get(0) : values);
          }
        }
      }
    }
    return out;
  }

  private static void single(Map<String, Object> out, String key, Document d, String field) {
    IndexableField f = d.getField(field);
    if (f != null) {
      out.put(key, value(f));
    }
  }

  private static List<Object> list(Document d, String field) {
    List<Object> values = new ArrayList<>();
    for (IndexableField f : d.getFields(field)) {
      values.add(value(f));
    }
    return values;
  }

  private static Object value(IndexableField f) {
    Number n = f.numericValue();
    return n != null ? n : f.stringValue();
  }
}
