package dev.anneal.search;

import dev.anneal.search.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Resolves a record's links both ways: the {@code kind:id} values it stores, and the records that
 * store its own {@code kind:id} (or, for a paragraph, its document's).
 */
final class RecordLinks {

  /** A linked record: its kind and id, and its stored document (for a paper, its first paragraph). */
  record Linked(String kind, String id, Document doc) {
  }

  private final IndexSearcher searcher;

  RecordLinks(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** At most {@code max} records linked to {@code d}, its own links first, then back-links. */
  List<Linked> of(Document d, int max) throws IOException {
    String kind = d.get(IndexFields.KIND);
    String uid = kind + ":" + d.get(IndexFields.ID);
    Set<String> targets = new LinkedHashSet<>();
    for (String link : d.getValues(IndexFields.LINK)) {
      targets.add(link);
    }
    List<Linked> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (String t : targets) {
      if (out.size() >= max) {
        return out;
      }
      int colon = t.indexOf(':');
      String k = t.substring(0, colon);
      String id = t.substring(colon + 1);
      TermQuery q = k.equals(IndexFields.LINK_DOCUMENT)
          ? new TermQuery(new Term(IndexFields.DOC_ID, id))
          : new TermQuery(new Term(IndexFields.UID, t));
      int doc = first(q, k.equals(IndexFields.LINK_DOCUMENT));
      if (doc >= 0) {
        out.add(new Linked(k, id, stored.document(doc)));
      }
    }
    List<String> back = new ArrayList<>(List.of(uid));
    if (kind.equals(IndexFields.KIND_PARAGRAPH) && d.get(IndexFields.DOC_ID) != null) {
      back.add(IndexFields.LINK_DOCUMENT + ":" + d.get(IndexFields.DOC_ID));
    }
    for (String b : back) {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.LINK, b)), max);
      for (ScoreDoc sd : top.scoreDocs) {
        if (out.size() >= max) {
          return out;
        }
        Document other = stored.document(sd.doc);
        String k = other.get(IndexFields.KIND);
        String id = other.get(IndexFields.ID);
        if (!targets.contains(k + ":" + id) && out.stream()
            .noneMatch(l -> l.kind().equals(k) && l.id().equals(id))) {
          out.add(new Linked(k, id, other));
        }
      }
    }
    return out;
  }

  /** The first match; for a paper, its paragraph kind only (materials also carry doc ids). */
  private int first(TermQuery q, boolean paragraphsOnly) throws IOException {
    org.apache.lucene.search.Query query = q;
    if (paragraphsOnly) {
      query = new org.apache.lucene.search.BooleanQuery.Builder()
          .add(q, org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PARAGRAPH)),
              org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build();
    }
    TopDocs top = searcher.search(query, 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  /** The title shown for a linked record: a paper's or record's title, else its id. */
  static String title(Linked l) {
    String t = l.doc().get(IndexFields.TITLE);
    return t == null ? l.id() : t;
  }
}
