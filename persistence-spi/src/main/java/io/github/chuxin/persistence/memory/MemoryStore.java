package io.github.chuxin.persistence.memory;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.support.AbstractTableStore;
import io.github.chuxin.persistence.support.CursorFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The in-memory store of one kind of aggregate, seen through one view (session and scope): what
 * its {@link AggregateType} describes, held in the state's tables. Reads come from
 * {@link AbstractTableStore}; a write checks and publishes a new state under the view's session.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
class MemoryStore<I extends Identifier, T> extends AbstractTableStore<I, T, InMemoryStorage.View> {

  private static final CursorFormat CURSORS = new CursorFormat("mem1", "the in-memory store");

  MemoryStore(InMemoryStorage.View view, AggregateType<I, T> type) {
    super(type, view, v -> v.read().tables(), CURSORS);
  }

  @Override
  protected final Versioned<T> write(T value, ExpectedRevision expected, String actor) {
    List<Versioned<T>> written = new ArrayList<>(1);
    view.write(state -> {
      written.clear();
      Optional<Versioned<T>> stored = state.tables().get(type, type.keyOf(value));
      written.add(matcher(state.tables()).checkWrite(value, stored, expected));
      return withWrite(state, stored, written.get(0), actor);
    });
    return written.get(0);
  }

  /**
   * Returns the state after a checked write: with the new value and whatever else the write
   * changes (the change history); may refuse the write by throwing.
   *
   * @param before the state before the write
   * @param stored what {@code before} holds under the value's id
   * @param next the new value with its revision
   * @param actor who writes
   * @return the state to commit
   */
  MemoryState withWrite(MemoryState before, Optional<Versioned<T>> stored, Versioned<T> next, String actor) {
    return before.withTables(before.tables().with(type, next));
  }

  @Override
  public List<Versioned<T>> saveAll(List<T> values) {
    Objects.requireNonNull(values, "values");
    List<Versioned<T>> written = new ArrayList<>(values.size());
    view.write(state -> {
      written.clear();
      Set<String> keys = new HashSet<>();
      MemoryState next = state;
      for (T value : values) {
        String key = type.keyOf(value);
        if (!keys.add(key)) {
          throw new IllegalArgumentException(kind() + " " + key + " appears twice in one bulk save");
        }
        Optional<Versioned<T>> stored = next.tables().get(type, key);
        Versioned<T> v = matcher(next.tables()).checkWrite(value, stored, ExpectedRevision.expectNew());
        written.add(v);
        next = withWrite(next, stored, v, RectificationStore.UNKNOWN_ACTOR);
      }
      return next;
    });
    return List.copyOf(written);
  }
}
