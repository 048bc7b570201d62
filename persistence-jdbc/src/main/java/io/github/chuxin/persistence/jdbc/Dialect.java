package io.github.chuxin.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the adapter speaks 數據庫方言 (数据库方言), each with its own migration scripts.
 */
public enum Dialect {
  /** PostgreSQL 13 or later (tested on 17). */
  POSTGRESQL("postgresql"),
  /** H2 2.x (tested on 2.5), in memory or on disk. */
  H2("h2");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * Returns where this dialect's Flyway migrations lie in the jar, for a pipeline that applies
   * them itself.
   *
   * @return a Flyway location, e.g. {@code classpath:io/github/chuxin/persistence/jdbc/migration/postgresql}
   */
  public String migrationLocation() {
    return "classpath:io/github/chuxin/persistence/jdbc/migration/" + folder;
  }

  /**
   * Tells which dialect a data source speaks, from its product name.
   *
   * @param dataSource the data source, not null
   * @return the dialect
   * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
   * @throws JdbcStorageException if no connection can be opened
   */
  public static Dialect detect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      if (product.contains("h2")) {
        return H2;
      }
      throw new IllegalArgumentException("the JDBC adapter does not support " + product);
    } catch (SQLException e) {
      throw new JdbcStorageException("cannot open a connection to detect the database", e);
    }
  }
}
