package dev.anneal.jobs.config;

/** A configuration mistake: the message says which key and what to fix. */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A configuration error with a message for the user. */
  public ConfigException(String message) {
    super(message);
  }
}
