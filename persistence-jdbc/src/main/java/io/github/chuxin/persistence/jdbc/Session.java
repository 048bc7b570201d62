package io.github.chuxin.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Where a store's statements run: each call in its own transaction, or all in one unit of work. */
abstract class Session {

  /** Work on a connection. */
  @FunctionalInterface
  interface Work<R> {
    R apply(Connection c) throws SQLException;
  }

  abstract <R> R call(Work<R> work);

  abstract boolean inTransaction();

  static Session pooled(DataSource ds) {
    return new Pooled(ds);
  }

  /** Each call takes a connection, runs in one transaction and gives the connection back. */
  private static final class Pooled extends Session {
    private final DataSource ds;

    Pooled(DataSource ds) {
      this.ds = ds;
    }

    @Override
    <R> R call(Work<R> work) {
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try {
          R result = work.apply(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          rollbackQuietly(c, e);
          throw e;
        }
      } catch (SQLException e) {
        throw new JdbcStorageException("statement failed", e);
      }
    }

    @Override
    boolean inTransaction() {
      return false;
    }
  }

  /** All calls on the connection of one unit of work, which commits or rolls back at its end. */
  static final class Bound extends Session {
    private final Connection connection;
    private boolean open = true;

    Bound(Connection connection) {
      this.connection = connection;
    }

    @Override
    <R> R call(Work<R> work) {
      synchronized (this) {
        if (!open) {
          throw new IllegalStateException("the unit of work has ended; use the storage outside it");
        }
        try {
          return work.apply(connection);
        } catch (SQLException e) {
          throw new JdbcStorageException("statement failed", e);
        }
      }
    }

    void close() {
      synchronized (this) {
        open = false;
      }
    }

    @Override
    boolean inTransaction() {
      return true;
    }
  }

  static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
