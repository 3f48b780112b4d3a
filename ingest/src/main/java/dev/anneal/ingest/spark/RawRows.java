package dev.anneal.ingest.spark;

import dev.anneal.ingest.ContentHash;
import dev.anneal.ingest.RecordId;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.literature.Document;
import dev.anneal.ingest.literature.Paragraph;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.synthesis.SynthesisRecord;
import dev.anneal.ingest.simulation.IonicStep;
import dev.anneal.schema.RawSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Turns raw records into rows of the schemas in {@link RawSchemas}, field for field. */
public final class RawRows {

  private RawRows() {
  }

  /** A {@code raw/documents} row. */
  public static Row document(Document d) {
    return RowFactory.create(d.docId(), d.sourceUri(), d.format(), d.title(), seq(d.authors()),
        d.doi(), d.year(), d.abstractText(), d.text(), d.nChars(), d.journal(), d.language(),
        ContentHash.ofText(d.text()), d.licence(), d.source());
  }

  /** A {@code raw/paragraphs} row. */
  public static Row paragraph(Paragraph p) {
    return RowFactory.create(p.paraId(), p.docId(), p.section(), p.ordinal(), p.text(),
        p.text().length(), p.kind(), ContentHash.ofText(p.text()));
  }

  /**
   * A {@code raw/structures} row for the structure at {@code position} among those its source
   * yielded: the id is the source, position and content ({@link RecordId}), the
   * {@code content_hash} the cell alone.
   */
  public static Row structure(Structure s, int position) {
    Composition composition = s.composition();
    Lattice l = s.lattice();
    List<Seq<Double>> matrix = new ArrayList<>(3);
    for (double[] v : l.matrix()) {
      matrix.add(seq(List.of(v[0], v[1], v[2])));
    }
    Row lattice = RowFactory.create(l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma(),
        seq(matrix));
    List<Row> sites = new ArrayList<>(s.sites().size());
    for (Site site : s.sites()) {
      sites.add(RowFactory.create(site.species(), site.oxidationState(), site.occupancy(),
          site.x(), site.y(), site.z(), site.label()));
    }
    String contentHash = s.contentHash();
    return RowFactory.create(RecordId.of("structure", s.sourceUri(), position, contentHash),
        s.sourceUri(), s.format(), s.blockName(),
        composition.formula(), s.formulaAsWritten(), composition.reducedFormula(),
        composition.chemsys(), seq(composition.elements()), s.nsites(), lattice,
        l.volume(), s.density(), s.spacegroupSymbol(),
        s.spacegroupNumber() > 0 ? s.spacegroupNumber() : null, seq(sites), seq(s.warnings()),
        contentHash);
  }

  /**
   * A {@code raw/calculations} row for the run at {@code position} among those its source
   * yielded (a LAMMPS log may hold several): id from source, position and content.
   */
  public static Row calculation(Calculation c, int position) {
    Structure s = c.finalStructure() != null ? c.finalStructure() : c.initialStructure();
    Composition composition = s == null ? null : s.composition();
    List<Row> steps = new ArrayList<>(c.ionicSteps().size());
    for (IonicStep step : c.ionicSteps()) {
      steps.add(RowFactory.create(step.freeEnergyEv(), step.energyNoEntropyEv(),
          step.energySigma0Ev(), step.electronicSteps()));
    }
    Map<String, Seq<Double>> series = new LinkedHashMap<>();
    c.series().forEach((k, v) -> series.put(k, seq(Arrays.stream(v).boxed().toList())));
    Map<String, Row> stats = new LinkedHashMap<>();
    c.seriesStats().forEach((k, v) -> stats.put(k, RowFactory.create(v.count(), v.first(),
        v.last(), v.min(), v.max(), v.mean(), v.stddev())));
    return RowFactory.create(RecordId.of("calculation", c.sourceUri(), position,
            c.contentHash()), c.sourceUri(), c.code(), c.codeVersion(),
        composition == null ? null : composition.reducedFormula(),
        composition == null ? null : composition.chemsys(),
        seq(composition == null ? List.<String>of() : composition.elements()), c.natoms(),
        c.energyEv(), c.energyPerAtomEv(), c.converged(), c.convergedElectronic(),
        c.convergedIonic(), scalaMap(c.parameters()), seq(steps), cell(c.initialStructure()),
        cell(c.finalStructure()), matrix(c.finalForces()), matrix(c.finalStressGpa()),
        scalaMap(series), scalaMap(stats), seq(c.warnings()), c.contentHash());
  }

  private static Row cell(Structure s) {
    if (s == null) {
      return null;
    }
    Row full = structure(s, 0);
    return RowFactory.create(full.getAs(6), full.getAs(9), full.getAs(10), full.getAs(11),
        full.getAs(15));
  }

  private static Seq<Seq<Double>> matrix(double[][] m) {
    if (m == null) {
      return null;
    }
    List<Seq<Double>> rows = new ArrayList<>(m.length);
    for (double[] r : m) {
      rows.add(seq(Arrays.stream(r).boxed().toList()));
    }
    return seq(rows);
  }

