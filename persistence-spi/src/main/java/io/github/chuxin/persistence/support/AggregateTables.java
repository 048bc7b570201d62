package io.github.chuxin.persistence.support;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Versioned;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Iterator;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The aggregates a store holds in memory 內存聚合表 (内存聚合表), one table per kind, each ordered
 * by key (the id's text, in {@link String#compareTo} order, the SPI's paging order), with their
 * revisions. Immutable and persistent: {@link #with} returns a new value that shares structure
 * with this one, so a store can publish a whole new state per commit and keep a unit of work's
 * private copy for free.
 *
 * <p>As a {@link UnitTree} it answers what {@link AggregateMatcher} needs from the stored
 * organisations and campaigns. The in-memory reference store and the file-store example keep
 * their aggregates in one of these.
 */
public final class AggregateTables implements UnitTree {

  private static final AggregateTables EMPTY = new AggregateTables(HashMap.empty());

  private final Map<AggregateKind, TreeMap<String, Versioned<?>>> tables;

  private AggregateTables(Map<AggregateKind, TreeMap<String, Versioned<?>>> tables) {
    this.tables = tables;
  }

  /**
   * Returns the tables with nothing in them.
   *
   * @return the empty tables
   */
  public static AggregateTables empty() {
    return EMPTY;
  }

  private TreeMap<String, Versioned<?>> table(AggregateKind kind) {
    return tables.get(kind).getOrElse(TreeMap::empty);
  }

  @SuppressWarnings("unchecked")
  private static <T> Versioned<T> typed(Versioned<?> stored) {
    return (Versioned<T>) stored;
  }

  /**
   * Returns what is held under a key, whatever a scope would show.
   *
   * @param type the kind, not null
   * @param key the id's text, not null
   * @param <T> the aggregate type
   * @return the aggregate and its revision, or empty
   */
  public <T> Optional<Versioned<T>> get(AggregateType<?, T> type, String key) {
    return table(type.kind()).get(key).map(AggregateTables::<T>typed).toJavaOptional();
  }

  /**
   * Returns these tables with an aggregate put under its key, replacing what was there.
   *
   * @param type the kind, not null
   * @param value the aggregate and its revision, not null
   * @param <T> the aggregate type
   * @return the new tables; this one is unchanged
   */
  public <T> AggregateTables with(AggregateType<?, T> type, Versioned<T> value) {
    return new AggregateTables(tables.put(type.kind(), table(type.kind()).put(type.keyOf(value.value()), value)));
  }

  /**
   * Returns how many aggregates of a kind are held.
   *
   * @param type the kind, not null
   * @return the number
   */
  public int size(AggregateType<?, ?> type) {
    return table(type.kind()).size();
  }

  /**
   * Answers one page of a query: the aggregates after the query's cursor, in key order, that
   * match.
   *
   * @param type the kind, not null
   * @param query the query, not null (its criteria are in {@code matches})
   * @param matches which aggregates the query answers (see {@link AggregateMatcher#matching}), not null
   * @param cursors the store's cursor format, not null
   * @param <T> the aggregate type
   * @return the page
   * @throws IllegalArgumentException if the query's cursor is not one of the store's
   */
  public <T> Page<Versioned<T>> page(AggregateType<?, T> type, Query query, Predicate<? super T> matches,
      CursorFormat cursors) {
    Optional<String> after = cursors.keyAfter(query);
    Iterator<Tuple2<String, Versioned<?>>> rows = table(type.kind()).iterator();
    if (after.isPresent()) {
      // keyset paging: a lazy skip of the keys up to the cursor's
      rows = rows.dropWhile(row -> row._1.compareTo(after.get()) <= 0);
    }
    return cursors.page(rows.map(row -> AggregateTables.<T>typed(row._2)), v -> matches.test(v.value()),
        query.limit(), v -> type.keyOf(v.value()));
  }

  /**
   * Counts the aggregates of a kind that match.
   *
   * @param type the kind, not null
   * @param matches the test, not null
   * @param <T> the aggregate type
   * @return how many match
   */
  public <T> long count(AggregateType<?, T> type, Predicate<? super T> matches) {
    return table(type.kind()).values().count(v -> matches.test(type.cast(v.value())));
  }

  @Override
  public Optional<Organisation> organisation(OrgId id) {
    return get(AggregateType.ORGANISATION, id.value()).map(Versioned::value);
  }

  @Override
  public int organisationCount() {
    return size(AggregateType.ORGANISATION);
  }

  @Override
  public Iterable<Campaign> campaigns() {
    return table(AggregateKind.CAMPAIGN).values().map(v -> AggregateType.CAMPAIGN.cast(v.value()));
  }
}
