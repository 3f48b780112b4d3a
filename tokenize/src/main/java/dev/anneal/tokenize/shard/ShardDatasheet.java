package dev.anneal.tokenize.shard;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The figures of a shard set's datasheet that need the tables, not just the manifest: the share
 * of shard tokens in dossiers that connect a structure with a synthesis description, and the
 * most frequent repeated word n-grams of the samples in the shards (boilerplate shows up here).
 *
 * @param tokens          tokens in the shards over every split
 * @param dossierTokens   of those, tokens of dossier samples
 * @param connectedTokens of those, tokens of dossiers whose source_ids name a structure and a
 *                        synthesis description
 * @param connectedDossiers dossier samples that connect a structure with a synthesis
 * @param dossiers        dossier samples in the shards
 * @param n               the n of the n-grams (words)
 * @param ngrams          the most frequent repeated n-grams, most frequent first
 */
public record ShardDatasheet(long tokens, long dossierTokens, long connectedTokens,
                             long connectedDossiers, long dossiers, int n, List<NGram> ngrams) {

  /** Word n-grams counted. */
  public static final int N = 8;
  /** N-grams listed. */
  public static final int TOP = 15;

  /**
   * A repeated n-gram.
   *
   * @param text        the words, lower-cased, joined by spaces
   * @param occurrences how often it occurs over the samples in the shards
   * @param samples     in how many samples
   */
  public record NGram(String text, long occurrences, long samples) {
  }

  /** Share of shard tokens in connected dossiers, in [0, 1]. */
  public double connectedShare() {
    return tokens == 0 ? 0 : (double) connectedTokens / tokens;
  }

  /**
   * Computes the figures from the shard rows of every split ({@code shards}: doc_lengths,
   * sample_ids), {@code curated/samples} (sample_id, kind, source_ids, text) and the ids of
   * structures and synthesis descriptions (a column {@code id} each; either may be null).
   */
  public static ShardDatasheet compute(Dataset<Row> shards, Dataset<Row> samples,
                                       Dataset<Row> structureIds, Dataset<Row> synthesisIds) {
    Dataset<Row> perSample = shards
        .select(explode(arrays_zip(col("doc_lengths"), col("sample_ids"))).as("p"))
        .select(col("p.doc_lengths").as("len"), col("p.sample_ids").as("sample_id"))
        .groupBy("sample_id").agg(sum("len").as("tokens"));
    Dataset<Row> dossiers = samples.filter(col("kind").equalTo("dossier"))
        .select(col("sample_id"), explode(col("source_ids")).as("id"));
    Dataset<Row> flags = dossiers.select(col("sample_id")).distinct()
        .withColumn("structure", lit(0)).withColumn("synthesis", lit(0));
    if (structureIds != null) {
      flags = flags.unionByName(dossiers.join(structureIds.select("id").distinct(), "id")
          .select(col("sample_id"), lit(1).as("structure"), lit(0).as("synthesis")));
    }
    if (synthesisIds != null) {
      flags = flags.unionByName(dossiers.join(synthesisIds.select("id").distinct(), "id")
          .select(col("sample_id"), lit(0).as("structure"), lit(1).as("synthesis")));
    }
    Dataset<Row> connected = flags.groupBy("sample_id")
        .agg(max("structure").as("structure"), max("synthesis").as("synthesis"))
        .withColumn("connected", expr("structure = 1 AND synthesis = 1"));
    Row t = perSample.join(connected, perSample.col("sample_id").equalTo(
            connected.col("sample_id")), "left")
        .agg(sum("tokens"),
            sum(expr("CASE WHEN connected IS NOT NULL THEN tokens ELSE 0 END")),
            sum(expr("CASE WHEN connected THEN tokens ELSE 0 END")),
            count(expr("CASE WHEN connected THEN 1 END")),
            count(expr("CASE WHEN connected IS NOT NULL THEN 1 END")))
        .first();
    return new ShardDatasheet(longOr0(t, 0), longOr0(t, 1), longOr0(t, 2), longOr0(t, 3),
        longOr0(t, 4), N, ngrams(samples.join(perSample.select("sample_id"), "sample_id")));
  }

  private static List<NGram> ngrams(Dataset<Row> samples) {
    Dataset<Row> grams = samples
        .select(col("sample_id"),
            expr("filter(split(lower(text), '\\\\s+'), w -> w != '')").as("w"))
        .filter(expr("size(w) >= " + N))
        .select(col("sample_id"), explode(expr("transform(sequence(0, size(w) - " + N
            + "), i -> array_join(slice(w, i + 1, " + N + "), ' '))")).as("g"));
    List<NGram> out = new ArrayList<>();
    for (Row r : grams.groupBy("g").agg(count(lit(1)).as("n"), countDistinct("sample_id"))
        .filter(col("n").gt(1))
        .orderBy(col("n").desc(), col("g"))
        .limit(TOP).collectAsList()) {
      out.add(new NGram(r.getString(0), r.getLong(1), r.getLong(2)));
    }
    return out;
  }

  private static long longOr0(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }

  /** Whether {@code table} has every one of {@code columns}. */
  public static boolean has(Dataset<Row> table, String... columns) {
    return Arrays.asList(table.columns()).containsAll(Arrays.asList(columns));
  }
}
