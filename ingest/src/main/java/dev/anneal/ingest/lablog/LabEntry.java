package dev.anneal.ingest.lablog;

/** One thing read from a lab log: a measured value, a sample, or a synthesis description. */
public sealed interface LabEntry permits LabRecord, LabSample, LabSynthesis {

  /** The file (or archive member) the entry was read from. */
  String sourceUri();

  /** The sample it is about, as the source names it, or "". */
  String sampleId();
}
