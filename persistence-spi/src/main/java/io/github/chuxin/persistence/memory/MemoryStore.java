package io.github.chuxin.persistence.memory;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateMatcher;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.CursorFormat;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The in-memory store of one kind of aggregate, seen through one view (session and scope): what
 * its {@link AggregateType} describes, matched by an {@link AggregateMatcher} over the state.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
class MemoryStore<I extends Identifier, T> implements AggregateStore<I, T> {

  private static final CursorFormat CURSORS = new CursorFormat("mem1", "the in-memory store");

  final InMemoryStorage.View view;
  final AggregateType<I, T> type;

  MemoryStore(InMemoryStorage.View view, AggregateType<I, T> type) {
    this.view = view;
    this.type = type;
  }

  @Override
  public AggregateKind kind() {
    return type.kind();
  }

  @Override
  public I idOf(T value) {
    return type.idOf(value);
  }

  /** The scope and query rules of this kind over a state, through this view's scope. */
  final AggregateMatcher<T> matcher(MemoryState state) {
    return AggregateMatcher.of(type, state, view.scope());
  }

  /** The stored aggregate of a key, whether or not the scope shows it. */
  final Optional<Versioned<T>> stored(MemoryState state, String key) {
    return state.table(kind()).get(key).toJavaOptional().map(this::typed);
  }

  /** The stored aggregate of a key if this view's scope shows it. */
  final Optional<Versioned<T>> visible(MemoryState state, String key) {
    return stored(state, key).filter(v -> matcher(state).isVisible(v.value()));
  }

  @SuppressWarnings("unchecked")
  private Versioned<T> typed(Versioned<Object> stored) {
    return (Versioned<T>) (Versioned<?>) stored;
  }

  @Override
  public Optional<Versioned<T>> find(I id) {
    Objects.requireNonNull(id, "id");
    return visible(view.session().read(), id.value());
  }

  @Override
  public Versioned<T> save(T value, ExpectedRevision expected) {
    return write(value, expected, RectificationStore.UNKNOWN_ACTOR);
  }

  /** Writes one aggregate on behalf of an actor (only the change history records it). */
  final Versioned<T> write(T value, ExpectedRevision expected, String actor) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
    List<Versioned<T>> written = new ArrayList<>(1);
    view.session().write(state -> {
      written.clear();
      written.add(matcher(state).checkWrite(value, stored(state, type.keyOf(value)), expected));
      return withWrite(state, written.get(0), actor);
    });
    return written.get(0);
  }

  /**
   * Returns the state after a checked write: with the new value and whatever else the write
   * changes (the change history); may refuse the write by throwing.
   *
   * @param before the state before the write
   * @param next the new value with its revision
   * @param actor who writes
   * @return the state to commit
   */
  MemoryState withWrite(MemoryState before, Versioned<T> next, String actor) {
    return before.with(kind(), type.keyOf(next.value()), next);
  }

  @Override
  public List<Versioned<T>> saveAll(List<T> values) {
    Objects.requireNonNull(values, "values");
    List<Versioned<T>> written = new ArrayList<>(values.size());
    view.session().write(state -> {
      written.clear();
      Set<String> keys = new HashSet<>();
      MemoryState next = state;
      for (T value : values) {
        String key = type.keyOf(value);
        if (!keys.add(key)) {
          throw new IllegalArgumentException(kind() + " " + key + " appears twice in one bulk save");
        }
        Versioned<T> v = matcher(next).checkWrite(value, stored(next, key), ExpectedRevision.expectNew());
        written.add(v);
        next = withWrite(next, v, RectificationStore.UNKNOWN_ACTOR);
      }
      return next;
    });
    return List.copyOf(written);
  }

  @Override
  public Page<Versioned<T>> query(Query query) {
    MemoryState state = view.session().read();
    Predicate<T> matches = matcher(state).matching(query);
    Optional<String> after = CURSORS.keyAfter(query);
    return CURSORS.page(state.table(kind()).iterator()
            .dropWhile(row -> after.isPresent() && row._1.compareTo(after.get()) <= 0)
            .map(row -> typed(row._2)),
        v -> matches.test(v.value()), query.limit(), v -> type.keyOf(v.value()));
  }

  @Override
  public long count(Query query) {
    MemoryState state = view.session().read();
    Predicate<T> matches = matcher(state).matching(query);
    return state.table(kind()).values().count(row -> matches.test(type.cast(row.value())));
  }
}
