package io.github.chuxin.persistence.jdbc;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A pooled PostgreSQL data source that kills its own connections on demand: the backend is ended
 * with {@code pg_terminate_backend} from a second connection, and the kill returns only when the
 * backend is gone from {@code pg_stat_activity}. A fault is armed for the next occasion and fires
 * once: before a commit is sent, after a commit succeeded (the answer "lost"), or at the n-th
 * executed JDBC batch.
 */
final class FaultyPostgres extends WrappingDataSource {

  /** What the next connection event does. */
  enum Fault {
    NONE,
    /** The backend is killed just before the commit is sent: the commit fails, nothing is stored. */
    KILL_BEFORE_COMMIT,
    /**
     * The commit succeeds, then the backend is killed and the wrapper throws a made-up broken
     * connection (SQLState 08006): a simulation of an answer lost on the way back, which a real
     * kill cannot hit reliably.
     */
    KILL_AFTER_COMMIT,
    /** The backend is killed just before the n-th executeBatch of a bulk save. */
    KILL_AT_BATCH
  }

  private final TestPool pool;
  private final DataSource admin;
  private volatile Fault fault = Fault.NONE;
  private final AtomicInteger batchesLeft = new AtomicInteger();
  private final Set<Integer> killed = ConcurrentHashMap.newKeySet();
  private volatile int lastPid;

  FaultyPostgres(String database) {
    this(new TestPool(Databases.rawPostgres(database)), Databases.rawPostgres(database));
  }

  private FaultyPostgres(TestPool pool, DataSource admin) {
    super(pool);
    this.pool = pool;
    this.admin = admin;
  }

  void arm(Fault next) {
    fault = next;
  }

  void armAtBatch(int n) {
    batchesLeft.set(n);
    fault = Fault.KILL_AT_BATCH;
  }

  Fault armed() {
    return fault;
  }

  /** The backend pid of the connection handed out last. */
  int lastPid() {
    return lastPid;
  }

  Set<Integer> killed() {
    return Set.copyOf(killed);
  }

  int discarded() {
    return pool.discarded();
  }

  /** Ends a backend from a second connection and waits until it is gone. */
  void kill(int pid) {
    try (Connection c = admin.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
        ps.setInt(1, pid);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (!rs.getBoolean(1)) {
            throw new IllegalStateException("backend " + pid + " was not terminated");
          }
        }
      }
      killed.add(pid);
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (alive(c, pid)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("backend " + pid + " is still in pg_stat_activity");
        }
        Thread.sleep(5);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether a backend is listed in pg_stat_activity. */
  boolean alive(int pid) {
    try (Connection c = admin.getConnection()) {
      return alive(c, pid);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a backend is running a statement now. */
  boolean active(int pid) {
    try (Connection c = admin.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_stat_activity WHERE pid = ? AND state = 'active'")) {
      ps.setInt(1, pid);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean alive(Connection c, int pid) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_stat_activity WHERE pid = ?")) {
      ps.setInt(1, pid);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = pool.getConnection();
    int pid = real.unwrap(PGConnection.class).getBackendPID();
    lastPid = pid;
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("commit")) {
            if (fault == Fault.KILL_BEFORE_COMMIT) {
              fault = Fault.NONE;
              kill(pid);
            } else if (fault == Fault.KILL_AFTER_COMMIT) {
              fault = Fault.NONE;
              real.commit();
              kill(pid);
              throw new SQLException("simulated: the connection broke before the commit's answer arrived", "08006");
            }
          }
          Object result = invoke(real, method, args);
          if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement")) {
            return statement(ps, pid);
          }
          return result;
        });
  }

  private PreparedStatement statement(PreparedStatement real, int pid) {
    return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          if (method.getName().equals("executeBatch") && fault == Fault.KILL_AT_BATCH
              && batchesLeft.decrementAndGet() == 0) {
            fault = Fault.NONE;
            kill(pid);
          }
          return invoke(real, method, args);
        });
  }
}
