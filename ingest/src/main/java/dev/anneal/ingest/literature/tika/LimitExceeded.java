package dev.anneal.ingest.literature.tika;

import org.xml.sax.SAXException;

/** Thrown from inside a parse by {@link BlockHandler} to stop it at a limit. */
final class LimitExceeded extends SAXException {

  private static final long serialVersionUID = 1L;

  /** Which limit: true for time, false for output size. */
  final boolean time;

  LimitExceeded(boolean time, String message) {
    super(message);
    this.time = time;
  }
}
