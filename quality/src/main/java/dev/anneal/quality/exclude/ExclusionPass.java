package dev.anneal.quality.exclude;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import dev.anneal.quality.decontam.Contamination;
import dev.anneal.quality.dedup.spark.ExactDuplicates;
import dev.anneal.quality.dedup.spark.NearDuplicates;
import dev.anneal.quality.dedup.spark.StructureDuplicates;
import dev.anneal.quality.filter.spark.DocumentFilters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.anneal.ingest.ContentHash;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The quality stage's exclusions, in order: document filters (prose samples and documents),
 * exact then near duplicates among what survives (samples and documents; documents by their
 * {@code content_hash}), optionally exact duplicate paragraphs of the surviving documents,
 * structure duplicates, exact duplicate calculations, and decontamination of every sample.
 * Returns rows of {@code curated/excluded}.
 */
public final class ExclusionPass {

  /**
   * What the pass produced.
   *
   * @param excluded rows of {@code curated/excluded}
   * @param flagged  contaminated samples found in flag mode ({@code id}, {@code benchmark},
   *                 {@code message}); empty in remove mode
   * @param close    releases cached data once {@code excluded} is written
   */
  public record Result(Dataset<Row> excluded, Dataset<Row> flagged, Runnable close) {
  }

  private static final UserDefinedFunction TEXT_HASH =
      udf((UDF1<String, String>) ContentHash::ofText, DataTypes.StringType);

  private ExclusionPass() {
  }

  /**
   * Runs the pass. {@code documents}, {@code paragraphs}, {@code structures} and
   * {@code calculations} may be null (table absent); calculations give structure duplicates their
   * energies.
   */
  public static Result run(Dataset<Row> samples, Dataset<Row> documents, Dataset<Row> paragraphs,
                           Dataset<Row> structures, Dataset<Row> calculations,
                           ExclusionSettings s) {
    List<Dataset<Row>> parts = new ArrayList<>();
    List<Runnable> closers = new ArrayList<>();
    Dataset<Row> prose = samples.where(col("kind").isin(s.textKinds().toArray()));
    Dataset<Row> proseDocs = prose.select(col("sample_id").as("id"), col("text"),
        col("n_chars").cast("double").as("priority"));
    Dataset<Row> docDocs = documents == null ? null : documents.select(col("doc_id").as("id"),
        col("text"), col("n_chars").cast("double").as("priority"), contentHash(documents));
    List<Dataset<Row>> removedDocs = new ArrayList<>();
    if (s.filters() != null) {
      Dataset<Row> dropped = materialized(DocumentFilters.dropped(prose, "sample_id", "text",
          s.filters(), true));
      closers.add(dropped::unpersist);
      parts.add(Exclusions.ofSamples(dropped, null));
      proseDocs = proseDocs.join(dropped.select("id"), proseDocs.col("id")
          .equalTo(dropped.col("id")), "left_anti");
      if (documents != null) {
        Dataset<Row> droppedDocs = materialized(DocumentFilters.dropped(documents, "doc_id",
            "text", s.filters(), false));
        closers.add(droppedDocs::unpersist);
        parts.add(Exclusions.ofRecords(droppedDocs, "raw/documents", null, samples));
        removedDocs.add(droppedDocs.select("id"));
        docDocs = docDocs.join(droppedDocs.select("id"), docDocs.col("id")
            .equalTo(droppedDocs.col("id")), "left_anti");
      }
    }
    if (docDocs != null) {
      dedupe(docDocs, s, parts, closers, "raw/documents", samples, removedDocs);
      // Samples of a removed document do not compete in sample dedup: were one of them kept
      // over the kept document's sample, both copies of the text would leave training.
      for (Dataset<Row> removed : removedDocs) {
        Dataset<Row> gone = samples.select(col("sample_id").as("gone_id"),
                explode(col("source_ids")).as("source_id"))
            .join(removed, col("source_id").equalTo(removed.col("id")), "left_semi")
            .select("gone_id");
        proseDocs = proseDocs.join(gone, proseDocs.col("id").equalTo(gone.col("gone_id")),
            "left_anti");
      }
    }
    proseDocs = dedupe(proseDocs, s, parts, closers, null, samples, new ArrayList<>());
    if (s.paragraphs() && paragraphs != null) {
      parts.add(duplicateParagraphs(paragraphs, removedDocs, samples, closers));
    }
    if (s.structures() && structures != null) {
      Dataset<Row> energies = calculations == null ? null
          : StructureDuplicates.energies(calculations);
      parts.add(Exclusions.ofRecords(
          StructureDuplicates.find(structures, energies, s.volumeTolerance()),
          "raw/structures", "dedup.structure", samples));
    }
    if (s.calculations() && calculations != null) {
      Dataset<Row> exact = ExactDuplicates.byKey(calculations.select(col("calc_id").as("id"),
              contentHash(calculations), lit(0.0).as("priority")))
          .withColumn("message", concat(lit("same content (code, settings, energies, structure) "
              + "as "), col("kept_id")));
      parts.add(Exclusions.ofRecords(exact, "raw/calculations", "dedup.exact", samples));
    }
    Dataset<Row> flagged = samples.sparkSession().createDataFrame(List.of(), Contamination.FOUND);
    if (s.evalIndex() != null && s.evalIndex().size() > 0) {
      Dataset<Row> found = Contamination.find(samples, "sample_id", "text", s.evalIndex(),
          s.ngram());
      if (s.removeContaminated()) {
        parts.add(Exclusions.ofSamples(found, "decontam.ngram_overlap"));
      } else {
        flagged = found;
      }
    }
    Dataset<Row> excluded = Exclusions.empty(samples.sparkSession());
    for (Dataset<Row> p : parts) {
      excluded = excluded.unionByName(p);
    }
    return new Result(excluded, flagged, () -> closers.forEach(Runnable::run));
  }

