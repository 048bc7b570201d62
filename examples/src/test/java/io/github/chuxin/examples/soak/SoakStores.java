package io.github.chuxin.examples.soak;

import io.github.chuxin.examples.filestore.FileStorage;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.jdbc.JdbcStorage;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;

/** The stores the soak runs against, each opened empty; {@link Opened#close()} releases it. */
enum SoakStores {

  /** The SPI's in-memory reference store. */
  IN_MEMORY("in-memory") {
    @Override
    Opened open(Path work, Clock clock) {
      return new Opened(InMemoryStorage.create(clock), () -> { });
    }
  },

  /** The JDBC adapter on an in-memory H2 database. */
  H2("H2 (JDBC adapter)") {
    @Override
    Opened open(Path work, Clock clock) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:soak-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
      h2.setUser("sa");
      ReusingDataSource pool = new ReusingDataSource(h2);
      JdbcStorage storage = JdbcStorage.builder(pool).clock(clock).build();
      storage.migrate();
      return new Opened(storage, () -> {
        try (var c = h2.getConnection(); var s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
        pool.closeAll();
      });
    }
  },

  /** The JDBC adapter on an embedded PostgreSQL server. */
  POSTGRESQL("PostgreSQL (JDBC adapter)") {
    @Override
    Opened open(Path work, Clock clock) throws IOException {
      EmbeddedPostgres server = EmbeddedPostgres.builder().start();
      ReusingDataSource pool = new ReusingDataSource(server.getPostgresDatabase());
      JdbcStorage storage = JdbcStorage.builder(pool).clock(clock).build();
      storage.migrate();
      return new Opened(storage, () -> {
        pool.closeAll();
        server.close();
      });
    }
  },

  /** The file-store example adapter, in a fresh directory. */
  FILE("file store (example adapter)") {
    @Override
    Opened open(Path work, Clock clock) throws IOException {
      return new Opened(FileStorage.open(Files.createTempDirectory(work, "file-store"), clock), () -> { });
    }
  };

  /** A storage and what releases it. */
  record Opened(Storage storage, Release release) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      release.run();
    }
  }

  /** Releases a store. */
  @FunctionalInterface
  interface Release {
    void run() throws Exception;
  }

  final String label;

  SoakStores(String label) {
    this.label = label;
  }

  abstract Opened open(Path work, Clock clock) throws IOException;

  /** Flyway reports every migration step at INFO; held here so that the level set on it stays. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }
}
