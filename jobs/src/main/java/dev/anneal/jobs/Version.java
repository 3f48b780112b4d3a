package dev.anneal.jobs;

/** The version of Anneal that is running, from the jar's manifest (or "dev" from classes). */
public final class Version {

  /** The code version recorded in manifests and run reports. */
  public static final String CODE_VERSION = detect();

  private Version() {
  }

  private static String detect() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
