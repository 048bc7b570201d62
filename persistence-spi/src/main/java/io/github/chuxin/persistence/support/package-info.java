/**
 * Building blocks for storage adapters 存儲適配器構件 (存储适配器构件), all derived from the
 * {@link io.github.chuxin.persistence.AggregateType} descriptors: {@link
 * io.github.chuxin.persistence.support.AbstractStorage} makes the store getters from one generic
 * store, {@link io.github.chuxin.persistence.support.AggregateMatcher} decides scopes, writes and
 * queries over a {@link io.github.chuxin.persistence.support.UnitTree}, {@link
 * io.github.chuxin.persistence.support.AggregateTables} holds the aggregates of a store that keeps
 * them in memory, and {@link io.github.chuxin.persistence.support.CursorFormat} makes the cursor
 * tokens and keyset pages. The in-memory reference store, the JDBC adapter and the file-store
 * example are built on them; an adapter of yours may be too, or may implement the SPI directly.
 */
@NullMarked
package io.github.chuxin.persistence.support;

import org.jspecify.annotations.NullMarked;
