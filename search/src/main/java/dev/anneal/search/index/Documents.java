package dev.anneal.search.index;

import dev.anneal.search.query.QueryParser;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
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

  /** A property name as a field suffix: lower case, letters, digits and '_' only. */
  static String propertyName(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
  }

  static Document paragraph(IndexedParagraph p, RecordExtras extras) {
    Document d = base(IndexFields.KIND_PARAGRAPH, p.paraId());
    keyword(d, IndexFields.DOC_ID, p.docId());
    text(d, IndexFields.TITLE, p.title());
    text(d, IndexFields.SECTION, p.section());
    d.add(new Field(IndexFields.TEXT, p.text(), TEXT_WITH_OFFSETS));
    chem(d, p.title(), p.text());
    if (p.sourceUri() != null) {
      d.add(new StoredField(IndexFields.SOURCE_URI, p.sourceUri()));
    }
    year(d, p.year());
    extras(d, extras);
    return d;
  }

  static Document material(IndexedMaterial m, RecordExtras extras) {
    Document d = base(IndexFields.KIND_MATERIAL, m.materialId());
    String given = m.reducedFormula().strip();
    // Re-reduce with the same code the query parser uses, so a query formula and an indexed one
    // agree even when the upstream stage wrote the elements in another order.
    String formula = QueryParser.reducedFormula(given).orElse(given);
    keyword(d, IndexFields.FORMULA, formula);
    List<String> elements = elements(m.elements(), List.of(given), m.chemsys());
    chemistry(d, elements);
    spacegroups(d, m.spacegroupNumbers());
    m.structureIds().forEach(s -> keyword(d, IndexFields.STRUCTURE_ID, s));
    m.docIds().forEach(s -> keyword(d, IndexFields.DOC_ID, s));
    m.synthIds().forEach(s -> keyword(d, IndexFields.SYNTH_ID, s));
    boolean untitled = m.title() == null || m.title().isBlank();
    String title = untitled ? formula : m.title();
    text(d, IndexFields.TITLE, title);
    String summary = m.summary() == null ? "" : m.summary();
    d.add(new Field(IndexFields.TEXT, summary, TEXT_WITH_OFFSETS));
    chem(d, title + " " + given, summary);
    extras(d, extras);
    return d;
  }

  static Document record(IndexedRecord r) {
    Document d = base(r.kind(), r.id());
    TreeSet<String> formulas = new TreeSet<>();
    for (String f : r.formulas()) {
      String given = f.strip();
      if (!given.isEmpty()) {
        formulas.add(QueryParser.reducedFormula(given).orElse(given));
      }
    }
    formulas.forEach(f -> keyword(d, IndexFields.FORMULA, f));
    chemistry(d, elements(r.elements(), r.formulas(), null));
    spacegroups(d, r.spacegroups());
    r.docIds().forEach(s -> keyword(d, IndexFields.DOC_ID, s));
    text(d, IndexFields.TITLE, r.title());
    String text = r.text() == null ? "" : r.text();
    d.add(new Field(IndexFields.TEXT, text, TEXT_WITH_OFFSETS));
    chem(d, (r.title() == null ? "" : r.title()) + " " + String.join(" ", r.formulas()), text);
    year(d, r.year());
    extras(d, r.extras());
    return d;
  }

  private static void chemistry(Document d, List<String> elements) {
    for (String e : elements) {
      keyword(d, IndexFields.ELEMENTS, e);
      d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_ELEMENTS, e));
    }
    if (!elements.isEmpty()) {
      keyword(d, IndexFields.CHEMSYS, String.join("-", elements));
    }
  }

  private static void spacegroups(Document d, List<Integer> spacegroups) {
    for (int sg : new TreeSet<>(spacegroups)) {
      d.add(new IntPoint(IndexFields.SPACEGROUP, sg));
      d.add(new StoredField(IndexFields.SPACEGROUP, sg));
      d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_SG, Integer.toString(sg)));
    }
  }

  private static void year(Document d, Integer year) {
    if (year != null) {
      d.add(new IntPoint(IndexFields.YEAR, year));
      d.add(new StoredField(IndexFields.YEAR, year));
    }
  }

  private static void extras(Document d, RecordExtras extras) {
    for (String link : new TreeSet<>(extras.links())) {
      keyword(d, IndexFields.LINK, link);
    }
    extras.numbers().forEach((name, values) -> {
      String field = IndexFields.number(propertyName(name));
      for (double v : values) {
        if (Double.isFinite(v)) {
          d.add(new DoublePoint(field, v));
        }
      }
    });
    if (extras.detail() != null && !extras.detail().isBlank()) {
      d.add(new StoredField(IndexFields.DETAIL, extras.detail()));
    }
  }

  /** Sorted distinct symbols: the given ones, else the formulas', else the chemsys's. */
  private static List<String> elements(List<String> given, List<String> formulas, String chemsys) {
    TreeSet<String> out = new TreeSet<>();
    given.forEach(e -> out.add(e.strip()));
    if (out.isEmpty()) {
      for (String f : formulas) {
        Optional<List<String>> fromFormula = QueryParser.elements(f.strip());
        fromFormula.ifPresent(out::addAll);
      }
      if (out.isEmpty() && chemsys != null && !chemsys.isBlank()) {
        Arrays.stream(chemsys.split("-")).map(String::strip).forEach(out::add);
      }
    }
    out.remove("");
    return List.copyOf(out);
  }

  private static Document base(String kind, String id) {
    Document d = new Document();
    d.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_KIND, kind));
    d.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    d.add(new StringField(IndexFields.UID, uid(kind, id), Field.Store.NO));
    return d;
  }

  private static void chem(Document d, String title, String text) {
    String t = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
    if (!t.isBlank()) {
      d.add(new TextField(IndexFields.CHEM, t, Field.Store.NO));
    }
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
