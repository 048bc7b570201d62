package io.github.chuxin.persistence.memory;

import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Cursor;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.Versioned;
import io.vavr.Tuple2;
import io.vavr.collection.TreeMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The generic in-memory store of one kind of aggregate, seen through one view (session and scope).
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
abstract class MemoryStore<I extends Identifier, T> implements AggregateStore<I, T> {

  private static final String CURSOR_PREFIX = "mem1:";

  final InMemoryStorage.View view;
  final Table<T> table;
  private final Function<T, I> id;

  MemoryStore(InMemoryStorage.View view, Table<T> table, Function<T, I> id) {
    this.view = view;
    this.table = table;
    this.id = id;
  }

  @Override
  public AggregateKind kind() {
    return table.kind();
  }

  @Override
  public I idOf(T value) {
    return id.apply(value);
  }

  @SuppressWarnings("unchecked")
  final T cast(Versioned<Object> stored) {
    return (T) stored.value();
  }

  @SuppressWarnings("unchecked")
  final Versioned<T> typed(Versioned<Object> stored) {
    return (Versioned<T>) (Versioned<?>) stored;
  }

  /** Whether a value is visible through this view's scope in a state. */
  final boolean visible(State state, T value) {
    Optional<OrgId> scope = view.scope();
    return scope.isEmpty() || table.shared() || inSubtree(state, scope.get(), value);
  }

  /** Whether a value's unit lies in a subtree; an organisation by its parent, so a new one counts. */
  final boolean inSubtree(State state, OrgId root, T value) {
    if (value instanceof Organisation org) {
      return org.id().equals(root) || org.parentId().map(p -> state.isInSubtree(root, p)).orElse(false);
    }
    return table.unit().apply(value).map(u -> state.isInSubtree(root, u)).orElse(false);
  }

  final void requireWritable(State state, T value) {
    Optional<OrgId> scope = view.scope();
    if (scope.isPresent() && (table.shared() || !inSubtree(state, scope.get(), value))) {
      throw new ScopeViolationException(kind(), table.key().apply(value), scope.get());
    }
  }

  @Override
  public Optional<Versioned<T>> find(I id) {
    Objects.requireNonNull(id, "id");
    State state = view.session().read();
    return state.table(kind()).get(id.value()).toJavaOptional().map(this::typed)
        .filter(v -> visible(state, v.value()));
  }

