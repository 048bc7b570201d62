package io.github.chuxin.examples.filestore;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ActivityStore;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Cursor;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.LeaderStore;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.PlanStore;
import io.github.chuxin.persistence.ProblemListStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.ScheduleStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import io.vavr.Tuple2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * The file store of one kind of aggregate, seen through one view (unit of work and scope): the
 * generic part every store of the SPI shares.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
abstract class FileStore<I extends Identifier, T> implements AggregateStore<I, T> {

  /** Cursors say whose they are, so that a cursor of another store is refused, not misread. */
  private static final String CURSOR_PREFIX = "file1:";

  final FileStorage.View view;
  final Kind<T> kind;
  private final Function<T, I> id;

  FileStore(FileStorage.View view, Kind<T> kind, Function<T, I> id) {
    this.view = view;
    this.kind = kind;
    this.id = id;
  }

  @Override
  public AggregateKind kind() {
    return kind.kind();
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
  static <T> Versioned<Object> untyped(Versioned<T> v) {
    return (Versioned<Object>) (Versioned<?>) v;
  }

  @SuppressWarnings("unchecked")
  final Versioned<T> typed(Versioned<Object> stored) {
    return (Versioned<T>) (Versioned<?>) stored;
  }

  // ---- scopes: a scoped view sees and writes only its subtree; shared kinds are read-only there ----

  final boolean visible(State state, T value) {
    Optional<OrgId> scope = view.scope();
    return scope.isEmpty() || kind.shared() || inSubtree(state, scope.get(), value);
  }

  /** Whether a value's unit lies in a subtree; an organisation by its parent, so a new one counts. */
  final boolean inSubtree(State state, OrgId root, T value) {
    if (value instanceof Organisation org) {
      return org.id().equals(root) || org.parentId().map(p -> state.isInSubtree(root, p)).orElse(false);
    }
    return kind.unit().apply(value).map(u -> state.isInSubtree(root, u)).orElse(false);
  }

  @Override
  public Optional<Versioned<T>> find(I key) {
    Objects.requireNonNull(key, "key");
    State state = view.read();
    return state.table(kind()).get(key.value()).toJavaOptional().map(this::typed)
        .filter(v -> visible(state, v.value()));
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
      Versioned<T> next = checkedWrite(state, value, expected);
      written.add(next);
      return staged(state, next, files, actor);
    });
    return written.get(0);
  }

  /**
   * Keeps the revision promise: returns what the write stores, or throws before anything is staged.
   * The revision is read from the state decoded from the files, under the commit lock.
   */
  final Versioned<T> checkedWrite(State state, T value, ExpectedRevision expected) {
    String key = kind.key().apply(value);
    Optional<OrgId> scope = view.scope();
    if (scope.isPresent() && (kind.shared() || !inSubtree(state, scope.get(), value))) {
      throw new ScopeViolationException(kind(), key, scope.get());
    }
    Optional<Versioned<Object>> stored = state.table(kind()).get(key).toJavaOptional();
    if (stored.isPresent() && scope.isPresent() && !visible(state, cast(stored.get()))) {
      throw new ScopeViolationException(kind(), key, scope.get()); // may not move an item into the scope either
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
   * after the scope and revision checks, under the commit lock, before anything is staged.
   *
   * @param state the state before the write (in a bulk save, with the list's earlier values)
   * @param value the value to write
   */
  void refuseInvalid(State state, T value) {
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
  State staged(State state, Versioned<T> next, Map<Path, byte[]> files, String actor) {
    String key = kind.key().apply(next.value());
    files.put(view.storage().fileOf(kind, key), view.storage().encode(next));
    return state.with(kind(), key, untyped(next));
  }

  @Override
  public List<Versioned<T>> saveAll(List<T> values) {
    Objects.requireNonNull(values, "values");
    List<Versioned<T>> written = new ArrayList<>(values.size());
    view.write((state, files) -> {
      written.clear();
      Set<String> keys = new HashSet<>();
      State next = state;
      for (T value : values) {
        if (!keys.add(kind.key().apply(value))) {
          throw new IllegalArgumentException(kind() + " " + kind.key().apply(value) + " appears twice in one bulk save");
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
    query.requireApplicableTo(kind());
    State state = view.read();
    Predicate<T> matches = matcher(state, query);
    Optional<String> after = query.after().map(FileStore::decode);
    List<Versioned<T>> items = new ArrayList<>();
    boolean more = false;
    // keyset paging: skip the keys up to the cursor's (a tree map would seek; a lazy skip is enough here)
    io.vavr.collection.Iterator<Tuple2<String, Versioned<Object>>> rows = state.table(kind()).iterator();
    if (after.isPresent()) {
      rows = rows.dropWhile(row -> row._1.compareTo(after.get()) <= 0);
    }
    for (Tuple2<String, Versioned<Object>> row : rows) {
      if (matches.test(cast(row._2))) {
        if (items.size() == query.limit()) {
          more = true;
          break;
        }
        items.add(typed(row._2));
      }
    }
    Optional<Cursor> next = more
        ? Optional.of(encode(kind.key().apply(items.get(items.size() - 1).value())))
        : Optional.empty();
    return Page.of(items, next);
  }

  @Override
  public long count(Query query) {
    query.requireApplicableTo(kind());
    State state = view.read();
    Predicate<T> matches = matcher(state, query);
    return state.table(kind()).values().count(row -> matches.test(cast(row)));
  }

  /** The query's criteria as one predicate, each reading the field {@link Kind} names. */
  private Predicate<T> matcher(State state, Query q) {
    Predicate<T> p = v -> visible(state, v);
    if (q.subtree().isPresent()) {
      OrgId root = q.subtree().get();
      p = p.and(v -> inSubtree(state, root, v));
    }
    if (!q.statuses().isEmpty()) {
      p = p.and(v -> kind.status().apply(v).map(q.statuses()::contains).orElse(false));
    }
    if (q.deadlineFrom().isPresent() || q.deadlineTo().isPresent()) {
      LocalDate from = q.deadlineFrom().orElse(LocalDate.MIN);
      LocalDate to = q.deadlineTo().orElse(LocalDate.MAX);
      p = p.and(v -> kind.deadline().apply(v).map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false));
    }
    if (q.overdueAsOf().isPresent()) {
      LocalDate asOf = q.overdueAsOf().get();
      p = p.and(v -> kind.deadline().apply(v).map(d -> d.isBefore(asOf)).orElse(false)
          && !kind.status().apply(v).map(s -> s.isDone()).orElse(false));
    }
    if (q.leadLeader().isPresent()) {
      p = p.and(v -> kind.leader().apply(v).equals(q.leadLeader()));
    }
    if (q.batch().isPresent()) {
      Predicate<OrgId> inBatch = batchMembers(state, q.batch().get());
      p = p.and(v -> kind.unit().apply(v).map(inBatch::test).orElse(false));
    }
    return p;
  }

  /** A unit is in a batch by its own assignment, else its nearest assigned ancestor's, in any campaign. */
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
          Optional<Organisation> org = state.organisation(current.get());
          if (org.isEmpty()) {
            break;
          }
          current = org.get().parentId();
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
      throw new IllegalArgumentException("not a cursor of the file store: " + cursor);
    }
    try {
      return new String(Base64.getUrlDecoder().decode(token.substring(CURSOR_PREFIX.length())),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor of the file store: " + cursor, e);
    }
  }

  // ---- the stores that add nothing to the generic shape ----

  static final class Organisations extends FileStore<OrgId, Organisation> implements OrganisationStore {
    Organisations(FileStorage.View view) {
      super(view, Kind.ORGANISATIONS, Organisation::id);
    }

    /**
     * Keeps the tree promise: a parent in the unit's own subtree is refused. Commits are serialised
     * by the commit lock and a unit of work holds it throughout, so of two racing moves the second
     * is checked against the state the first left. A parent not stored ends the walk: a missing
     * parent is not a cycle (a snapshot may save a child before its parent).
     */
    @Override
    void refuseInvalid(State state, Organisation value) {
      if (value.parentId().isPresent() && state.isInSubtree(value.id(), value.parentId().get())) {
        throw new TreeCycleException(value.id(), value.parentId().get());
      }
    }
  }

  static final class Campaigns extends FileStore<CampaignId, Campaign> implements CampaignStore {
    Campaigns(FileStorage.View view) {
      super(view, Kind.CAMPAIGNS, Campaign::id);
    }
  }

  static final class Problems extends FileStore<ProblemId, Problem> implements ProblemStore {
    Problems(FileStorage.View view) {
      super(view, Kind.PROBLEMS, Problem::id);
    }
  }

  static final class Specials extends FileStore<SpecialRectificationId, SpecialRectification>
      implements SpecialRectificationStore {
    Specials(FileStorage.View view) {
      super(view, Kind.SPECIALS, SpecialRectification::id);
    }
  }

  static final class Activities extends FileStore<ActivityId, Activity> implements ActivityStore {
    Activities(FileStorage.View view) {
      super(view, Kind.ACTIVITIES, Activity::id);
    }
  }

  static final class Leaders extends FileStore<LeaderId, Leader> implements LeaderStore {
    Leaders(FileStorage.View view) {
      super(view, Kind.LEADERS, Leader::id);
    }
  }

  static final class Plans extends FileStore<PlanId, ImplementationPlan> implements PlanStore {
    Plans(FileStorage.View view) {
      super(view, Kind.PLANS, ImplementationPlan::id);
    }
  }

  static final class Schedule extends FileStore<ScheduleItemKey, ScheduleItem> implements ScheduleStore {
    Schedule(FileStorage.View view) {
      super(view, Kind.SCHEDULE, ScheduleItemKey::of);
    }
  }

  static final class ProblemLists extends FileStore<ProblemListId, ProblemList> implements ProblemListStore {
    ProblemLists(FileStorage.View view) {
      super(view, Kind.PROBLEM_LISTS, ProblemList::id);
    }
  }
}
