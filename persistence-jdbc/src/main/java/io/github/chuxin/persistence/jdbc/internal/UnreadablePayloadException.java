package io.github.chuxin.persistence.jdbc.internal;

import org.jspecify.annotations.Nullable;

/**
 * A stored payload that {@link PayloadCodec#read} cannot read: not a payload of the snapshot format (such as a
 * row of schema version 3 that was never migrated), of a newer format version, or a value that is not valid.
 * The adapter turns it into its {@code JdbcStorageException}, naming the row it read; this exception is its
 * cause.
 */
public final class UnreadablePayloadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the payload cannot be read. */
  private final String reason;

  UnreadablePayloadException(String what, String reason, @Nullable Throwable cause) {
    super("the stored " + what + " cannot be read: " + reason, cause);
    this.reason = reason;
  }

  /**
   * Returns why the payload cannot be read, without naming what it holds.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