  /**
   * {@code data} cached and computed now. Cached lazily instead, the plans that read it (the
   * survivors' anti joins, whose broadcasts run side by side) would each compute it before the
   * cache is filled: the text filters ran three times over every sample.
   */
  private static Dataset<Row> materialized(Dataset<Row> data) {
    Dataset<Row> cached = data.cache();
    cached.count();
    return cached;
  }

  /**
   * The {@code content_hash} column of a raw table as {@code key}; null (hash the text) for
   * tables written before the column existed.
   */
  private static Column contentHash(Dataset<Row> table) {
    return (List.of(table.columns()).contains("content_hash") ? col("content_hash")
        : lit(null).cast("string")).as("key");
  }

  /**
   * Exact duplicate paragraphs among the documents no earlier rule removed: a removed
   * paragraph names the one kept, and takes out the paragraph samples rendered from it (a whole
   * document's sample is not removed for one shared paragraph).
   */
  private static Dataset<Row> duplicateParagraphs(Dataset<Row> paragraphs,
                                                  List<Dataset<Row>> removedDocs,
                                                  Dataset<Row> samples, List<Runnable> closers) {
    Dataset<Row> kept = paragraphs;
    for (Dataset<Row> removed : removedDocs) {
      kept = kept.join(removed, kept.col("doc_id").equalTo(removed.col("id")), "left_anti");
    }
    Dataset<Row> exact = materialized(ExactDuplicates.byKey(kept.select(col("para_id").as("id"),
        contentHash(paragraphs), col("n_chars").cast("double").as("priority"))));
    closers.add(exact::unpersist);
    return Exclusions.ofRecords(exact.withColumn("message",
            concat(lit("same normalized text as paragraph "), col("kept_id"))),
        "raw/paragraphs", "dedup.exact", samples.where(col("kind").equalTo("paragraph")));
  }

  /** Exact then near duplicates of {@code docs}; returns the survivors. */
  private static Dataset<Row> dedupe(Dataset<Row> docs, ExclusionSettings s,
                                     List<Dataset<Row>> parts, List<Runnable> closers,
                                     String recordTable, Dataset<Row> samples,
                                     List<Dataset<Row>> removedDocs) {
    Dataset<Row> survivors = docs;
    if (s.exact()) {
      Dataset<Row> exact = materialized(List.of(docs.columns()).contains("key")
          ? ExactDuplicates.byKey(docs.select(col("id"), col("priority"),
              coalesce(col("key"), TEXT_HASH.apply(col("text"))).as("key")))
          : ExactDuplicates.find(docs));
      closers.add(exact::unpersist);
      Dataset<Row> removed = exact.withColumn("message",
          concat(lit("same normalized text as "), col("kept_id")));
      parts.add(recordTable == null ? Exclusions.ofSamples(removed, "dedup.exact")
          : Exclusions.ofRecords(removed, recordTable, "dedup.exact", samples));
      survivors = survivors.join(exact.select("id"), survivors.col("id")
          .equalTo(exact.col("id")), "left_anti");
      if (recordTable != null) {
        removedDocs.add(exact.select("id"));
      }
    }
    if (s.minHash() != null) {
      NearDuplicates.Result near = NearDuplicates.find(survivors, s.minHash());
      Dataset<Row> removed = near.removed().cache();
      closers.add(removed::unpersist);
      closers.add(near.close());
      Dataset<Row> withMessage = removed.withColumn("message", concat(lit("near duplicate of "),
          col("kept_id"), lit(String.format(Locale.ROOT,
              " (connected by pairs of Jaccard >= %.2f over word %d-shingles)",
              s.minHash().threshold(), s.minHash().shingleSize()))));
      parts.add(recordTable == null ? Exclusions.ofSamples(withMessage, "dedup.near")
          : Exclusions.ofRecords(withMessage, recordTable, "dedup.near", samples));
      if (recordTable != null) {
        removedDocs.add(removed.select("id"));
      }
    }
    return survivors;
  }
}
