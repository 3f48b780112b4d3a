package dev.anneal.normalize.composition;

/**
 * Unwinds the parser to the point that turns it into a {@link FormulaResult.Rejected}; never
 * escapes the package. No stack trace: rejections are data, and millions of them must be cheap.
 */
final class FormulaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final FormulaReason reason;

  FormulaException(FormulaReason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }
}
