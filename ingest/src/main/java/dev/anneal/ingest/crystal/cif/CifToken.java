package dev.anneal.ingest.crystal.cif;

/** The kinds of token in CIF 1.1: reserved words, tags and values. */
public enum CifToken {
  /** {@code data_name}: opens a data block. */
  DATA,
  /** {@code loop_}. */
  LOOP,
  /** {@code save_name}: opens a save frame. */
  SAVE,
  /** {@code save_} alone: closes a save frame. */
  SAVE_END,
  /** {@code global_} or {@code stop_}: reserved by the STAR grammar, illegal in CIF. */
  RESERVED,
  /** A data name such as {@code _cell_length_a}. */
  TAG,
  /** A value: unquoted, quoted or a text field. */
  VALUE,
  /** The end of the input. */
  EOF
}
