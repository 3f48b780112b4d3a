package dev.anneal.ingest;

import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.synthesis.SynthesisRecord;
import dev.anneal.ingest.literature.ParsedDocument;
import dev.anneal.ingest.simulation.Calculation;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one input file produced: records for each raw table and the rejections.
 */
public final class IngestedFile {

  private final List<ParsedDocument> documents = new ArrayList<>();
  private final List<Structure> structures = new ArrayList<>();
  private final List<Calculation> calculations = new ArrayList<>();
  private final List<LabRecord> labRecords = new ArrayList<>();
  private final List<SynthesisRecord> synthesisRecords = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();

  /** The documents read, each with its paragraphs. */
  public List<ParsedDocument> documents() {
    return documents;
  }

  /** The crystal structures read. */
  public List<Structure> structures() {
    return structures;
  }

  /** The simulation runs read. */
  public List<Calculation> calculations() {
    return calculations;
  }

  /** Measured values from lab logs and notebooks, as written (interpreted in normalize). */
  public List<LabRecord> labRecords() {
    return labRecords;
  }

  /** Synthesis descriptions as written: notebook syntheses and structured recipes. */
  public List<SynthesisRecord> synthesisRecords() {
    return synthesisRecords;
  }

  /** What could not be read, each with its reason. */
  public List<Rejection> rejections() {
    return rejections;
  }

  /** Adds everything {@code other} holds (a member of this file, read on its own). */
  public void addAll(IngestedFile other) {
    documents.addAll(other.documents);
    structures.addAll(other.structures);
    calculations.addAll(other.calculations);
    labRecords.addAll(other.labRecords);
    synthesisRecords.addAll(other.synthesisRecords);
    rejections.addAll(other.rejections);
  }

  /** The number of records of any kind (paragraphs not counted separately). */
  public int recordCount() {
    return documents.size() + structures.size() + calculations.size() + labRecords.size()
        + synthesisRecords.size();
  }
}
