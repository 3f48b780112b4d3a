package dev.anneal.ingest.fault;

import dev.anneal.ingest.Rejection;
import java.util.function.Supplier;

/**
 * The fault barrier at a record boundary: a failure of one record's code (a parser's bug, a
 * value no check foresaw, a recursion the input made too deep) becomes a quarantine row with a
 * stable {@code internal.*} reason, and the run goes on. Only failures of the JVM itself (out
 * of memory, an internal error) pass through: after those no record's result can be trusted.
 */
public final class Faults {

  /** The reason for a stack overflow in one record's code (deep nesting the input decided). */
  public static final String STACK_OVERFLOW = "internal.stack_overflow";
  /** The reason for any other exception a record's code threw. */
  public static final String EXCEPTION = "internal.exception";

  private Faults() {
  }

  /**
   * Whether {@code t} must not be caught at a record boundary: the JVM's own failures. A
   * {@link StackOverflowError} is not one of them: it unwinds the one record's stack and leaves
   * the rest of the task sound.
   */
  public static boolean fatal(Throwable t) {
    return t instanceof VirtualMachineError && !(t instanceof StackOverflowError);
  }

  /** Rethrows {@code t} if it is {@link #fatal}; returns otherwise. */
  public static void rethrowIfFatal(Throwable t) {
    if (fatal(t)) {
      throw (VirtualMachineError) t;
    }
  }

  /** The stable reason code for {@code t}: {@link #STACK_OVERFLOW} or {@link #EXCEPTION}. */
  public static String reason(Throwable t) {
    return t instanceof StackOverflowError ? STACK_OVERFLOW : EXCEPTION;
  }

  /** The exception's class and message, one line, for a quarantine row's message. */
  public static String describe(Throwable t) {
    String msg = t.getMessage();
    return t.getClass().getName() + (msg == null || msg.isEmpty() ? "" : ": " + msg);
  }

  /**
   * The quarantine row for {@code t}, thrown while {@code stage} worked on the record at
   * {@code location} of {@code sourceUri}; {@code what} names the work ("the cif reader").
   */
  public static Rejection rejection(String stage, String sourceUri, String location, String what,
                                    Throwable t, String sample) {
    rethrowIfFatal(t);
    return new Rejection(sourceUri, stage, reason(t), what + " failed: " + describe(t), location,
        sample);
  }

  /**
   * Runs {@code work} for one record: its value, or, if it threw anything but a fatal error,
   * {@code onFault}'s value for the quarantine row describing the failure.
   */
  public static <T> T guard(Supplier<T> work, java.util.function.Function<Throwable, T> onFault) {
    try {
      return work.get();
    } catch (Throwable t) {
      rethrowIfFatal(t);
      return onFault.apply(t);
    }
  }
}
