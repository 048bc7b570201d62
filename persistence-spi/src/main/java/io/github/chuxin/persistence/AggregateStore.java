package io.github.chuxin.persistence;

import io.github.chuxin.id.Identifier;
import java.util.List;
import java.util.Optional;

/**
 * The store of one kind of aggregate 聚合存儲 (聚合存储): find by id, write with an expected
 * revision, bulk insert, keyset-paged queries and counts. Every store of the family has this shape.
 *
 * <p>Implementations are thread-safe. A store obtained inside {@link Storage#inTransaction} writes
 * into that unit of work; one obtained from {@link Storage#scopedTo} sees and writes only its subtree.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
public interface AggregateStore<I extends Identifier, T> {

  /**
   * Returns the kind of aggregate stored here.
   *
   * @return the kind
   */
  AggregateKind kind();

  /**
   * Returns the id of an aggregate.
   *
   * @param value the aggregate, not null
   * @return its id
   */
  I idOf(T value);

  /**
   * Finds an aggregate by id.
   *
   * @param id the id, not null
   * @return the aggregate and its revision, or empty if it is not stored (or outside the scope)
   */
  Optional<Versioned<T>> find(I id);

  /**
   * Writes an aggregate if its stored revision is the expected one.
   *
   * @param value the aggregate, not null
   * @param expected {@link ExpectedRevision#expectNew()} for an insert, else the revision read
   * @return the aggregate with its new revision
   * @throws ConcurrencyConflictException if the stored revision differs; nothing is written
   * @throws ScopeViolationException if the storage is scoped and the aggregate lies outside it
   */
  Versioned<T> save(T value, ExpectedRevision expected);

  /**
   * Inserts many new aggregates in one call, all or nothing (for imports); each gets
   * {@link Revision#first()}. Needs {@link Capability#BULK_SAVE}.
   *
   * @param values the aggregates, with distinct ids none of which is stored, not null
   * @return the stored aggregates, in the given order
   * @throws ConcurrencyConflictException if one already exists; nothing is written
   * @throws UnsupportedCapabilityException if the storage does not declare BULK_SAVE
   */
  List<Versioned<T>> saveAll(List<T> values);

  /**
   * Answers one page of a query, in ascending order of id value compared as Java strings
   * ({@link String#compareTo}, i.e. by UTF-16 code unit; a SQL adapter needs a binary collation).
   *
   * @param query the query, not null
   * @return the page
   * @throws IllegalArgumentException if the query uses a criterion {@link #kind()} does not answer
   */
  Page<Versioned<T>> query(Query query);

  /**
   * Counts what a query matches over all pages, without loading it (limit and cursor are ignored).
   *
   * @param query the query, not null
   * @return the number of matches
   */
  long count(Query query);
}
