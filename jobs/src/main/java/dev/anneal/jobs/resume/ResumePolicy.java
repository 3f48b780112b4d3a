package dev.anneal.jobs.resume;

import java.util.Set;

/**
 * Whether a command may skip unchanged stages, and which stages it must re-run anyway.
 *
 * @param enabled whether unchanged stages are skipped at all
 * @param forced  stage names re-run whatever their manifest says ({@code all}: every stage)
 */
public record ResumePolicy(boolean enabled, Set<String> forced) {

  /** Every stage runs (the single-stage commands, {@code --no-resume}). */
  public static final ResumePolicy ALWAYS_RUN = new ResumePolicy(false, Set.of());

  /** Unchanged stages are skipped, except {@code forced}. */
  public static ResumePolicy resume(Set<String> forced) {
    return new ResumePolicy(true, Set.copyOf(forced));
  }

  /** Whether {@code stage} must run even if unchanged. */
  public boolean forces(String stage) {
    return !enabled || forced.contains(stage) || forced.contains("all");
  }
}
