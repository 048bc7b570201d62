package io.github.chuxin.persistence.jdbc;

import java.sql.SQLException;

/**
 * A database failure the adapter cannot turn into an SPI outcome 數據庫故障 (数据库故障): the
 * connection broke, a privilege is missing, the schema is not migrated. The cause is the driver's
 * {@link SQLException}.
 */
public final class JdbcStorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Makes an exception.
   *
   * @param message what the adapter was doing
   * @param cause the driver's exception
   */
  public JdbcStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
