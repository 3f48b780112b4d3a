package dev.anneal.search.index;

import dev.anneal.search.query.QueryParser;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Turns records into Lucene documents following {@link IndexFields}. */
final class Documents {

  /** Stored text with offsets in the postings, so the highlighter need not re-analyze it. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private Documents() {
  }

  static String uid(String kind, String id) {
    return kind + ":" + id;
  }

  static Document paragraph(IndexedParagraph p) {
    Document d = base(IndexFields.KIND_PARAGRAPH, p.paraId());
    keyword(d, IndexFields.DOC_ID, p.docId());
    text(d, IndexFields.TITLE, p.title());
    text(d, IndexFields.SECTION, p.section());
    d.add(new Field(IndexFields.TEXT, p.text(), TEXT_WITH_OFFSETS));
    if (p.sourceUri() != null) {
      d.add(new StoredField(IndexFields.SOURCE_URI, p.sourceUri()));
    }
    if (p.year() != null) {
      d.add(new IntPoint(IndexFields.YEAR, p.year()));
      d.add(new StoredField(IndexFields.YEAR, p.year()));
    }
    return d;
  }

  static Document material(IndexedMaterial m) {
    Document d = base(IndexFields.KIND_MATERIAL, m.materialId());
    String given = m.reducedFormula().strip();
    // Re-reduce with the same code the query parser uses, so a query formula and an indexed one
    // agree even when the upstream stage wrote the elements in another order.
    String formula = QueryParser.reducedFormula(given).orElse(given);
    keyword(d, IndexFields.FORMULA, formula);
    List<String> elements = elements(m, given);
    elements.forEach(e -> keyword(d, IndexFields.ELEMENTS, e));
    if (!elements.isEmpty()) {
      keyword(d, IndexFields.CHEMSYS, String.join("-", elements));
    }
    for (int sg : m.spacegroupNumbers()) {
      d.add(new IntPoint(IndexFields.SPACEGROUP, sg));
      d.add(new StoredField(IndexFields.SPACEGROUP, sg));
    }
    m.structureIds().forEach(s -> keyword(d, IndexFields.STRUCTURE_ID, s));
    m.docIds().forEach(s -> keyword(d, IndexFields.DOC_ID, s));
    m.synthIds().forEach(s -> keyword(d, IndexFields.SYNTH_ID, s));
    boolean untitled = m.title() == null || m.title().isBlank();
    text(d, IndexFields.TITLE, untitled ? formula : m.title());
    d.add(new Field(IndexFields.TEXT, m.summary() == null ? "" : m.summary(), TEXT_WITH_OFFSETS));
    return d;
  }

  /** Sorted distinct symbols: the record's, else the formula's, else the chemsys's. */
  private static List<String> elements(IndexedMaterial m, String formula) {
    TreeSet<String> out = new TreeSet<>();
    m.elements().forEach(e -> out.add(e.strip()));
    if (out.isEmpty()) {
      Optional<List<String>> fromFormula = QueryParser.elements(formula);
      if (fromFormula.isPresent()) {
        out.addAll(fromFormula.get());
      } else if (m.chemsys() != null && !m.chemsys().isBlank()) {
        Arrays.stream(m.chemsys().split("-")).map(String::strip).forEach(out::add);
      }
    }
    out.remove("");
    return List.copyOf(out);
  }

  private static Document base(String kind, String id) {
    Document d = new Document();
    d.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
    d.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    d.add(new StringField(IndexFields.UID, uid(kind, id), Field.Store.NO));
    return d;
  }

  private static void keyword(Document d, String field, String value) {
    if (value != null && !value.isEmpty()) {
      d.add(new StringField(field, value, Field.Store.YES));
    }
  }

  private static void text(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new TextField(field, value, Field.Store.YES));
    }
  }
}
