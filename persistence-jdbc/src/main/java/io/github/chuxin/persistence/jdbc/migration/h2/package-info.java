/**
 * The Java migrations of the adapter's schema on H2, found by Flyway at
 * {@code Dialect.H2.migrationLocation()} beside the SQL ones: not API, run them through
 * {@link io.github.chuxin.persistence.jdbc.JdbcStorage#migrate()} or the Flyway of
 * {@link io.github.chuxin.persistence.jdbc.JdbcStorage#flyway}.
 */
@NullMarked
package io.github.chuxin.persistence.jdbc.migration.h2;

import org.jspecify.annotations.NullMarked;
