/**
 * The JDBC storage adapter 關係數據庫存儲 (关系数据库存储): every store of the storage SPI over
 * plain JDBC, for PostgreSQL and H2, with its schema in versioned Flyway migrations shipped in
 * this jar. Start at {@link io.github.chuxin.persistence.jdbc.JdbcStorage}.
 */
@NullMarked
package io.github.chuxin.persistence.jdbc;

import org.jspecify.annotations.NullMarked;
