package dev.anneal.normalize.link.spark;

import dev.anneal.normalize.link.Claim;
import dev.anneal.normalize.link.FormulaReader;
import dev.anneal.normalize.link.MentionFinder;
import dev.anneal.normalize.link.RecordLinker;
import dev.anneal.schema.LinkSchemas;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/**
 * Reads source claims ({@link LinkSchemas#SOURCE}) row by row into material claims
 * ({@link LinkSchemas#CLAIM}): a formula field through {@link FormulaReader}, a paragraph's text
 * through {@link MentionFinder}. A formula field that cannot be read yields a claim with
 * {@link #UNREADABLE} formula (to be quarantined), never nothing.
 */
public final class ClaimReading {

  /**
   * The {@code reduced_formula} of a claim whose formula field could not be read; its
   * {@code flags} hold the text as written. The stage quarantines these.
   */
  public static final String UNREADABLE = Claim.UNREADABLE;

  /** Kind of source claims whose text is searched for formulas instead of read as one. */
  public static final String MENTION = RecordLinker.MENTION;

  private ClaimReading() {
  }

  /** The claims of {@code sources}. */
  public static Dataset<Row> read(Dataset<Row> sources) {
    return sources.flatMap((FlatMapFunction<Row, Row>) ClaimReading::readOne,
        Encoders.row(LinkSchemas.CLAIM));
  }

  private static Iterator<Row> readOne(Row r) {
    try {
      return readChecked(r);
    } catch (Throwable t) {
      // The record boundary: a formula no reader check foresaw is quarantined like an
      // unreadable one (link.unreadable_formula), with the exception in place of the text.
      dev.anneal.ingest.fault.Faults.rethrowIfFatal(t);
      String failure = "internal: " + dev.anneal.ingest.fault.Faults.describe(t);
      return List.of(RowFactory.create(r.getAs("target_table"), r.getAs("target_id"),
          r.getAs("kind"), UNREADABLE, null, r.getAs("explicit_sg"), seq(List.<Integer>of()),
          seq(List.<String>of()), r.getAs("base"), seq(List.<String>of()),
          seq(List.of(failure.length() > 200 ? failure.substring(0, 200) : failure)), null))
          .iterator();
    }
  }

  private static Iterator<Row> readChecked(Row r) {
    String table = r.getAs("target_table");
    String id = r.getAs("target_id");
    String kind = r.getAs("kind");
    List<Row> out = new ArrayList<>();
    for (Claim c : RecordLinker.claims(kind, r.getAs("formula_text"), r.getAs("fallback_formula"),
        r.getAs("explicit_sg"), r.getAs("hint_text"), r.<Double>getAs("base"),
        r.getAs("volume_per_atom"))) {
      out.add(row(table, id, kind, c));
    }
    return out.iterator();
  }

  /** The {@link LinkSchemas#CLAIM} row of {@code claim} made by record {@code table/id}. */
  static Row row(String table, String id, String kind, Claim c) {
    return RowFactory.create(table, id, kind, c.reducedFormula(), c.parentFormula(),
        c.explicitSg(), seq(new ArrayList<>(c.hints().numbers())), seq(c.hints().evidence()),
        c.base(), seq(c.evidence()), seq(c.flags()), c.volumePerAtom());
  }

  static <T> scala.collection.Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(list).toSeq();
  }
}
