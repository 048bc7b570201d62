package io.github.chuxin.persistence.support;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.Versioned;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A skeleton store 內存表存儲骨架 (内存表存储骨架) of one kind whose aggregates a storage holds in
 * {@link AggregateTables}: finds, queries and counts read the tables the storage's view has now,
 * through an {@link AggregateMatcher} of the view's scope, and page with the store's
 * {@link CursorFormat}. The adapter implements the writes.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 * @param <V> the type of the storage's views
 */
public abstract class AbstractTableStore<I extends Identifier, T, V extends Storage> extends AbstractAggregateStore<I, T> {

  /** The storage's view this store is seen through. */
  protected final V view;
  private final Function<? super V, AggregateTables> tables;
  private final CursorFormat cursors;

  /**
   * Creates the store of a kind for one view of a storage.
   *
   * @param type the kind's descriptor, not null
   * @param view the storage's view the store is seen through (its scope is read), not null
   * @param tables the tables a view reads at each call (its unit of work's, or the last committed), not null
   * @param cursors the store's cursor format, not null
   */
  protected AbstractTableStore(AggregateType<I, T> type, V view, Function<? super V, AggregateTables> tables,
      CursorFormat cursors) {
    super(type);
    this.view = Objects.requireNonNull(view, "view");
    this.tables = Objects.requireNonNull(tables, "tables");
    this.cursors = Objects.requireNonNull(cursors, "cursors");
  }

  /**
   * Returns the rules of this kind over some tables, through the view's scope.
   *
   * @param held the tables, not null
   * @return the matcher
   */
  protected final AggregateMatcher<T> matcher(AggregateTables held) {
    return AggregateMatcher.of(type, held, view.scope());
  }

  /**
   * Returns what some tables hold under a key if the view's scope shows it.
   *
   * @param held the tables, not null
   * @param key the id's text, not null
   * @return the aggregate and its revision, or empty
   */
  protected final Optional<Versioned<T>> visible(AggregateTables held, String key) {
    return held.get(type, key).filter(v -> matcher(held).isVisible(v.value()));
  }

  /**
   * Returns whether the view's scope shows the facts kept under an aggregate (a body's meetings, a
   * group's lists): always without a scope, else when the aggregate is stored and visible.
   *
   * @param held the tables, not null
   * @param key the owning aggregate's id text, not null
   * @return whether its facts are shown
   */
  protected final boolean showsFactsOf(AggregateTables held, String key) {
    return view.scope().isEmpty() || visible(held, key).isPresent();
  }

  @Override
  public Optional<Versioned<T>> find(I id) {
    return visible(tables.apply(view), Objects.requireNonNull(id, "id").value());
  }

  @Override
  public Page<Versioned<T>> query(Query query) {
    AggregateTables held = tables.apply(view);
    return held.page(type, query, matcher(held).matching(query), cursors);
  }

  @Override
  public long count(Query query) {
    AggregateTables held = tables.apply(view);
    return held.count(type, matcher(held).matching(query));
  }
}
