package io.github.chuxin.examples.filestore;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.support.AbstractTableStore;
import io.github.chuxin.persistence.support.AggregateTables;
import io.github.chuxin.persistence.support.CursorFormat;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The file store of one kind of aggregate, seen through one view (unit of work and scope). What the
 * kind is (its class, id, unit and the fields queries read) comes from its {@link AggregateType};
 * finds, queries and counts come from the SPI's {@link AbstractTableStore} over the decoded
 * state's tables, whose {@code AggregateMatcher} also decides which writes a scope lets through.
 * What is this store's own: where the files lie and how a write is staged.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
class FileStore<I extends Identifier, T> extends AbstractTableStore<I, T, FileStorage.View> {

  /** Cursors say whose they are, so that a cursor of another store is refused, not misread. */
  private static final CursorFormat CURSORS = new CursorFormat("file1", "the file store");

  FileStore(FileStorage.View view, AggregateType<I, T> type) {
    super(type, view, v -> v.read().tables(), CURSORS);
  }

  // ---- writes: check scope, revision and tree, then stage the new file ----

  /**
   * Writes one aggregate on behalf of an actor (only the rectification store records actors): the
   * write is checked against the state decoded from the files, under the commit lock, so of two
   * racing writes the second sees the first; a refused write stages nothing.
   */
  @Override
  protected Versioned<T> write(T value, ExpectedRevision expected, String actor) {
    FileStorage.wellFormed(actor); // the history file must hold it
    List<Versioned<T>> written = new ArrayList<>(1);
    view.write((state, files) -> {
      AggregateTables tables = state.tables();
      Optional<Versioned<T>> stored = tables.get(type, type.keyOf(value));
      Versioned<T> next = matcher(tables).checkWrite(value, stored, expected);
      written.add(next);
      return staged(state, stored, next, files, actor);
    });
    return written.get(0);
  }

  /**
   * Stages an aggregate's new file and returns the state with it; subclasses stage more.
   *
   * @param state the state before the write
   * @param stored what {@code state} holds under the value's id
   * @param next what the write stores
   * @param files the unit of work's staged files
   * @param actor who writes
   * @return the state after the write
   */
  FileState staged(FileState state, Optional<Versioned<T>> stored, Versioned<T> next, Map<Path, byte[]> files,
      String actor) {
    files.put(view.storage().fileOf(kind(), type.keyOf(next.value())), view.storage().encode(next));
    return state.withTables(state.tables().with(type, next));
  }

  /**
   * Adds a fact to its list, kept in one file, unless an equal fact is there: the whole list is
   * staged, with the new fact at the end.
   *
   * @param state the state before the write
   * @param files the unit of work's staged files
   * @param file the list's file
   * @param list the list as stored
   * @param fact the fact to add
   * @param with the state with a longer list
   * @param <F> the fact type
   * @return the state after the write (the same if the fact was there)
   */
  final <F> FileState appended(FileState state, Map<Path, byte[]> files, Path file, Vector<F> list, F fact,
      Function<Vector<F>, FileState> with) {
    if (list.contains(fact)) {
      return state;
    }
    Vector<F> longer = list.append(fact);
    files.put(file, view.storage().encodeList(longer.asJava()));
    return with.apply(longer);
  }

  @Override
  public List<Versioned<T>> saveAll(List<T> values) {
    Objects.requireNonNull(values, "values");
    Set<String> keys = new HashSet<>();
    for (T value : values) {
      if (!keys.add(type.keyOf(value))) {
        throw new IllegalArgumentException(kind() + " " + type.keyOf(value) + " appears twice in one bulk save");
      }
    }
    List<Versioned<T>> written = new ArrayList<>(values.size());
    view.write((state, files) -> {
      FileState next = state;
      for (T value : values) {
        // each value is checked against the state with the list's earlier values
        Optional<Versioned<T>> stored = next.tables().get(type, type.keyOf(value));
        Versioned<T> v = matcher(next.tables()).checkWrite(value, stored, ExpectedRevision.expectNew());
        written.add(v);
        next = staged(next, stored, v, files, RectificationStore.UNKNOWN_ACTOR);
      }
      return next; // a throw above stages nothing: the unit of work of one is dropped
    });
    return List.copyOf(written);
  }
}
