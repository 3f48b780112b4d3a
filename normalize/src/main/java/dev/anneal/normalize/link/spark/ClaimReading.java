package dev.anneal.normalize.link.spark;

import dev.anneal.normalize.link.FormulaReader;
import dev.anneal.normalize.link.FormulaRef;
import dev.anneal.normalize.link.Mention;
import dev.anneal.normalize.link.MentionFinder;
import dev.anneal.normalize.link.PhaseHints;
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
  public static final String UNREADABLE = "";

  /** Kind of source claims whose text is searched for formulas instead of read as one. */
  public static final String MENTION = "mentioned_in";

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
          seq(List.of(failure.length() > 200 ? failure.substring(0, 200) : failure)))).iterator();
    }
  }

  private static Iterator<Row> readChecked(Row r) {
    String table = r.getAs("target_table");
    String id = r.getAs("target_id");
    String kind = r.getAs("kind");
    String formulaText = r.getAs("formula_text");
    String fallback = r.getAs("fallback_formula");
    Integer explicit = r.getAs("explicit_sg");
    String hintText = r.getAs("hint_text");
    double base = r.<Double>getAs("base");
    List<Row> out = new ArrayList<>();
    if (MENTION.equals(kind)) {
      for (Mention m : MentionFinder.find(hintText)) {
        out.add(claim(table, id, kind, m.formula(), null, m.hints(), base));
      }
      return out.iterator();
    }
    FormulaRef ref = FormulaReader.read(formulaText);
    if (ref == null && fallback != null && !fallback.isEmpty()) {
      ref = FormulaReader.read(fallback);
    }
    if (ref == null) {
      String asWritten = formulaText != null && !formulaText.isBlank() ? formulaText : fallback;
      if (asWritten != null && !asWritten.isBlank()) {
        out.add(RowFactory.create(table, id, kind, UNREADABLE, null, explicit,
            seq(List.<Integer>of()), seq(List.<String>of()), base, seq(List.<String>of()),
            seq(List.of(asWritten.length() > 200 ? asWritten.substring(0, 200) : asWritten))));
      }
    } else {
      out.add(claim(table, id, kind, ref, explicit, explicit == null
          ? RecordLinker.fieldHints(formulaText == null ? fallback : formulaText, ref, hintText)
          : PhaseHints.none(), base));
    }
    return out.iterator();
  }

  private static Row claim(String table, String id, String kind, FormulaRef ref, Integer explicit,
                           PhaseHints hints, double base) {
    return RowFactory.create(table, id, kind, ref.reducedFormula(), ref.parentFormula(), explicit,
        seq(new ArrayList<>(hints.numbers())), seq(hints.evidence()), base, seq(ref.evidence()),
        seq(ref.flags()));
  }

  static <T> scala.collection.Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(list).toSeq();
  }
}
