package io.github.chuxin.persistence.jdbc;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for the tests (production code takes any pooled DataSource): closing
 * a handed-out connection rolls it back, resets auto-commit and keeps it for the next caller, or
 * drops it if that fails (the connection broke), as a real pool does.
 */
final class TestPool extends WrappingDataSource {

  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger discarded = new AtomicInteger();

  TestPool(DataSource target) {
    super(target);
  }

  /** How many connections were dropped because they were broken when given back. */
  int discarded() {
    return discarded.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.poll();
    while (physical != null && (physical.isClosed() || !physical.isValid(5))) {
      // ended while idle (a killed backend): dropped, as a validating pool does
      discarded.incrementAndGet();
      try {
        physical.close();
      } catch (SQLException ignored) {
        // already gone
      }
      physical = idle.poll();
    }
    if (physical == null) {
      physical = target.getConnection();
    }
    Connection real = physical;
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (!closed[0]) {
                closed[0] = true;
                try {
                  if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                  }
                  idle.add(real);
                } catch (SQLException broken) {
                  // a broken connection is dropped, never handed out again
                  discarded.incrementAndGet();
                  try {
                    real.close();
                  } catch (SQLException ignored) {
                    // already gone
                  }
                }
              }
              return null;
            }
            case "isClosed" -> {
              return closed[0] || real.isClosed();
            }
            case "unwrap" -> {
              return real.unwrap((Class<?>) args[0]);
            }
            default -> {
              if (closed[0]) {
                throw new SQLException("connection is closed");
              }
              return invoke(real, method, args);
            }
          }
        });
  }
}
