package dev.anneal.ingest.lablog;

/** What a lab-log column holds, which decides where its cells go in a {@link LabRecord}. */
public enum ColumnRole {
  /** The sample's identifier, e.g. {@code YBCO-01}. */
  SAMPLE_ID,
  /** The material as written: a formula, a trade name, or a variable assignment. */
  MATERIAL,
  /** A measured value of a property; one record per value column and row. */
  VALUE,
  /** A condition of the measurement (pressure, method), copied to every record of the row. */
  CONDITION,
  /** A value for a formula variable, e.g. a column {@code x} for {@code La2-xSrxCuO4}. */
  VARIABLE,
  /** When the value was measured, as written. */
  MEASURED_AT,
  /** Who measured it; pseudonymized before it reaches a record. */
  OPERATOR,
  /** Free text; e-mail addresses and known operator names in it are pseudonymized. */
  NOTES,
  /** The document a row was mined from (SuperMat's {@code filename}): rows of one document are neighbours. */
  DOCUMENT,
  /** Long format: the column that names the property each row measures ({@code property}, {@code quantity}). */
  PROPERTY_NAME,
  /** Long format: the column holding each row's value. */
  PROPERTY_VALUE,
  /** Long format: the column holding each row's unit. */
  PROPERTY_UNIT,
  /** Long format: the uncertainty of each row's value, kept in the record's context. */
  UNCERTAINTY,
  /** Anything else: kept in the record's context, never dropped. */
  CONTEXT,
  /** Dropped on purpose, only when a mapping says so. */
  IGNORE
}
