package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.StorageFailureException.Outcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Where a store's statements run: each call in its own transaction, or all in one unit of work. */
abstract class JdbcSession {

  /** Work on a connection. */
  @FunctionalInterface
  interface Work<R> {
    R apply(Connection c) throws SQLException;
  }

  abstract <R> R call(Work<R> work);

  abstract boolean inTransaction();

  /**
   * Notes that the running transaction must not commit although the adapter turned the failure
   * into an SPI exception or an argument error: a batch failed (PostgreSQL aborts the transaction,
   * H2 may have kept some of its rows), or a bulk save stopped after its first batch was sent. A
   * unit of work then rolls back even if its caller catches that exception. A single call rolls
   * back anyway.
   */
  void doom(Exception cause) {
  }

  static JdbcSession pooled(DataSource ds) {
    return new Pooled(ds);
  }

  /** Each call takes a connection, runs in one transaction and gives the connection back. */
  private static final class Pooled extends JdbcSession {
    private final DataSource ds;

    Pooled(DataSource ds) {
      this.ds = ds;
    }

    @Override
    <R> R call(Work<R> work) {
      return run(ds, "a store call", c -> new Step<>(work.apply(c), Optional.empty()));
    }

    @Override
    boolean inTransaction() {
      return false;
    }
  }

  /** What a transaction's work produced, and a failure that dooms it although no exception escaped. */
  record Step<R>(R result, Optional<Exception> doomed) {
  }

  /**
   * Runs work in one transaction on a connection of the data source and tells the caller, by the
   * exception's outcome, what became of it. A failure before the commit was sent (opening the
   * connection, a statement, a failed statement the work swallowed) rolls back and is
   * {@link Outcome#NOT_APPLIED}; a failure of the commit itself is {@link Outcome#UNKNOWN} unless
   * the database said it rolled back. A failure to close the connection after a commit is
   * ignored: the work is stored. The connection is closed in every case, so a pool can drop it.
   */
  static <R> R run(DataSource ds, String what, Work<Step<R>> work) {
    Connection c;
    try {
      c = ds.getConnection();
    } catch (SQLException e) {
      throw new JdbcStorageException("cannot open a connection for " + what, e, Outcome.NOT_APPLIED);
    }
    Step<R> step;
    try {
      c.setAutoCommit(false);
      step = work.apply(c);
    } catch (SQLException e) {
      rollbackQuietly(c, e);
      closeQuietly(c, e);
      throw new JdbcStorageException(what + " failed before its commit; rolled back", e, Outcome.NOT_APPLIED);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(c, e);
      closeQuietly(c, e);
      throw e;
    }
    if (step.doomed().isPresent()) {
      Exception e = step.doomed().get();
      rollbackQuietly(c, e);
      closeQuietly(c, e);
      throw new JdbcStorageException(what + " had a failed statement; rolled back instead of committed", e,
          Outcome.NOT_APPLIED);
    }
    try {
      c.commit();
    } catch (SQLException e) {
      Outcome outcome = Failures.ofCommit(e);
      if (outcome == Outcome.NOT_APPLIED) {
        rollbackQuietly(c, e);
      }
      closeQuietly(c, e);
      throw new JdbcStorageException(what + " failed in its commit", e, outcome);
    }
    try {
      c.close();
    } catch (SQLException e) {
      // committed; the pool will find the connection broken
    }
    return step.result();
  }

  /** All calls on the connection of one unit of work, which commits or rolls back at its end. */
  static final class Bound extends JdbcSession {
    private final Connection connection;
    private boolean open = true;
    private Optional<Exception> failure = Optional.empty();

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
          // the unit of work cannot commit any more, even if the caller catches this
          failure = Optional.of(failure.orElse(e));
          throw new JdbcStorageException("a statement of a unit of work failed; the unit of work will roll back",
              e, Outcome.NOT_APPLIED);
        }
      }
    }

    @Override
    void doom(Exception cause) {
      synchronized (this) {
        failure = Optional.of(failure.orElse(cause));
      }
    }

    /** Ends the unit's use of the connection; returns the first failure that dooms it, if any. */
    Optional<Exception> close() {
      synchronized (this) {
        open = false;
        return failure;
      }
    }

    @Override
    boolean inTransaction() {
      return true;
    }
  }

  /** A call on a connection that may fail. */
  @FunctionalInterface
  private interface Call {
    void run() throws SQLException;
  }

  /** Runs a call after a failure; its own failure is kept beside the first, not thrown. */
  private static void quietly(Call call, Throwable cause) {
    try {
      call.run();
    } catch (SQLException e) {
      if (e != cause) {
        cause.addSuppressed(e);
      }
    }
  }

  static void rollbackQuietly(Connection c, Throwable cause) {
    quietly(c::rollback, cause);
  }

  static void closeQuietly(Connection c, Throwable cause) {
    quietly(c::close, cause);
  }
}
