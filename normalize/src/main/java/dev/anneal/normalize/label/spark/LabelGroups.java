package dev.anneal.normalize.label.spark;

import dev.anneal.ingest.ContentId;
import dev.anneal.normalize.label.CleanedObservation;
import dev.anneal.normalize.label.Denoiser;
import dev.anneal.normalize.label.GroupLabel;
import dev.anneal.normalize.label.Observation;
import dev.anneal.normalize.label.PropertyRange;
import dev.anneal.schema.LabelSchemas;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/**
 * Groups observations by (material, property, condition) with a shuffle and denoises each group
 * in its task ({@link Denoiser}); one output row per group ({@link LabelSchemas#GROUP}).
 */
public final class LabelGroups {

  private LabelGroups() {
  }

  /**
   * Denoised groups of {@code observations}, which has {@code material_id}, {@code property},
   * {@code condition}, {@code unit}, {@code meas_id}, {@code source}, {@code value} (double) and
   * {@code natoms} (double, atoms per formula unit).
   */
  public static Dataset<Row> denoise(Dataset<Row> observations) {
    Dataset<Row> in = observations.select("material_id", "property", "condition", "unit",
        "meas_id", "source", "value", "natoms");
    return in.groupByKey((MapFunction<Row, String>) r -> r.<String>getAs("material_id") + '\u0000'
            + r.getAs("property") + '\u0000' + r.getAs("condition"), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) LabelGroups::group,
            Encoders.row(LabelSchemas.GROUP));
  }

  private static Iterator<Row> group(String key, Iterator<Row> rows) {
    List<Observation> obs = new ArrayList<>();
    Row first = null;
    while (rows.hasNext()) {
      Row r = rows.next();
      first = first == null ? r : first;
      obs.add(new Observation(r.getAs("meas_id"), r.getAs("source"), r.<Double>getAs("value"),
          r.<Double>getAs("natoms")));
    }
    // Input order depends on the shuffle; sort so a re-run decides duplicates the same way.
    obs.sort((a, b) -> a.id().compareTo(b.id()));
    String property = first.getAs("property");
    String unit = first.getAs("unit");
    GroupLabel label = new Denoiser(PropertyRange.of(property, unit)).denoise(obs);
    List<Row> cleaned = new ArrayList<>();
    Set<String> sources = new HashSet<>();
    for (int i = 0; i < obs.size(); i++) {
      CleanedObservation c = label.observations().get(i);
      if (c.used()) {
        sources.add(c.source());
      }
      cleaned.add(RowFactory.create(c.id(), c.source(), c.value(), obs.get(i).value(),
          c.slip() == null ? null : c.slip().code(), c.used(), c.reason()));
    }
    String materialId = first.getAs("material_id");
    String condition = first.getAs("condition");
    Double value = Double.isFinite(label.value()) ? label.value() : null;
    Double uncertainty = Double.isFinite(label.uncertainty()) ? label.uncertainty() : null;
    return List.of(RowFactory.create(ContentId.of("label", materialId, property, condition),
        materialId, property, condition, value, uncertainty, label.scale(), unit, obs.size(),
        label.nUsed(), sources.size(), label.method(), seq(label.flags()), seq(cleaned)))
        .iterator();
  }

  static <T> scala.collection.Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(list).toSeq();
  }
}
