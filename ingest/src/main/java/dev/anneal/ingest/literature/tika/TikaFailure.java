package dev.anneal.ingest.literature.tika;

/** Classifies what stopped a Tika parse: a limit, encryption, or damage. */
final class TikaFailure {

  private TikaFailure() {
  }

  /** The limit that stopped the parse, if one did. */
  static LimitExceeded limit(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof LimitExceeded l) {
        return l;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  /** Whether the document is encrypted with a password Tika does not have. */
  static boolean encrypted(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String name = c.getClass().getName();
      if (name.equals("org.apache.tika.exception.EncryptedDocumentException")
          || name.equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException")
          || name.equals("org.apache.poi.EncryptedDocumentException")) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }

  /** A one-line message naming the innermost cause. */
  static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (root != t) {
      msg += " (" + root.getClass().getSimpleName()
          + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
    return msg.length() > 500 ? msg.substring(0, 500) : msg;
  }
}