  @Override
  public Versioned<T> save(T value, ExpectedRevision expected) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
    List<Versioned<T>> written = new ArrayList<>(1);
    view.session().write(state -> {
      Versioned<T> next = checkedWrite(state, value, expected);
      written.add(next);
      return afterWrite(state.withTable(kind(), state.table(kind()).put(table.key().apply(value), untyped(next))),
          state, next, expected);
    });
    return written.get(0);
  }

  /** Checks scope and revision and returns what the write stores; throws and writes nothing otherwise. */
  final Versioned<T> checkedWrite(State state, T value, ExpectedRevision expected) {
    requireWritable(state, value);
    String key = table.key().apply(value);
    Optional<Versioned<Object>> stored = state.table(kind()).get(key).toJavaOptional();
    if (stored.isPresent() && view.scope().isPresent() && !visible(state, cast(stored.get()))) {
      throw new ScopeViolationException(kind(), key, view.scope().get());
    }
    Optional<Revision> current = stored.map(Versioned::revision);
    if (!expected.isMetBy(current)) {
      throw new ConcurrencyConflictException(kind(), key, expected, current);
    }
    refuseInvalid(state, value);
    return Versioned.of(value, current.map(Revision::next).orElse(Revision.first()));
  }

  /**
   * Refuses a write that would break a promise of the whole state (organisations: a cycle); called
   * after the scope and revision checks, on the state the write would apply to.
   *
   * @param state the state before the write (in a bulk save, with the list's earlier values)
   * @param value the value to write
   */
  void refuseInvalid(State state, T value) {
  }

  /**
   * Adds what else a write changes (the change history); may refuse the write by throwing.
   *
   * @param written the state with the new value
   * @param before the state before the write
   * @param next the new value
   * @param expected the expectation of the write
   * @return the state to commit
   */
  State afterWrite(State written, State before, Versioned<T> next, ExpectedRevision expected) {
    return written;
  }

  @SuppressWarnings("unchecked")
  private static Versioned<Object> untyped(Versioned<?> v) {
    return (Versioned<Object>) v;
  }

  @Override
  public List<Versioned<T>> saveAll(List<T> values) {
    Objects.requireNonNull(values, "values");
    List<Versioned<T>> written = new ArrayList<>(values.size());
    view.session().write(state -> {
      written.clear();
      Set<String> keys = new HashSet<>();
      State next = state;
      for (T value : values) {
        String key = table.key().apply(value);
        if (!keys.add(key)) {
          throw new IllegalArgumentException(kind() + " " + key + " appears twice in one bulk save");
        }
        Versioned<T> v = checkedWrite(next, value, ExpectedRevision.expectNew());
        written.add(v);
        State with = next.withTable(kind(), next.table(kind()).put(key, untyped(v)));
        next = afterWrite(with, next, v, ExpectedRevision.expectNew());
      }
      return next;
    });
    return List.copyOf(written);
  }

  @Override
  public Page<Versioned<T>> query(Query query) {
    query.requireApplicableTo(kind());
    State state = view.session().read();
    Predicate<T> matches = matcher(state, query);
    Optional<String> after = query.after().map(MemoryStore::decode);
    int limit = query.limit();
    List<Versioned<T>> items = new ArrayList<>(Math.min(limit, 1024));
    TreeMap<String, Versioned<Object>> rows = state.table(kind());
    boolean more = false;
    for (Tuple2<String, Versioned<Object>> row : rows) {
      if (after.isPresent() && row._1.compareTo(after.get()) <= 0) {
        continue;
      }
      if (matches.test(cast(row._2))) {
        if (items.size() == limit) {
          more = true;
          break;
        }
        items.add(typed(row._2));
      }
    }
    Optional<Cursor> next = more
        ? Optional.of(encode(table.key().apply(items.get(items.size() - 1).value())))
        : Optional.empty();
    return Page.of(items, next);
  }

  @Override
  public long count(Query query) {
    query.requireApplicableTo(kind());
    State state = view.session().read();
    Predicate<T> matches = matcher(state, query);
    long n = 0;
    for (Versioned<Object> row : state.table(kind()).values()) {
      if (matches.test(cast(row))) {
        n++;
      }
    }
    return n;
  }

  private Predicate<T> matcher(State state, Query q) {
    Predicate<T> p = v -> visible(state, v);
    if (q.subtree().isPresent()) {
      OrgId root = q.subtree().get();
      p = p.and(v -> inSubtree(state, root, v));
    }
    if (!q.statuses().isEmpty()) {
      p = p.and(v -> table.status().apply(v).map(q.statuses()::contains).orElse(false));
    }
    if (q.deadlineFrom().isPresent() || q.deadlineTo().isPresent()) {
      LocalDate from = q.deadlineFrom().orElse(LocalDate.MIN);
      LocalDate to = q.deadlineTo().orElse(LocalDate.MAX);
      p = p.and(v -> table.deadline().apply(v).map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false));
    }
    if (q.overdueAsOf().isPresent()) {
      LocalDate asOf = q.overdueAsOf().get();
      p = p.and(v -> table.deadline().apply(v).map(d -> d.isBefore(asOf)).orElse(false)
          && !table.status().apply(v).map(s -> s.isDone()).orElse(false));
    }
    if (q.leadLeader().isPresent()) {
      p = p.and(v -> table.leader().apply(v).equals(q.leadLeader()));
    }
    if (q.batch().isPresent()) {
      Predicate<OrgId> inBatch = batchMembers(state, q.batch().get());
      p = p.and(v -> table.unit().apply(v).map(inBatch::test).orElse(false));
    }
    return p;
  }

  /** Units of a batch: own assignment, else the nearest assigned ancestor's, in any campaign with the batch. */
  private static Predicate<OrgId> batchMembers(State state, BatchId batch) {
    List<Map<OrgId, BatchId>> plans = new ArrayList<>();
    for (Versioned<Object> row : state.table(AggregateKind.CAMPAIGN).values()) {
      Campaign campaign = (Campaign) row.value();
      if (campaign.batch(batch).isPresent()) {
        Map<OrgId, BatchId> own = new HashMap<>();
        for (BatchAssignment a : campaign.assignments()) {
          own.putIfAbsent(a.unit(), a.batch());
        }
        plans.add(own);
      }
    }
    int maxSteps = state.table(AggregateKind.ORGANISATION).size() + 1;
    return unit -> {
      for (Map<OrgId, BatchId> own : plans) {
        Optional<OrgId> current = Optional.of(unit);
        for (int steps = 0; current.isPresent() && steps < maxSteps; steps++) {
          BatchId assigned = own.get(current.get());
          if (assigned != null) {
            if (assigned.equals(batch)) {
              return true;
            }
            break;
          }
          if (state.organisation(current.get()).isEmpty()) {
            break;
          }
          current = state.organisation(current.get()).flatMap(Organisation::parentId);
        }
      }
      return false;
    };
  }

  private static Cursor encode(String key) {
    return Cursor.of(CURSOR_PREFIX
        + Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8)));
  }

  private static String decode(Cursor cursor) {
    String token = cursor.token();
    if (!token.startsWith(CURSOR_PREFIX)) {
      throw new IllegalArgumentException("not a cursor of the in-memory store: " + cursor);
    }
    try {
      return new String(Base64.getUrlDecoder().decode(token.substring(CURSOR_PREFIX.length())),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor of the in-memory store: " + cursor, e);
    }
  }
}
