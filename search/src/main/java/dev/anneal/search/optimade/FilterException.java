package dev.anneal.search.optimade;

/**
 * A filter the server refuses: 400 when it is malformed or names an unknown property, 501 when
 * it uses a part of the language this implementation does not support (as the specification
 * requires, so no filter ever gives a wrong answer).
 */
public final class FilterException extends RuntimeException {

  private final int status;

  FilterException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static FilterException badRequest(String message) {
    return new FilterException(400, message);
  }

  static FilterException notImplemented(String message) {
    return new FilterException(501, message);
  }

  /** 400 or 501. */
  public int status() {
    return status;
  }
}
