package io.github.chuxin.examples.soak;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ImmutableActivity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.org.ImmutableOrganisation;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Cursor;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Snapshots;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.StorageFailureException;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A mixed workload run by several threads against one storage for a time budget, followed by a
 * check of the storage's invariants.
 *
 * <p>The campaign is saved with {@link Snapshots#save}; then every thread repeatedly picks one of
 * the operations of {@link Op}. Tree moves happen only inside a sandbox: the descendants of one
 * bureau-level unit {@code S}. Scoped reads are rooted only at units that are not strictly below
 * {@code S}, so the set of units inside a read's scope does not change while the tree moves, and
 * every record a scoped read returns can be checked against it.
 *
 * <p>At the end (single-threaded) the invariants are checked; the moved units are then put back
 * under their original parents, and the campaign, reloaded with {@link Snapshots#load}, must
 * validate with the same violations as before the run.
 */
final class SoakWorkload {

  /** The kinds of operation, with their weights in the mix. */
  enum Op {
    /** Read an item, change it, write it with the revision read; re-read and retry on conflict. */
    UPDATE(30),
    /** Move a sandbox unit under another; some attempts aim at the unit's own subtree (a cycle). */
    MOVE(15),
    /** A unit of work that updates an item, inserts activities and then throws. */
    FAILED_UNIT(8),
    /** A unit of work that updates an item, inserts activities and commits. */
    COMMITTED_UNIT(6),
    /** A bulk insert of new activities; one in four includes an id already stored and must fail whole. */
    BULK_SAVE(10),
    /** Reads through a scoped storage, every record checked against the scope's subtree. */
    SCOPED_READ(20),
    /** Reads an item's change history and checks its revisions. */
    HISTORY_READ(11);

    final int weight;

    Op(int weight) {
      this.weight = weight;
    }
  }

  /** How long and how wide to run. */
  record Settings(Duration duration, int threads, long seed, int minOpsPerThread) {}

  /** One invariant and whether it held. */
  record Check(String name, boolean held, String detail) {}

  /** One successful write of an item: the revision it produced and its (unique) actor. */
  private record Write(RectificationId item, long revision, String actor) {}

  /** The name of the check that the database's own rollbacks reach the caller through the SPI's exceptions. */
  static final String UNTRANSLATED_ROLLBACKS = "the database's rollbacks reach the caller as SPI exceptions";

  private static final int HOT_ITEMS = 4;
  private static final int MAX_ATTEMPTS = 200;
  private static final Clock VALIDATION_CLOCK = Clock.fixed(java.time.Instant.parse("2019-09-01T04:00:00Z"),
      java.time.ZoneOffset.UTC);

  private final String name;
  private final Storage storage;
  private final CampaignSnapshot snapshot;
  private final Settings settings;

  // the tree as saved, the sandbox and the stable scope roots
  private final Map<OrgId, Organisation> original = new LinkedHashMap<>();
  private final Map<OrgId, List<OrgId>> originalChildren = new HashMap<>();
  private OrgId sandboxRoot;
  private final List<OrgId> sandbox = new ArrayList<>();
  private final List<OrgId> scopeRoots = new ArrayList<>();
  private final Map<OrgId, Set<OrgId>> stableSubtrees = new HashMap<>();
  private final List<RectificationId> items = new ArrayList<>();
  private final Map<RectificationId, OrgId> itemUnits = new HashMap<>();
  private Activity activityTemplate;
  private ActivityId existingActivity;
  private boolean refusesCycles;
  private List<String> baselineViolations;

  // what happened
  private final Map<Op, LongAdder> attempts = new EnumMap<>(Op.class);
  private final Map<Op, LongAdder> completed = new EnumMap<>(Op.class);
  private final LongAdder conflicts = new LongAdder();
  private final LongAdder gaveUp = new LongAdder();
  private final LongAdder deliberateCycles = new LongAdder();
  private final LongAdder deliberateCyclesRefused = new LongAdder();
  private final LongAdder deliberateCyclesStored = new LongAdder();
  private final LongAdder racedMovesRefused = new LongAdder();
  private final LongAdder movesStored = new LongAdder();
  private final LongAdder bulkRecords = new LongAdder();
  private final LongAdder bulkRefused = new LongAdder();
  private final LongAdder bulkRefusalLeaks = new LongAdder();
  private final LongAdder failedUnitLeaks = new LongAdder();
  private final LongAdder scopedRecords = new LongAdder();
  private final LongAdder scopedOutside = new LongAdder();
  private final LongAdder scopedFinds = new LongAdder();
  private final LongAdder scopedFindLeaks = new LongAdder();
  private final LongAdder historyRecords = new LongAdder();
  private final LongAdder historyAnomalies = new LongAdder();
  private final LongAdder unexpected = new LongAdder();
  private final LongAdder untranslatedRollbacks = new LongAdder();
  private final ConcurrentLinkedQueue<String> rollbackSamples = new ConcurrentLinkedQueue<>();
  private final Map<StorageFailureException.Outcome, LongAdder> storageFailures =
      new EnumMap<>(StorageFailureException.Outcome.class);
  private final LongAdder unknownResolvedApplied = new LongAdder();
  private final LongAdder unknownResolvedNotApplied = new LongAdder();
  private final LongAdder unknownUnresolved = new LongAdder();
  private final LongAdder partialBulks = new LongAdder();
  private final ConcurrentLinkedQueue<String> unexpectedSamples = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> anomalySamples = new ConcurrentLinkedQueue<>();
  private final Map<RectificationId, LongAdder> successes = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ActivityId> mustExist = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ActivityId> mustNotExist = new ConcurrentLinkedQueue<>();
  private final AtomicInteger sequence = new AtomicInteger();

  private Duration elapsed = Duration.ZERO;
  private final List<Check> checks = new ArrayList<>();

  SoakWorkload(String name, Storage storage, CampaignSnapshot snapshot, Settings settings) {
    this.name = name;
    this.storage = storage;
    this.snapshot = snapshot;
    this.settings = settings;
    for (Op op : Op.values()) {
      attempts.put(op, new LongAdder());
      completed.put(op, new LongAdder());
    }
    for (StorageFailureException.Outcome outcome : StorageFailureException.Outcome.values()) {
      storageFailures.put(outcome, new LongAdder());
    }
  }

  /**
   * Saves the campaign, runs the workload for the budget, checks the invariants.
   *
   * @return this, for {@link #checks()} and {@link #summary()}
   */
  SoakWorkload run() throws InterruptedException {
    prepare();
    long start = System.nanoTime();
    long deadline = start + settings.duration().toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < settings.threads(); t++) {
      int thread = t;
      running.add(pool.submit(() -> {
        go.await();
        work(thread, deadline);
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        unexpected("worker", e.getCause());
      }
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    elapsed = Duration.ofNanos(System.nanoTime() - start);
    verify();
    return this;
  }

  List<Check> checks() {
    return List.copyOf(checks);
  }

  boolean refusesCycles() {
    return refusesCycles;
  }

  long operations() {
    return completed.values().stream().mapToLong(LongAdder::sum).sum();
  }

  long attempted(Op op) {
    return attempts.get(op).sum();
  }

  long conflicts() {
    return conflicts.sum();
  }

  // ---- setup ----

  private void prepare() {
    Snapshots.save(storage, snapshot);
    for (Organisation o : snapshot.organisations()) {
      original.put(o.id(), o);
      o.parentId().ifPresent(p -> originalChildren.computeIfAbsent(p, k -> new ArrayList<>()).add(o.id()));
    }
    OrgId root = snapshot.organisations().stream().filter(o -> o.parentId().isEmpty()).findFirst()
        .orElseThrow().id();
    // the sandbox: the child of the root with the largest subtree
    sandboxRoot = originalChildren.getOrDefault(root, List.of()).stream()
        .max(Comparator.comparingInt((OrgId c) -> descendants(originalChildren, c).size())
            .thenComparing(OrgId::value))
        .orElseThrow(() -> new IllegalStateException("the campaign's root has no children"));
    sandbox.addAll(descendants(originalChildren, sandboxRoot));
    sandbox.remove(sandboxRoot);
    Collections.sort(sandbox, Comparator.comparing(OrgId::value));
    if (sandbox.size() < 3) {
      throw new IllegalStateException("the sandbox below " + sandboxRoot + " is too small: " + sandbox);
    }
    for (OrgId unit : original.keySet()) {
      if (!sandbox.contains(unit)) {
        scopeRoots.add(unit);
        stableSubtrees.put(unit, descendants(originalChildren, unit));
      }
    }
    for (RectificationItem item : snapshot.rectifications()) {
      items.add(item.id());
      itemUnits.put(item.id(), item.responsibleUnit());
      successes.put(item.id(), new LongAdder());
    }
    items.sort(Comparator.comparing(RectificationId::value));
    if (items.isEmpty() || snapshot.activities().isEmpty()) {
      throw new IllegalStateException("the campaign needs rectification items and activities");
    }
    activityTemplate = snapshot.activities().get(0);
    existingActivity = activityTemplate.id();
    baselineViolations = violationCodes(snapshot);
    refusesCycles = probeCycleRefusal();
  }

  /** Tries once to hang the sandbox's root under its own child; puts it back if the store let it. */
  private boolean probeCycleRefusal() {
    OrgId child = originalChildren.get(sandboxRoot).get(0);
    Versioned<Organisation> s = storage.organisations().find(sandboxRoot).orElseThrow();
    try {
      Versioned<Organisation> moved = storage.organisations()
          .save(ImmutableOrganisation.copyOf(s.value()).withParentId(child), ExpectedRevision.of(s));
      storage.organisations().save(s.value(), ExpectedRevision.of(moved));
      return false;
    } catch (TreeCycleException refused) {
      return true;
    }
  }

  // ---- the workload ----

  private void work(int thread, long deadline) {
    SplittableRandom random = new SplittableRandom(settings.seed() * 31 + thread);
    int total = 0;
    for (Op op : Op.values()) {
      total += op.weight;
    }
    int done = 0;
    while (System.nanoTime() < deadline || done < settings.minOpsPerThread()) {
      int pick = random.nextInt(total);
      Op op = Op.values()[0];
      for (Op candidate : Op.values()) {
        if (pick < candidate.weight) {
          op = candidate;
          break;
        }
        pick -= candidate.weight;
      }
      attempts.get(op).increment();
      try {
        if (perform(op, thread, random)) {
          completed.get(op).increment();
        }
      } catch (StorageFailureException e) {
        // the storage itself failed and said so; the writes' accounting is done where they were made
        storageFailures.get(e.outcome()).increment();
      } catch (RuntimeException e) {
        if (rolledBackByTheDatabase(e)) {
          // a deadlock victim or serialisation failure: rolled back, so nothing was written, but the
          // adapter let it through as its own exception instead of the SPI's
          untranslatedRollbacks.increment();
          if (rollbackSamples.size() < 3) {
            rollbackSamples.add(op + ": " + chain(e));
          }
        } else {
          unexpected(op.name(), e);
        }
      }
      done++;
    }
  }

  private boolean perform(Op op, int thread, SplittableRandom random) {
    return switch (op) {
      case UPDATE -> update(thread, random);
      case MOVE -> move(random);
      case FAILED_UNIT -> storage.supports(Capability.TRANSACTIONS) && failedUnit(thread, random);
      case COMMITTED_UNIT -> storage.supports(Capability.TRANSACTIONS) && committedUnit(thread, random);
      case BULK_SAVE -> bulkSave(thread, random);
      case SCOPED_READ -> storage.supports(Capability.SCOPED_READS) && scopedRead(random);
      case HISTORY_READ -> storage.supports(Capability.CHANGE_HISTORY) && historyRead(random);
    };
  }

  private RectificationId pickItem(SplittableRandom random) {
    return random.nextInt(10) < 7 ? items.get(random.nextInt(Math.min(HOT_ITEMS, items.size())))
        : items.get(random.nextInt(items.size()));
  }

  private String actor(int thread) {
    return "soak-t" + thread + "-" + sequence.incrementAndGet();
  }

  private boolean update(int thread, SplittableRandom random) {
    RectificationId id = pickItem(random);
    String actor = actor(thread);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Versioned<RectificationItem> read = storage.rectifications().find(id).orElseThrow();
      try {
        Versioned<RectificationItem> written = storage.rectifications()
            .save(ImmutableRectificationItem.copyOf(read.value()).withProgress(actor), ExpectedRevision.of(read), actor);
        succeeded(id, written.revision(), actor);
        return true;
      } catch (ConcurrencyConflictException e) {
        conflicts.increment();
      } catch (StorageFailureException e) {
        storageFailures.get(e.outcome()).increment();
        Optional<Boolean> applied = applied(e, id, actor);
        if (applied.isEmpty()) {
          return false;
        }
        if (applied.get()) {
          return true;
        }
      }
    }
    gaveUp.increment();
    return false;
  }

  /**
   * Finds out whether a write that failed in the storage was applied: not for NOT_APPLIED; for
   * UNKNOWN, by looking for the write's unique actor in the item's history (or its progress note).
   * A write found applied is counted as a success.
   *
   * @return whether it was applied, or empty if that cannot be told
   */
  private Optional<Boolean> applied(StorageFailureException e, RectificationId id, String actor) {
    if (e.outcome() == StorageFailureException.Outcome.NOT_APPLIED) {
      return Optional.of(false);
    }
    Optional<ChangeRecord> mine = Optional.empty();
    if (storage.supports(Capability.CHANGE_HISTORY)) {
      mine = storage.rectifications().history(id).stream().filter(r -> r.actor().equals(actor)).findFirst();
    } else {
      Versioned<RectificationItem> now = storage.rectifications().find(id).orElseThrow();
      if (now.value().progress().equals(Optional.of(actor))) {
        mine = Optional.of(new ChangeRecord(id, now.revision(), actor, java.time.Instant.EPOCH, ChangeKind.UPDATED, ""));
      } else {
        unknownUnresolved.increment();
        anomaly("cannot tell whether the write of " + id + " by " + actor + " was applied");
        return Optional.empty();
      }
    }
    if (mine.isPresent()) {
      unknownResolvedApplied.increment();
      succeeded(id, mine.get().revision(), actor);
      return Optional.of(true);
    }
    unknownResolvedNotApplied.increment();
    return Optional.of(false);
  }

  private void succeeded(RectificationId id, Revision revision, String actor) {
    successes.get(id).increment();
    writes.add(new Write(id, revision.value(), actor));
  }

  private boolean move(SplittableRandom random) {
    Map<OrgId, Versioned<Organisation>> tree = new HashMap<>();
    readAll(storage.organisations(), Query.all(), v -> tree.put(v.value().id(), v));
    Map<OrgId, List<OrgId>> children = new HashMap<>();
    tree.values().forEach(v -> v.value().parentId()
        .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(v.value().id())));
    OrgId unit = sandbox.get(random.nextInt(sandbox.size()));
    Versioned<Organisation> read = tree.get(unit);
    Set<OrgId> own = descendants(children, unit);
    List<OrgId> below = own.stream().filter(u -> !u.equals(unit)).sorted(Comparator.comparing(OrgId::value)).toList();
    boolean deliberate = refusesCycles && !below.isEmpty() && random.nextInt(3) == 0;
    OrgId parent;
    if (deliberate) {
      parent = below.get(random.nextInt(below.size()));
      deliberateCycles.increment();
    } else {
      List<OrgId> targets = new ArrayList<>();
      targets.add(sandboxRoot);
      targets.addAll(sandbox);
      targets.removeAll(own);
      read.value().parentId().ifPresent(targets::remove);
      if (targets.isEmpty()) {
        return false;
      }
      parent = targets.get(random.nextInt(targets.size()));
    }
    try {
      storage.organisations().save(ImmutableOrganisation.copyOf(read.value()).withParentId(parent),
          ExpectedRevision.of(read));
      if (deliberate) {
        // legal if a concurrent move took the target out of the unit's subtree after the read (the
        // unit's own revision does not change then); the final check of the stored links decides
        deliberateCyclesStored.increment();
      } else {
        movesStored.increment();
      }
      return true;
    } catch (ConcurrencyConflictException e) {
      conflicts.increment();
      return false;
    } catch (TreeCycleException e) {
      (deliberate ? deliberateCyclesRefused : racedMovesRefused).increment();
      return true;
    }
  }

  private List<Activity> newActivities(String prefix, int count, SplittableRandom random) {
    List<OrgId> units = new ArrayList<>(original.keySet());
    List<Activity> fresh = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      fresh.add(ImmutableActivity.copyOf(activityTemplate).withId(ActivityId.of(prefix + "-" + i))
          .withUnit(units.get(random.nextInt(units.size()))));
    }
    return fresh;
  }

  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super("the soak aborts this unit of work on purpose", null, false, false);
    }
  }

  private boolean failedUnit(int thread, SplittableRandom random) {
    String actor = actor(thread);
    List<Activity> fresh = newActivities("soak-failed-" + actor, 1 + random.nextInt(5), random);
    fresh.forEach(a -> mustNotExist.add(a.id()));
    RectificationId id = pickItem(random);
    boolean bulk = storage.supports(Capability.BULK_SAVE);
    try {
      storage.inTransaction(tx -> {
        Versioned<RectificationItem> read = tx.rectifications().find(id).orElseThrow();
        tx.rectifications().save(ImmutableRectificationItem.copyOf(read.value()).withProgress(actor),
            ExpectedRevision.of(read), actor);
        if (bulk) {
          tx.activities().saveAll(fresh);
        } else {
          fresh.forEach(a -> tx.activities().save(a, ExpectedRevision.expectNew()));
        }
        throw new Abort();
      });
    } catch (Abort expected) {
      // the point of the exercise
    } catch (ConcurrencyConflictException e) {
      conflicts.increment();
    } catch (StorageFailureException e) {
      // the work never returned, so nothing may have been committed whatever the outcome says
      storageFailures.get(e.outcome()).increment();
    }
    for (Activity a : fresh) {
      if (storage.activities().find(a.id()).isPresent()) {
        failedUnitLeaks.increment();
        anomaly("activity " + a.id() + " of an aborted unit of work is stored");
      }
    }
    return true;
  }

  private boolean committedUnit(int thread, SplittableRandom random) {
    String actor = actor(thread);
    RectificationId id = pickItem(random);
    boolean bulk = storage.supports(Capability.BULK_SAVE);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      List<Activity> fresh = newActivities("soak-unit-" + actor + "-" + attempt, 1 + random.nextInt(3), random);
      try {
        Revision revision = storage.inTransaction(tx -> {
          Versioned<RectificationItem> read = tx.rectifications().find(id).orElseThrow();
          Versioned<RectificationItem> written = tx.rectifications().save(
              ImmutableRectificationItem.copyOf(read.value()).withProgress(actor), ExpectedRevision.of(read), actor);
          if (bulk) {
            tx.activities().saveAll(fresh);
          } else {
            fresh.forEach(a -> tx.activities().save(a, ExpectedRevision.expectNew()));
          }
          return written.revision();
        });
        succeeded(id, revision, actor);
        fresh.forEach(a -> mustExist.add(a.id()));
        return true;
      } catch (ConcurrencyConflictException e) {
        conflicts.increment();
        fresh.forEach(a -> mustNotExist.add(a.id()));
      } catch (StorageFailureException e) {
        storageFailures.get(e.outcome()).increment();
        Optional<Boolean> applied = applied(e, id, actor);
        if (applied.isEmpty()) {
          return false;
        }
        fresh.forEach(a -> (applied.get() ? mustExist : mustNotExist).add(a.id()));
        if (applied.get()) {
          return true;
        }
      }
    }
    gaveUp.increment();
    return false;
  }

  private boolean bulkSave(int thread, SplittableRandom random) {
    if (!storage.supports(Capability.BULK_SAVE)) {
      return false;
    }
    List<Activity> fresh = new ArrayList<>(newActivities("soak-bulk-" + actor(thread), 1 + random.nextInt(20), random));
    boolean doomed = random.nextInt(4) == 0;
    if (doomed) {
      // an id that is already stored, somewhere in the list: the whole call must be refused
      fresh.add(random.nextInt(fresh.size() + 1), ImmutableActivity.copyOf(activityTemplate).withId(existingActivity));
    }
    try {
      storage.activities().saveAll(fresh);
      if (doomed) {
        bulkRefusalLeaks.increment();
        anomaly("a bulk save with the stored id " + existingActivity + " was accepted");
      } else {
        fresh.forEach(a -> mustExist.add(a.id()));
        bulkRecords.add(fresh.size());
      }
      return true;
    } catch (ConcurrencyConflictException e) {
      if (!doomed) {
        throw e;
      }
      bulkRefused.increment();
      fresh.stream().map(Activity::id).filter(a -> !a.equals(existingActivity)).forEach(mustNotExist::add);
      return true;
    } catch (StorageFailureException e) {
      storageFailures.get(e.outcome()).increment();
      List<ActivityId> ids = fresh.stream().map(Activity::id).filter(a -> !a.equals(existingActivity)).toList();
      long stored = ids.stream().filter(a -> storage.activities().find(a).isPresent()).count();
      if (stored != 0 && (stored != ids.size() || doomed)) {
        partialBulks.increment();
        anomaly("a failed bulk save left " + stored + " of its " + ids.size() + " records");
      }
      if (e.outcome() == StorageFailureException.Outcome.NOT_APPLIED && stored != 0) {
        anomaly("a bulk save said NOT_APPLIED but left " + stored + " records");
        partialBulks.increment();
      }
      ids.forEach(stored == 0 ? mustNotExist::add : mustExist::add);
      if (stored != 0 && !doomed) {
        bulkRecords.add(ids.size());
      }
      return false;
    }
  }

  private boolean scopedRead(SplittableRandom random) {
    OrgId root = scopeRoots.get(random.nextInt(scopeRoots.size()));
    Set<OrgId> inside = stableSubtrees.get(root);
    Storage scoped = storage.scopedTo(root);
    readAll(scoped.rectifications(), Query.all(), v -> seen(root, inside, v.value().responsibleUnit(), v.value().id()));
    readAll(scoped.organisations(), Query.all(), v -> seen(root, inside, v.value().id(), v.value().id()));
    readAll(scoped.activities(), Query.all(), v -> seen(root, inside, v.value().unit(), v.value().id()));
    // a find of an item outside the scope must come back empty, and so must its history
    List<RectificationId> outside = items.stream().filter(i -> !inside.contains(itemUnits.get(i))).toList();
    if (!outside.isEmpty()) {
      RectificationId other = outside.get(random.nextInt(outside.size()));
      scopedFinds.increment();
      if (scoped.rectifications().find(other).isPresent()) {
        scopedFindLeaks.increment();
        anomaly("a read scoped to " + root + " found item " + other + " of unit " + itemUnits.get(other));
      }
      if (storage.supports(Capability.CHANGE_HISTORY) && !scoped.rectifications().history(other).isEmpty()) {
        scopedFindLeaks.increment();
        anomaly("a read scoped to " + root + " saw the history of item " + other);
      }
    }
    return true;
  }

  private void seen(OrgId root, Set<OrgId> inside, OrgId unit, Object record) {
    scopedRecords.increment();
    if (!inside.contains(unit)) {
      scopedOutside.increment();
      anomaly("a read scoped to " + root + " returned " + record + " of unit " + unit);
    }
  }

  private boolean historyRead(SplittableRandom random) {
    RectificationId id = pickItem(random);
    long atLeast = 1 + successes.get(id).sum();
    List<ChangeRecord> history = storage.rectifications().history(id);
    historyRecords.add(history.size());
    String problem = historyProblem(id, history);
    if (problem == null && history.size() < atLeast) {
      problem = "history of " + id + " has " + history.size() + " records, but " + atLeast + " writes had succeeded";
    }
    if (problem != null) {
      historyAnomalies.increment();
      anomaly(problem);
    }
    return true;
  }

  /** The history's revisions must be 1, 2, ... n in order, the first a creation. */
  private static String historyProblem(RectificationId id, List<ChangeRecord> history) {
    for (int i = 0; i < history.size(); i++) {
      ChangeRecord r = history.get(i);
      if (r.revision().value() != i + 1 || !r.item().equals(id)) {
        return "history of " + id + ": record " + i + " is " + r.item() + " " + r.revision();
      }
    }
    if (!history.isEmpty() && history.get(0).kind() != ChangeKind.CREATED) {
      return "history of " + id + " does not start with its creation";
    }
    return null;
  }

  // ---- the invariants ----

  private void verify() {
    // 1. revision = 1 + successful writes, per item
    List<String> wrongRevisions = new ArrayList<>();
    long totalWrites = 0;
    for (RectificationId id : items) {
      long expected = 1 + successes.get(id).sum();
      totalWrites += expected - 1;
      long stored = storage.rectifications().find(id).orElseThrow().revision().value();
      if (stored != expected) {
        wrongRevisions.add(id.value() + ": r" + stored + " after " + (expected - 1) + " successful writes");
      }
    }
    check("revision = 1 + successful writes, per item", wrongRevisions.isEmpty(),
        items.size() + " items, " + totalWrites + " successful writes" + detail(wrongRevisions));

    // 2. the history holds every change once
    if (storage.supports(Capability.CHANGE_HISTORY)) {
      List<String> wrongHistories = new ArrayList<>();
      Map<RectificationId, List<ChangeRecord>> histories = new HashMap<>();
      for (RectificationId id : items) {
        List<ChangeRecord> history = storage.rectifications().history(id);
        histories.put(id, history);
        String problem = historyProblem(id, history);
        if (problem != null) {
          wrongHistories.add(problem);
        } else if (history.size() != 1 + successes.get(id).sum()) {
          wrongHistories.add(id.value() + ": " + history.size() + " records for " + (1 + successes.get(id).sum())
              + " writes");
        }
      }
      Map<String, Integer> actorCounts = new HashMap<>();
      histories.values().forEach(h -> h.forEach(r -> actorCounts.merge(r.actor(), 1, Integer::sum)));
      for (Write w : writes) {
        List<ChangeRecord> history = histories.get(w.item());
        boolean found = history.size() >= w.revision()
            && history.get((int) w.revision() - 1).actor().equals(w.actor());
        if (!found || actorCounts.getOrDefault(w.actor(), 0) != 1) {
          wrongHistories.add(w.item().value() + " r" + w.revision() + " by " + w.actor() + " is "
              + (found ? "recorded " + actorCounts.get(w.actor()) + " times" : "missing"));
        }
      }
      check("history holds every change once", wrongHistories.isEmpty() && historyAnomalies.sum() == 0,
          writes.size() + " changes looked up, " + historyRecords.sum() + " records read during the run, "
              + historyAnomalies.sum() + " anomalies during the run" + detail(wrongHistories));
    }

    // 3. no cycle in the stored parent links
    Map<OrgId, Optional<OrgId>> parents = new HashMap<>();
    readAll(storage.organisations(), Query.all(), v -> parents.put(v.value().id(), v.value().parentId()));
    List<String> cycles = cycles(parents);
    String refusal = refusesCycles
        ? deliberateCycles.sum() + " deliberate cycle moves, " + deliberateCyclesRefused.sum() + " refused, "
            + deliberateCyclesStored.sum() + " stored (their target had been moved out meanwhile); "
            + racedMovesRefused.sum() + " moves refused because a"
            + " concurrent move had made them cycles"
        : "the store does NOT refuse a cycle yet (the probe's move was stored and put back):"
            + " no deliberate cycle moves were made";
    check("no cycle in stored parent links", cycles.isEmpty(),
        movesStored.sum() + " moves stored; " + refusal + detail(cycles));

    // 4. scoped reads
    if (storage.supports(Capability.SCOPED_READS)) {
      check("no scoped read saw a record outside its scope", scopedOutside.sum() == 0 && scopedFindLeaks.sum() == 0,
          scopedRecords.sum() + " records checked, " + scopedOutside.sum() + " outside; " + scopedFinds.sum()
              + " finds outside the scope, " + scopedFindLeaks.sum() + " answered");
    }

    // 5. failed units of work and refused bulk saves left nothing; committed ones everything
    List<String> leftovers = new ArrayList<>();
    for (ActivityId id : mustNotExist) {
      if (storage.activities().find(id).isPresent()) {
        leftovers.add(id.value() + " is stored");
      }
    }
    for (ActivityId id : mustExist) {
      if (storage.activities().find(id).isEmpty()) {
        leftovers.add(id.value() + " is missing");
      }
    }
    long stored = storage.activities().count(Query.all());
    long expectedActivities = snapshot.activities().size() + mustExist.size();
    if (stored != expectedActivities) {
      leftovers.add(stored + " activities stored, " + expectedActivities + " expected");
    }
    check("failed units of work and refused bulk saves left nothing",
        leftovers.isEmpty() && failedUnitLeaks.sum() == 0 && bulkRefusalLeaks.sum() == 0 && partialBulks.sum() == 0,
        mustNotExist.size() + " ids of aborted units and refused bulk saves absent, " + mustExist.size()
            + " committed ids present, " + stored + " activities, " + partialBulks.sum() + " partial bulk saves"
            + detail(leftovers));

    // 6. put the moved units back, reload, validate as before
    List<String> restoreProblems = restore();
    CampaignSnapshot loaded = Snapshots.load(storage, snapshot.campaign().id());
    List<String> codes = violationCodes(loaded);
    boolean treeBack = new HashSet<>(loaded.organisations()).equals(new HashSet<>(snapshot.organisations()));
    check("the campaign reloads via Snapshots.load and validates as it did",
        restoreProblems.isEmpty() && treeBack && codes.equals(baselineViolations)
            && loaded.rectifications().size() == snapshot.rectifications().size(),
        "violations before " + summarise(baselineViolations) + ", after " + summarise(codes) + "; tree restored: "
            + treeBack + detail(restoreProblems));

    check(UNTRANSLATED_ROLLBACKS, untranslatedRollbacks.sum() == 0,
        untranslatedRollbacks.sum() + " transactions rolled back by the database (SQLState 40xxx, e.g. deadlock)"
            + " reached the caller as another exception than ConcurrencyConflictException or"
            + " StorageFailureException" + detail(new ArrayList<>(rollbackSamples)));

    check("no unexpected exception", unexpected.sum() == 0 && gaveUp.sum() == 0 && unknownUnresolved.sum() == 0,
        unexpected.sum() + " unexpected exceptions, " + gaveUp.sum() + " writes gave up after " + MAX_ATTEMPTS
            + " conflicts, " + unknownUnresolved.sum() + " writes of unknown outcome left unresolved"
            + detail(new ArrayList<>(unexpectedSamples)));
  }

  /** Puts every sandbox unit back under its original parent, top-down, so no step makes a cycle. */
  private List<String> restore() {
    List<String> problems = new ArrayList<>();
    Map<OrgId, Integer> depth = new HashMap<>();
    for (OrgId unit : sandbox) {
      int d = 0;
      for (Optional<OrgId> p = original.get(unit).parentId(); p.isPresent(); p = original.get(p.get()).parentId()) {
        d++;
      }
      depth.put(unit, d);
    }
    List<OrgId> order = new ArrayList<>(sandbox);
    order.sort(Comparator.comparing(depth::get));
    for (OrgId unit : order) {
      Versioned<Organisation> read = storage.organisations().find(unit).orElseThrow();
      if (!read.value().equals(original.get(unit))) {
        try {
          storage.organisations().save(original.get(unit), ExpectedRevision.of(read));
        } catch (RuntimeException e) {
          problems.add("putting " + unit + " back failed: " + e);
        }
      }
    }
    return problems;
  }

  private static List<String> cycles(Map<OrgId, Optional<OrgId>> parents) {
    List<String> found = new ArrayList<>();
    for (OrgId start : parents.keySet()) {
      Set<OrgId> path = new HashSet<>();
      Optional<OrgId> current = Optional.of(start);
      while (current.isPresent()) {
        if (!path.add(current.get())) {
          found.add(start.value() + " reaches itself through " + current.get().value());
          break;
        }
        current = parents.getOrDefault(current.get(), Optional.empty());
      }
    }
    return found;
  }

  private static List<String> violationCodes(CampaignSnapshot campaign) {
    return Validator.defaults().report(campaign, VALIDATION_CLOCK).violations().map(Violation::code)
        .sorted().toJavaList();
  }

  private static String summarise(List<String> codes) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    codes.forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts.isEmpty() ? "none" : counts.toString();
  }

  private void check(String what, boolean held, String detail) {
    checks.add(new Check(what, held, detail));
  }

  private static String detail(List<String> problems) {
    return problems.isEmpty() ? "" : "; e.g. " + problems.subList(0, Math.min(5, problems.size()));
  }

  private void anomaly(String text) {
    if (anomalySamples.size() < 20) {
      anomalySamples.add(text);
    }
  }

  private void unexpected(String where, Throwable e) {
    unexpected.increment();
    if (unexpectedSamples.size() < 5) {
      unexpectedSamples.add(where + ": " + chain(e));
    }
  }

  private static String chain(Throwable e) {
    StringBuilder text = new StringBuilder(firstLine(e));
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      text.append(" <- ").append(firstLine(cause));
    }
    return text.toString();
  }

  private static boolean rolledBackByTheDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLTransactionRollbackException
          || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(Throwable e) {
    String text = e.toString();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end) + " ...";
  }

  private static Set<OrgId> descendants(Map<OrgId, List<OrgId>> children, OrgId root) {
    Set<OrgId> found = new HashSet<>();
    List<OrgId> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      OrgId next = todo.remove(todo.size() - 1);
      if (found.add(next)) {
        todo.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return found;
  }

  private static <T> void readAll(AggregateStore<?, T> store, Query first,
      java.util.function.Consumer<Versioned<T>> sink) {
    Query query = Query.builder().from(first).limit(Query.MAX_LIMIT).build();
    Optional<Cursor> cursor = Optional.empty();
    do {
      Page<Versioned<T>> page = store.query(cursor.map(query::continuedAfter).orElse(query));
      page.items().forEach(sink);
      cursor = page.next();
    } while (cursor.isPresent());
  }

  // ---- the report ----

  /**
   * Returns the summary: duration, operations per kind, conflicts, refusals and the invariants.
   *
   * @return several lines of text
   */
  String summary() {
    StringBuilder out = new StringBuilder();
    out.append("store ").append(name).append(": ").append(settings.threads()).append(" threads, ")
        .append(String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0))
        .append(" (budget ").append(settings.duration()).append("), ")
        .append(snapshot.organisations().size()).append(" units (sandbox of ").append(sandbox.size())
        .append(" below ").append(sandboxRoot.value()).append("), ").append(items.size()).append(" items\n");
    out.append("  operations: ").append(operations()).append(" completed of ")
        .append(attempts.values().stream().mapToLong(LongAdder::sum).sum()).append(" attempted\n");
    for (Op op : Op.values()) {
      out.append(String.format(java.util.Locale.ROOT, "    %-15s %9d attempted %9d completed%n", op,
          attempts.get(op).sum(), completed.get(op).sum()));
    }
    out.append("  conflicts (re-read and retried): ").append(conflicts.sum()).append("\n");
    out.append("  refusals: ").append(deliberateCyclesRefused.sum()).append(" of ").append(deliberateCycles.sum())
        .append(" deliberate cycle moves, ").append(racedMovesRefused.sum())
        .append(" moves made cycles by a concurrent move, ").append(bulkRefused.sum())
        .append(" bulk saves with a stored id; store refuses cycles: ").append(refusesCycles).append("\n");
    out.append("  storage failures (StorageFailureException): ")
        .append(storageFailures.get(StorageFailureException.Outcome.NOT_APPLIED).sum()).append(" not applied, ")
        .append(storageFailures.get(StorageFailureException.Outcome.UNKNOWN).sum()).append(" of unknown outcome (")
        .append(unknownResolvedApplied.sum()).append(" found applied, ").append(unknownResolvedNotApplied.sum())
        .append(" found not applied, by the write's actor)\n");
    out.append("  bulk-saved activities: ").append(bulkRecords.sum()).append("; scoped records checked: ")
        .append(scopedRecords.sum()).append("; history records read: ").append(historyRecords.sum()).append("\n");
    out.append("  invariants:\n");
    for (Check c : checks) {
      out.append("    [").append(c.held() ? "held" : "BROKEN").append("] ").append(c.name()).append(" -- ")
          .append(c.detail()).append("\n");
    }
    if (!anomalySamples.isEmpty()) {
      out.append("  anomalies seen: ").append(anomalySamples).append("\n");
    }
    return out.toString();
  }
}
