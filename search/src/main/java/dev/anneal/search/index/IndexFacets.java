package dev.anneal.search.index;

import org.apache.lucene.facet.FacetsConfig;

/** The facet configuration an index is written and counted with (sorted-set doc values, no taxonomy). */
public final class IndexFacets {

  private IndexFacets() {
  }

  /**
   * Kind is single-valued; elements and space groups may have several values per record.
   * Sorted-set facets live in the index itself, so per-partition indexes merge with addIndexes.
   */
  public static FacetsConfig config() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(IndexFields.FACET_ELEMENTS, true);
    c.setMultiValued(IndexFields.FACET_SG, true);
    return c;
  }
}
