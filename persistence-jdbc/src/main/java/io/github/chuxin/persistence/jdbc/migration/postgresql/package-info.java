/**
 * The Java migrations of the adapter's schema on PostgreSQL, found by Flyway at
 * {@code Dialect.POSTGRESQL.migrationLocation()} beside the SQL ones: not API, run them through
 * {@link io.github.chuxin.persistence.jdbc.JdbcStorage#migrate()} or the Flyway of
 * {@link io.github.chuxin.persistence.jdbc.JdbcStorage#flyway}.
 */
@NullMarked
package io.github.chuxin.persistence.jdbc.migration.postgresql;

import org.jspecify.annotations.NullMarked;