  private static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> map) {
    return JavaConverters.mapAsScalaMap(map);
  }

  /** A {@code raw/lab_records} row. */
  public static Row labRecord(LabRecord r) {
    return RowFactory.create(r.sourceUri(), r.rowNumber(), r.rowId(), r.sampleId(),
        r.materialAsWritten(), r.property(), r.valueAsWritten(), r.unitAsWritten(),
        scalaMap(r.conditions()), scalaMap(r.conditionUnits()), scalaMap(r.variables()),
        r.measuredAt(), r.operator(), r.notes(), r.sourceKind(), r.group(), scalaMap(r.context()));
  }

  /** The lab record a {@code raw/lab_records} row holds (inverse of {@link #labRecord}). */
  public static LabRecord toLabRecord(Row r) {
    return new LabRecord(r.getAs("source_uri"), r.<Long>getAs("row_number"), r.getAs("row_id"),
        r.getAs("sample_id"), r.getAs("material_as_written"), r.getAs("property"),
        r.getAs("value_as_written"), r.getAs("unit_as_written"), map(r, "conditions"),
        map(r, "condition_units"), map(r, "variables"), r.getAs("measured_at"),
        r.getAs("operator"), r.getAs("notes"), r.getAs("source_kind"), r.getAs("group"),
        map(r, "context"));
  }

  /** A {@code raw/synthesis_records} row: a synthesis as written. */
  public static Row synthesisRecord(SynthesisRecord s) {
    List<Row> precursors = new ArrayList<>();
    for (SynthesisRecord.Precursor p : s.precursors()) {
      precursors.add(RowFactory.create(p.name(), p.formulaAsWritten(), p.quantity(), p.unit()));
    }
    List<Row> operations = new ArrayList<>();
    for (SynthesisRecord.Operation o : s.operations()) {
      operations.add(RowFactory.create(o.type(), o.text(), scalaMap(o.conditions())));
    }
    return RowFactory.create(s.recordId(), s.sourceUri(), s.location(), s.sourceKind(), s.docId(),
        s.sampleId(), s.text(), seq(s.targets()), seq(precursors), seq(operations));
  }

  /** The synthesis a {@code raw/synthesis_records} row holds (inverse of {@link #synthesisRecord}). */
  public static SynthesisRecord toSynthesisRecord(Row r) {
    List<SynthesisRecord.Precursor> precursors = new ArrayList<>();
    for (Row p : r.<Row>getList(r.fieldIndex("precursors"))) {
      precursors.add(new SynthesisRecord.Precursor(p.getAs("name"), p.getAs("formula_as_written"),
          p.getAs("quantity"), p.getAs("unit")));
    }
    List<SynthesisRecord.Operation> operations = new ArrayList<>();
    for (Row o : r.<Row>getList(r.fieldIndex("operations"))) {
      operations.add(new SynthesisRecord.Operation(o.getAs("type"), o.getAs("text"),
          map(o, "conditions")));
    }
    return new SynthesisRecord(r.getAs("record_id"), r.getAs("source_uri"), r.getAs("location"),
        r.getAs("source_kind"), r.getAs("doc_id"), r.getAs("sample_id"), r.getAs("text"),
        r.getList(r.fieldIndex("targets")), precursors, operations);
  }

  private static <K, V> Map<K, V> map(Row r, String column) {
    return r.getJavaMap(r.fieldIndex(column));
  }

  /**
   * The value in column {@code name} of {@code r} as text, or "" when the row has no such column
   * or it is null: how a quarantine row names a record whose processing failed, whatever state
   * the record is in.
   */
  public static String textOf(Row r, String name) {
    try {
      if (r.schema() != null && !java.util.Arrays.asList(r.schema().fieldNames()).contains(name)) {
        return "";
      }
      Object v = r.get(r.fieldIndex(name));
      return v == null ? "" : v.toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** A {@code raw/quarantine} row. */
  public static Row quarantine(Rejection r) {
    return RowFactory.create(r.sourceUri(), r.stage(), r.reason(), r.message(), r.location(),
        r.sample());
  }

  /** The structure a {@code raw/structures} row holds (inverse of {@link #structure}). */
  public static Structure toStructure(Row row) {
    Row l = row.getStruct(row.fieldIndex("lattice"));
    Lattice lattice = new Lattice(l.<Double>getAs("a"), l.<Double>getAs("b"), l.<Double>getAs("c"),
        l.<Double>getAs("alpha"), l.<Double>getAs("beta"), l.<Double>getAs("gamma"));
    List<Row> siteRows = row.getList(row.fieldIndex("sites"));
    List<Site> sites = new ArrayList<>(siteRows.size());
    for (Row s : siteRows) {
      sites.add(new Site(s.getAs("species"), s.<Double>getAs("oxidation_state"),
          s.<Double>getAs("occupancy"), s.<Double>getAs("x"), s.<Double>getAs("y"),
          s.<Double>getAs("z"), s.getAs("label")));
    }
    int sgIndex = row.fieldIndex("spacegroup_number");
    return new Structure(row.getString(row.fieldIndex("source_uri")),
        row.getString(row.fieldIndex("format")), row.getString(row.fieldIndex("block_name")),
        row.getString(row.fieldIndex("formula_as_written")), lattice, sites,
        row.getString(row.fieldIndex("spacegroup_symbol")),
        row.isNullAt(sgIndex) ? 0 : row.getInt(sgIndex),
        row.getList(row.fieldIndex("warnings")));
  }

  /** The envelope row that carries {@code row} for {@code table}. */
  static Row envelope(String table, Row row) {
    return RowFactory.create(table,
        table.equals("documents") ? row : null,
        table.equals("paragraphs") ? row : null,
        table.equals("structures") ? row : null,
        table.equals("calculations") ? row : null,
        table.equals("lab_records") ? row : null,
        table.equals("synthesis_records") ? row : null,
        table.equals("quarantine") ? row : null);
  }

  static <T> Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(list).toSeq();
  }
}
