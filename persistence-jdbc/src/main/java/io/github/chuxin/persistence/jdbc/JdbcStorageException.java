package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.StorageFailureException;
import java.sql.SQLException;

/**
 * The JDBC adapter's {@link StorageFailureException} 數據庫故障 (数据库故障): a database failure that
 * is not a conflict, a scope violation or a cycle, such as a broken connection, a missing
 * privilege, an unmigrated schema, a deadlock victim or a stored row that cannot be read. The cause
 * is the driver's {@link SQLException}, the exception that stopped a bulk save after its first
 * batch, or, for a stored payload that cannot be read, the failure of reading it (whose own cause
 * is the JSON parser's exception, if one was thrown); the message then names the row.
 *
 * <p>{@link #outcome()} says what became of the call or unit of work that was running:
 * {@link Outcome#NOT_APPLIED} when the failure came before the commit was sent (the adapter rolled
 * back, or the server did when the connection died), {@link Outcome#UNKNOWN} when the commit itself
 * failed in a way that does not prove a rollback (the connection broke, the server shut down).
 */
public final class JdbcStorageException extends StorageFailureException {

  private static final long serialVersionUID = 1L;

  /**
   * Makes an exception for a failure that left nothing written.
   *
   * @param message what the adapter was doing
   * @param cause the failure: the driver's exception, or what else stopped the adapter
   */
  public JdbcStorageException(String message, Throwable cause) {
    this(message, cause, Outcome.NOT_APPLIED);
  }

  /**
   * Makes an exception.
   *
   * @param message what the adapter was doing
   * @param cause the failure: the driver's exception, or what else stopped the adapter
   * @param outcome what became of the running writes
   */
  public JdbcStorageException(String message, Throwable cause, Outcome outcome) {
    super(message, cause, outcome);
  }
}
