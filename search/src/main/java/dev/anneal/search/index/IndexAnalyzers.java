package dev.anneal.search.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The per-field analyzer an index is written with and must be queried with. */
public final class IndexAnalyzers {

  private IndexAnalyzers() {
  }

  /**
   * English analysis (stop words, Porter stemming) for the text fields and keyword analysis for
   * everything else; ids, formulas and element symbols are case-sensitive keywords because
   * {@code Co} and {@code CO} are different things. {@link IndexFields#CHEM} uses
   * {@link ChemistryAnalyzer}.
   */
  public static Analyzer create() {
    // One EnglishAnalyzer serves all text fields: it reuses components globally, not per field.
    Analyzer english = new EnglishAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>();
    for (String field : IndexFields.TEXT_FIELDS) {
      perField.put(field, english);
    }
    perField.put(IndexFields.CHEM, new ChemistryAnalyzer());
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }
}
