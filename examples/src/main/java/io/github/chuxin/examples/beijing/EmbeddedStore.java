package io.github.chuxin.examples.beijing;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The examples' embedded default store: a file-backed H2 database in the output directory,
 * reached through the JDBC adapter, so that a second run finds what the first one stored.
 *
 * <p>Set the system property {@value #URL_PROPERTY} (and {@value #USER_PROPERTY},
 * {@value #PASSWORD_PROPERTY}) to use another database instead, e.g.
 * {@code -Dchuxin.jdbc.url=jdbc:postgresql://localhost:5432/chuxin?reWriteBatchedInserts=true}.
 * A URL starting with {@code jdbc:h2:} opens that H2 database; any other URL is taken to be
 * PostgreSQL. Either way the adapter's migrations are applied on open.
 */
final class EmbeddedStore {

  /** The system property naming a JDBC URL to use instead of the embedded H2 file. */
  static final String URL_PROPERTY = "chuxin.jdbc.url";

  /** The system property naming the database user for {@value #URL_PROPERTY}. */
  static final String USER_PROPERTY = "chuxin.jdbc.user";

  /** The system property naming the database password for {@value #URL_PROPERTY}. */
  static final String PASSWORD_PROPERTY = "chuxin.jdbc.password";

  /** Flyway reports every step at INFO through java.util.logging; the example shows only warnings. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  private EmbeddedStore() {}

  /**
   * Opens the default store for a directory and applies the schema migrations it lacks.
   *
   * @param dir the directory the example writes into; the H2 files go there
   * @param clock the clock of the store's change history
   * @return the storage
   */
  static Storage open(Path dir, Clock clock) {
    FLYWAY_LOG.setLevel(Level.WARNING);
    JdbcStorage storage = JdbcStorage.builder(dataSource(url(dir))).clock(clock).build();
    storage.migrate();
    return storage;
  }

  /**
   * Describes the store for a directory, for progress messages.
   *
   * @param dir the directory
   * @return a description naming the database (never its password)
   */
  static String describe(Path dir) {
    Optional<String> configured = configuredUrl();
    return configured.isPresent()
        ? "the database at " + configured.get() + " (" + URL_PROPERTY + ")"
        : "the embedded H2 database " + h2File(dir) + ".mv.db";
  }

  /**
   * Returns the JDBC URL the store uses for a directory.
   *
   * @param dir the directory
   * @return the configured URL, else the embedded H2 file's
   */
  static String url(Path dir) {
    return configuredUrl().orElseGet(() -> "jdbc:h2:file:" + h2File(dir)
        // keep the database open between the adapter's connections; write every commit to the file
        // at once; no shutdown hook (under exec:java it would run after the plugin's class loader
        // closed): an H2 file stays consistent when the JVM ends without closing it
        + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
  }

  private static Path h2File(Path dir) {
    return dir.toAbsolutePath().normalize().resolve("chuxin");
  }

  private static Optional<String> configuredUrl() {
    return Optional.ofNullable(System.getProperty(URL_PROPERTY)).filter(u -> !u.isBlank());
  }

  private static DataSource dataSource(String url) {
    String user = System.getProperty(USER_PROPERTY, "");
    String password = System.getProperty(PASSWORD_PROPERTY, "");
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(url);
    if (!user.isEmpty()) {
      postgres.setUser(user);
    }
    if (!password.isEmpty()) {
      postgres.setPassword(password);
    }
    return postgres;
  }
}
