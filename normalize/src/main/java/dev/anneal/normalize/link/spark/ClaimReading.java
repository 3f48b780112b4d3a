package dev.anneal.normalize.link.spark;

import dev.anneal.normalize.link.FormulaReader;
import dev.anneal.normalize.link.FormulaRef;
import dev.anneal.normalize.link.Mention;
import dev.anneal.normalize.link.MentionFinder;
import dev.anneal.normalize.link.PhaseHints;
import dev.anneal.normalize.link.RecordLinker;
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
      return List.of(RowFactory.create(r.getString(0), r.getString(1), r.getString(2),
          UNREADABLE, null, r.isNullAt(5) ? null : r.getInt(5), seq(List.<Integer>of()),
          seq(List.<String>of()), r.getDouble(7), seq(List.<String>of()),
          seq(List.of(failure.length() > 200 ? failure.substring(0, 200) : failure)))).iterator();
    }
  }

  private static Iterator<Row> readChecked(Row r) {
    String table = r.getString(0);
    String id = r.getString(1);
    String kind = r.getString(2);
    String formulaText = r.getString(3);
    String fallback = r.getString(4);
    Integer explicit = r.isNullAt(5) ? null : r.getInt(5);
    String hintText = r.getString(6);
    double base = r.getDouble(7);
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
