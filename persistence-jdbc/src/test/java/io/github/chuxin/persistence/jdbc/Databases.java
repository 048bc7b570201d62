package io.github.chuxin.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases of the tests: one embedded PostgreSQL server per JVM (its binaries come from a
 * Maven artifact; nothing needs to be installed), a fresh database on it per caller, and fresh
 * in-memory H2 databases.
 */
final class Databases {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2019-07-01T00:00:00Z"), ZoneOffset.UTC);

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres server;

  private Databases() {
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM is ending
        }
      }));
    }
    return server;
  }

  /** A new, empty PostgreSQL database with batch rewriting on. */
  static DataSource freshPostgres() {
    EmbeddedPostgres pg = server();
    String name = "chuxin_" + NEXT.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    PGSimpleDataSource ds = (PGSimpleDataSource) pg.getDatabase("postgres", name);
    ds.setReWriteBatchedInserts(true);
    return new TestPool(ds);
  }

  /** Runs statements as the server's superuser in a database created by {@link #freshPostgres(String)}. */
  static void asSuperuser(String database, String... statements) {
    try (Connection c = server().getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new, empty PostgreSQL database of a name, reached as a role in a schema. */
  static DataSource postgresAs(String database, String role, String schema) {
    PGSimpleDataSource ds = (PGSimpleDataSource) server().getDatabase(role, database);
    ds.setCurrentSchema(schema);
    ds.setReWriteBatchedInserts(true);
    return new TestPool(ds);
  }

  /** Creates an empty PostgreSQL database and returns its name. */
  static String freshPostgresName() {
    String name = "chuxin_" + NEXT.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return name;
  }

  /** A PostgreSQL database created by {@link #freshPostgresName()}, without a pool, as the superuser. */
  static DataSource rawPostgres(String database) {
    PGSimpleDataSource ds = (PGSimpleDataSource) server().getDatabase("postgres", database);
    ds.setReWriteBatchedInserts(true);
    return ds;
  }

  /** A new, empty in-memory H2 database. */
  static DataSource freshH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:chuxin_" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    return ds;
  }

  /** A storage on the database, its schema migrated, stamping its change history with {@link #CLOCK}. */
  static JdbcStorage migrated(DataSource ds) {
    return migrated(ds, CLOCK);
  }

  /** A storage on the database, its schema migrated, stamping its change history with the given clock. */
  static JdbcStorage migrated(DataSource ds, Clock clock) {
    JdbcStorage storage = JdbcStorage.builder(ds).clock(clock).build();
    storage.migrate();
    return storage;
  }
}
