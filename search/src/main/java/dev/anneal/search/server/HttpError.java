package dev.anneal.search.server;

/** A request the API refuses, with the HTTP status and a message for the client. */
final class HttpError extends RuntimeException {

  private final int status;

  HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
