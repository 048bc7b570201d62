package io.github.chuxin.persistence;

import org.jspecify.annotations.Nullable;

/**
 * The storage itself failed 存儲故障 (存储故障): the connection was lost, a disk write failed, the
 * database refused for a reason of its own. {@link #outcome()} tells the caller what became of the
 * write or unit of work that was running.
 *
 * <p>Adapters throw a subclass of this (the JDBC adapter's {@code JdbcStorageException}, for
 * example) with the driver's or file system's exception as the cause. A conflict, a scope
 * violation or a cycle is not a failure: those have their own exceptions and always mean that
 * nothing was written.
 */
public class StorageFailureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What became of the writes that were running when the storage failed. */
  public enum Outcome {
    /**
     * Nothing of the write or unit of work is stored: the data is exactly as it was before it.
     * Also the outcome of a failed read. The caller may retry.
     */
    NOT_APPLIED,
    /**
     * The failure hit the commit itself, so the adapter cannot tell whether it took effect: the
     * data is either exactly as before the unit of work or exactly as after it, never in between.
     * The caller must re-read to learn which before retrying.
     */
    UNKNOWN
  }

  /** What became of the write or unit of work that was running. */
  private final Outcome outcome;

  /**
   * Creates the exception.
   *
   * @param message what the storage was doing, not null
   * @param cause the underlying failure, may be null
   * @param outcome what became of the running writes, not null
   */
  public StorageFailureException(String message, @Nullable Throwable cause, Outcome outcome) {
    super(message + " (outcome: " + outcome + ")", cause);
    this.outcome = java.util.Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Returns what became of the writes that were running.
   *
   * @return {@link Outcome#NOT_APPLIED} or {@link Outcome#UNKNOWN}
   */
  public Outcome outcome() {
    return outcome;
  }
}
