package io.github.chuxin.examples.filestore;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The file store of one kind of aggregate, seen through one view (unit of work and scope). What the
 * kind is (its class, id, unit and the fields queries read) comes from its {@link AggregateType};
 * the SPI's {@link AggregateMatcher} decides, from the decoded state, what a scope shows, which
 * writes it lets through and what a query matches, and {@link CursorFormat} makes the cursors. What
 * is this store's own: where the files lie and how a write is staged.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
class FileStore<I extends Identifier, T> implements AggregateStore<I, T> {

  /** Cursors say whose they are, so that a cursor of another store is refused, not misread. */
  private static final CursorFormat CURSORS = new CursorFormat("file1", "the file store");

  final FileStorage.View view;
  final AggregateType<I, T> type;

  FileStore(FileStorage.View view, AggregateType<I, T> type) {
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

  /** The rules of scopes and queries for this kind, over a decoded state, through this view's scope. */
  final AggregateMatcher<T> rules(FileState state) {
    return AggregateMatcher.of(type, state, view.scope());
  }

  /** What a state holds under a key, shown through this view's scope or not. */
  @SuppressWarnings("unchecked")
  final Optional<Versioned<T>> held(FileState state, String key) {
    return state.table(kind()).get(key).toJavaOptional().map(v -> (Versioned<T>) (Versioned<?>) v);
  }

  /** What a state holds under a key if this view's scope shows it. */
  final Optional<Versioned<T>> shown(FileState state, String key) {
    return held(state, key).filter(v -> rules(state).isVisible(v.value()));
  }

  @Override
  public Optional<Versioned<T>> find(I key) {
    Objects.requireNonNull(key, "key");
    return shown(view.read(), key.value());
  }

  // ---- writes: check scope and revision, then stage the new file ----

  @Override
  public Versioned<T> save(T value, ExpectedRevision expected) {
    return save(value, expected, RectificationStore.UNKNOWN_ACTOR);
  }

  /**
   * Writes one aggregate on behalf of an actor (only the rectification store records actors).
   *
   * @param value the aggregate
   * @param expected the expected revision
   * @param actor who writes
   * @return the aggregate with its new revision
   */
  public Versioned<T> save(T value, ExpectedRevision expected, String actor) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
    List<Versioned<T>> written = new ArrayList<>(1);
    view.write((state, files) -> {
      written.clear();
      written.add(checkedWrite(state, value, expected));
      return staged(state, written.get(0), files, actor);
    });
    return written.get(0);
  }

  /**
   * Keeps the promises of scope, revision and tree: returns what the write stores, or throws before
   * anything is staged. The revision is read from the state decoded from the files, under the
   * commit lock, so of two racing writes the second sees the first.
   */
  private Versioned<T> checkedWrite(FileState state, T value, ExpectedRevision expected) {
    return rules(state).checkWrite(value, held(state, type.keyOf(value)), expected);
  }

  /**
   * Stages an aggregate's new file and returns the state with it; subclasses stage more.
   *
   * @param state the state before the write
   * @param next what the write stores
   * @param files the unit of work's staged files
   * @param actor who writes
   * @return the state after the write
   */
  FileState staged(FileState state, Versioned<T> next, Map<Path, byte[]> files, String actor) {
    String key = type.keyOf(next.value());
    files.put(view.storage().fileOf(kind(), key), view.storage().encode(next));
    return state.with(kind(), key, next);
  }

  @Override
  public List<Versioned<T>> saveAll(List<T> values) {
    Objects.requireNonNull(values, "values");
    List<Versioned<T>> written = new ArrayList<>(values.size());
    view.write((state, files) -> {
      written.clear();
      Set<String> keys = new HashSet<>();
      FileState next = state;
      for (T value : values) {
        if (!keys.add(type.keyOf(value))) {
          throw new IllegalArgumentException(kind() + " " + type.keyOf(value) + " appears twice in one bulk save");
        }
        Versioned<T> v = checkedWrite(next, value, ExpectedRevision.expectNew());
        written.add(v);
        next = staged(next, v, files, RectificationStore.UNKNOWN_ACTOR);
      }
      return next; // a throw above stages nothing: the unit of work of one is dropped
    });
    return List.copyOf(written);
  }

  // ---- queries: walk the id-ordered map from the cursor, keep what matches, stop at the limit ----

  @Override
  public Page<Versioned<T>> query(Query query) {
    FileState state = view.read();
    Predicate<T> matches = rules(state).matching(query);
    Optional<String> after = CURSORS.keyAfter(query);
    // keyset paging: skip the keys up to the cursor's (a tree map would seek; a lazy skip is enough here)
    io.vavr.collection.Iterator<String> keys = state.table(kind()).keysIterator();
    if (after.isPresent()) {
      keys = keys.dropWhile(key -> key.compareTo(after.get()) <= 0);
    }
    return CURSORS.page(keys.map(key -> held(state, key).orElseThrow()), v -> matches.test(v.value()),
        query.limit(), v -> type.keyOf(v.value()));
  }

  @Override
  public long count(Query query) {
    FileState state = view.read();
    Predicate<T> matches = rules(state).matching(query);
    return state.table(kind()).values().count(row -> matches.test(type.cast(row.value())));
  }
}
