/**
 * chuxin JDBC adapter: the storage of the persistence SPI on PostgreSQL and H2, with its schema
 * migrations.
 *
 * <p>Only {@code io.github.chuxin.persistence.jdbc} is API. {@code JdbcStorage.flyway} returns a
 * Flyway, and the storage is built on a {@code javax.sql.DataSource}, so Flyway and
 * {@code java.sql} are read transitively. Flyway has no module descriptor: its name is derived from
 * its jar, {@code flyway.core}. The migration packages are open, not exported: Flyway finds their
 * SQL files as resources and creates their Java migrations by reflection. The payload codec and the
 * migration of stored payloads in {@code io.github.chuxin.persistence.jdbc.internal} are not API.
 * The JDBC drivers (H2, PostgreSQL) are found by {@code java.sql.DriverManager} as services, or
 * given by the application as a {@code DataSource}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // flyway.core: see above
module io.github.chuxin.persistence.jdbc {
  requires transitive io.github.chuxin.persistence;
  requires transitive java.sql;
  requires transitive flyway.core;
  requires io.github.chuxin.jackson;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.chuxin.persistence.jdbc;

  opens io.github.chuxin.persistence.jdbc.migration.h2;
  opens io.github.chuxin.persistence.jdbc.migration.postgresql;
}
