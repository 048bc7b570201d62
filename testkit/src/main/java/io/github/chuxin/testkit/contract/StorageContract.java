package io.github.chuxin.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Criterion;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.HistoryRewriteException;
import io.github.chuxin.persistence.ImmutableQuery;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.UnsupportedCapabilityException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import io.github.chuxin.testkit.fixtures.Fixtures;
import io.github.chuxin.activity.Activity;
import io.github.chuxin.special.SpecialRectification;
import org.quicktheories.core.Gen;

/**
 * The storage contract kit 存儲契約 (存储契约): every test a {@link Storage} must pass.
 *
 * <p>An adapter proves itself with one class:
 * <pre>{@code
 * class JdbcStorageContractTest extends StorageContract {
 *   @Override
 *   protected Storage createStorage() {
 *     return JdbcStorage.create(dataSource, clock);
 *   }
 * }
 * }</pre>
 * {@link #createStorage()} is called before every test; it may return the same storage each time,
 * since every test writes under fresh random ids and looks only at its own data. Tests that need
 * a capability the storage does not declare are skipped (assumptions), and the group
 * {@link Capabilities} checks that undeclared capabilities are refused with
 * {@link UnsupportedCapabilityException}. Property tests use QuickTheories with a modest number
 * of examples; the whole kit runs in seconds against the in-memory store.
 *
 * <p>Reliability and security: eight threads retrying on conflict lose no update and leave each
 * change once in the history; no write, alone or racing another, stores a cycle in the tree
 * ({@link TreeCycleException}); an exception or a refused write at a random point of a unit of
 * work leaves every store as it was; {@link HostileText} (quotes, SQL comments, NUL, right-to-left
 * marks, emoji, CJK Extensions B to G) comes back unchanged from saves, finds, queries and the
 * history; a scoped view of a generated campaign never shows a record outside its subtree. These
 * tests print their figures (threads, operations, conflicts seen, cases tried) through
 * {@link #report}, one line each starting {@code [storage-contract]}.
 */
public abstract class StorageContract {

  /** The number of threads of the concurrency tests: at least 8, whatever the number of cores. */
  static final int WRITERS = 8;

  private Storage storage;
  private Samples samples;

  /**
   * Creates the constructor for subclasses.
   */
  protected StorageContract() {
  }

  /**
   * Supplies the storage under test; called before every test.
   *
   * @return the storage, possibly the same instance every time
   */
  protected abstract Storage createStorage();

  /**
   * Returns the storage of the current test.
   *
   * @return the storage
   */
  protected final Storage storage() {
    return storage;
  }

  /**
   * Prepares the storage and a fresh id space for one test.
   */
  @BeforeEach
  final void prepareStorage() {
    storage = createStorage();
    samples = new Samples();
  }

  private Organisation storedRoot() {
    Organisation root = samples.organisation(Optional.empty(), OrgKind.MUNICIPAL_COMMITTEE);
    storage.organisations().save(root, ExpectedRevision.expectNew());
    return root;
  }

  private Dataset storedDataset(int items, int others) {
    Dataset data = samples.dataset(items, others);
    data.storeInto(storage);
    return data;
  }

  /**
   * Prints a figure of a test (threads, operations, conflicts seen, cases tried) to standard
   * output, naming the storage, so that a run's figures can be quoted.
   *
   * @param format the figure, a {@link String#format} pattern
   * @param args its arguments
   */
  protected void report(String format, Object... args) {
    System.out.println("[storage-contract] " + storage.getClass().getSimpleName() + " (" + getClass().getSimpleName()
        + "): " + String.format(java.util.Locale.ROOT, format, args));
  }

  private void requireCapability(Capability capability) {
    assumeTrue(storage.supports(capability), "the storage does not declare " + capability);
  }

  static <T> List<Versioned<T>> readAll(AggregateStore<?, T> store, Query query) {
    List<Versioned<T>> all = new ArrayList<>();
    Query q = query;
    for (int pages = 0; ; pages++) {
      Page<Versioned<T>> page = store.query(q);
      assertThat(page.items()).as("a page holds at most the query's limit").hasSizeLessThanOrEqualTo(q.limit());
      all.addAll(page.items());
      if (page.next().isEmpty()) {
        return all;
      }
      assertThat(pages).as("paging ends").isLessThan(1_000_000);
      q = q.continuedAfter(page.next().get());
    }
  }

  static <T> List<String> ids(AggregateStore<?, T> store, List<Versioned<T>> values) {
    return values.stream().map(v -> store.idOf(v.value()).value()).toList();
  }

  private static <I extends Identifier, T> Stream<DynamicTest> forEachCase(CaseTest test) {
    return AggregateCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> test.run(c)));
  }

  @FunctionalInterface
  private interface CaseTest {
    void run(AggregateCase<?, ?> c) throws Exception;
  }

  /** Every aggregate reads back as written. */
  @Nested
  @DisplayName("round trips")
  class RoundTrips {

    @TestFactory
    Stream<DynamicTest> aNewAggregateReadsBackEqualAtRevisionOne() {
      return forEachCase(c -> insertAndRead(c));
    }

    private <I extends Identifier, T> void insertAndRead(AggregateCase<I, T> c) {
      OrgId unit = storedRoot().id();
      T value = c.sampleIn(samples, unit);
      AggregateStore<I, T> store = c.in(storage);
      Versioned<T> written = store.save(value, ExpectedRevision.expectNew());
      assertThat(written).isEqualTo(Versioned.of(value, Revision.first()));
      assertThat(store.find(store.idOf(value))).contains(Versioned.of(value, Revision.first()));
    }

    @TestFactory
    Stream<DynamicTest> anUpdateReadsBackWithTheNextRevision() {
      return forEachCase(c -> updateAndRead(c));
    }

    private <I extends Identifier, T> void updateAndRead(AggregateCase<I, T> c) {
      OrgId unit = storedRoot().id();
      AggregateStore<I, T> store = c.in(storage);
      Versioned<T> first = store.save(c.sampleIn(samples, unit), ExpectedRevision.expectNew());
      T changed = c.changed(first.value());
      Versioned<T> second = store.save(changed, ExpectedRevision.of(first));
      assertThat(second.revision()).isEqualTo(Revision.of(2));
      assertThat(store.find(store.idOf(changed))).contains(Versioned.of(changed, Revision.of(2)));
    }

    @TestFactory
    Stream<DynamicTest> anUnknownIdIsNotFound() {
      return forEachCase(c -> unknown(c));
    }

    private <I extends Identifier, T> void unknown(AggregateCase<I, T> c) {
      OrgId unit = storedRoot().id();
      AggregateStore<I, T> store = c.in(storage);
      assertThat(store.find(store.idOf(c.sampleIn(samples, unit)))).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> aBulkSaveStoresEveryAggregateAtRevisionOne() {
      return forEachCase(c -> bulk(c));
    }

    private <I extends Identifier, T> void bulk(AggregateCase<I, T> c) {
      requireCapability(Capability.BULK_SAVE);
      OrgId unit = storedRoot().id();
      AggregateStore<I, T> store = c.in(storage);
      List<T> values = Stream.generate(() -> c.sampleIn(samples, unit)).limit(25).toList();
      List<Versioned<T>> written = store.saveAll(values);
      assertThat(written).extracting(Versioned::value).containsExactlyElementsOf(values);
      for (T v : values) {
        assertThat(store.find(store.idOf(v))).contains(Versioned.of(v, Revision.first()));
      }
    }

    @TestFactory
    Stream<DynamicTest> aBulkSaveWithOneExistingAggregateStoresNothing() {
      return forEachCase(c -> bulkConflict(c));
    }

    private <I extends Identifier, T> void bulkConflict(AggregateCase<I, T> c) {
      requireCapability(Capability.BULK_SAVE);
      OrgId unit = storedRoot().id();
      AggregateStore<I, T> store = c.in(storage);
      T existing = c.sampleIn(samples, unit);
      store.save(existing, ExpectedRevision.expectNew());
      List<T> fresh = Stream.generate(() -> c.sampleIn(samples, unit)).limit(5).toList();
      List<T> values = new ArrayList<>(fresh);
      values.add(c.changed(existing));
      assertThatThrownBy(() -> store.saveAll(values)).isInstanceOf(ConcurrencyConflictException.class);
      for (T v : fresh) {
        assertThat(store.find(store.idOf(v))).isEmpty();
      }
      assertThat(store.find(store.idOf(existing))).contains(Versioned.of(existing, Revision.first()));
    }

    @Test
    void aWholeDatasetReadsBackEqual() {
      Dataset data = storedDataset(60, 20);
      for (Organisation o : data.organisations()) {
        assertThat(storage.organisations().find(o.id()).map(Versioned::value)).contains(o);
      }
      for (RectificationItem r : data.items()) {
        assertThat(storage.rectifications().find(r.id()).map(Versioned::value)).contains(r);
      }
      for (Problem p : data.problems()) {
        assertThat(storage.problems().find(p.id()).map(Versioned::value)).contains(p);
      }
      data.specials().forEach(s ->
          assertThat(storage.specialRectifications().find(s.id()).map(Versioned::value)).contains(s));
      data.activities().forEach(a -> assertThat(storage.activities().find(a.id()).map(Versioned::value)).contains(a));
      assertThat(storage.campaigns().find(data.campaign().id()).map(Versioned::value)).contains(data.campaign());
      for (Leader l : data.leaderValues()) {
        assertThat(storage.leaders().find(l.id()).map(Versioned::value)).contains(l);
      }
      for (LeadershipBody b : data.bodies()) {
        assertThat(storage.leadershipBodies().find(b.id()).map(Versioned::value)).contains(b);
      }
      for (ImplementationPlan p : data.plans()) {
        assertThat(storage.plans().find(p.id()).map(Versioned::value)).contains(p);
      }
      for (ScheduleItem i : data.schedule()) {
        assertThat(storage.schedule().find(ScheduleItemKey.of(i)).map(Versioned::value)).contains(i);
      }
      for (ProblemList l : data.problemLists()) {
        assertThat(storage.problemLists().find(l.id()).map(Versioned::value)).contains(l);
      }
    }

    @Test
    void meetingsReadBackOncePerBodyInTheOrderAdded() {
      OrgId unit = storedRoot().id();
      LeadershipBody body = samples.body(unit, List.of());
      LeadershipBody other = samples.body(unit, List.of());
      Dataset.saveAll(storage, storage.leadershipBodies(), List.of(body, other));
      List<Meeting> meetings = Stream.generate(() -> samples.meeting(body.id())).limit(6).toList();
      Meeting elsewhere = samples.meeting(other.id());
      for (Meeting m : meetings) {
        storage.leadershipBodies().hold(m);
        storage.leadershipBodies().hold(elsewhere);
      }
      storage.leadershipBodies().hold(meetings.get(0));
      assertThat(storage.leadershipBodies().meetings(body.id())).containsExactlyElementsOf(meetings);
      assertThat(storage.leadershipBodies().meetings(other.id())).containsExactly(elsewhere);
      assertThat(storage.leadershipBodies().meetings(samples.body(unit, List.of()).id())).isEmpty();
    }

    @Test
    void aScheduleItemKeyNamesItsUnitKindAndFirstDayAndParsesBack() {
      OrgId unit = OrgId.of(samples.fresh("org") + "/with a slash");
      ScheduleItem item = samples.scheduleItem(unit);
      ScheduleItemKey key = storage.schedule().idOf(item);
      assertThat(key).isEqualTo(new ScheduleItemKey(unit, item.kind(), item.window().start()));
      assertThat(ScheduleItemKey.parse(key.value())).isEqualTo(key);
    }

    @Test
    void guidanceAssignmentsAndFiveMustRecordsReadBackOnceEach() {
      OrgId unit = storedRoot().id();
      GuidanceGroup group = samples.guidanceGroup();
      storage.guidance().save(group, ExpectedRevision.expectNew());
      GuidanceAssignment assignment = GuidanceAssignment.of(group.id(), unit);
      FiveMustRecord record = FiveMustRecord.builder().group(group.id()).unit(unit).must(FiveMust.REVIEW_PLAN)
          .date(Samples.START).note("checked").build();
      storage.guidance().assign(assignment);
      storage.guidance().assign(assignment);
      storage.guidance().record(record);
      storage.guidance().record(record);
      assertThat(storage.guidance().assignments(group.id())).containsExactly(assignment);
      assertThat(storage.guidance().records(group.id())).containsExactly(record);
    }
  }

  /** Optimistic concurrency: stale writes fail with a typed conflict and change nothing. */
  @Nested
  @DisplayName("conflicts")
  class Conflicts {

    @TestFactory
    Stream<DynamicTest> aStaleWriteFailsNamingTheCurrentRevisionAndChangesNothing() {
      return forEachCase(c -> stale(c));
    }

    private <I extends Identifier, T> void stale(AggregateCase<I, T> c) {
      OrgId unit = storedRoot().id();
      AggregateStore<I, T> store = c.in(storage);
      Versioned<T> first = store.save(c.sampleIn(samples, unit), ExpectedRevision.expectNew());
      Versioned<T> second = store.save(c.changed(first.value()), ExpectedRevision.of(first));
      Throwable thrown = catchThrowable(() -> store.save(c.changed(second.value()), ExpectedRevision.of(first)));
      assertThat(thrown).isInstanceOf(ConcurrencyConflictException.class);
      ConcurrencyConflictException conflict = (ConcurrencyConflictException) thrown;
      assertThat(conflict.kind()).isEqualTo(store.kind());
      assertThat(conflict.id()).isEqualTo(store.idOf(first.value()));
      assertThat(conflict.expected()).isEqualTo(ExpectedRevision.of(Revision.first()));
      assertThat(conflict.current()).contains(Revision.of(2));
      assertThat(store.find(store.idOf(first.value()))).contains(second);
    }

    @TestFactory
    Stream<DynamicTest> insertingAnExistingAggregateConflicts() {
      return forEachCase(c -> insertTwice(c));
    }

    private <I extends Identifier, T> void insertTwice(AggregateCase<I, T> c) {
      OrgId unit = storedRoot().id();
      AggregateStore<I, T> store = c.in(storage);
      Versioned<T> first = store.save(c.sampleIn(samples, unit), ExpectedRevision.expectNew());
      assertThatThrownBy(() -> store.save(c.changed(first.value()), ExpectedRevision.expectNew()))
          .isInstanceOfSatisfying(ConcurrencyConflictException.class,
              e -> assertThat(e.current()).contains(Revision.first()));
      assertThat(store.find(store.idOf(first.value()))).contains(first);
    }

    @TestFactory
    Stream<DynamicTest> updatingAMissingAggregateConflicts() {
      return forEachCase(c -> updateMissing(c));
    }

    private <I extends Identifier, T> void updateMissing(AggregateCase<I, T> c) {
      OrgId unit = storedRoot().id();
      AggregateStore<I, T> store = c.in(storage);
      T value = c.sampleIn(samples, unit);
      assertThatThrownBy(() -> store.save(value, ExpectedRevision.of(Revision.of(3))))
          .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> assertThat(e.current()).isEmpty());
      assertThat(store.find(store.idOf(value))).isEmpty();
    }

    @Test
    void everyAcceptedWriteAddsExactlyOneRevision() {
      OrgId unit = storedRoot().id();
      qt().withExamples(30).withShrinkCycles(20).forAll(integers().between(0, 15)).checkAssert(updates -> {
        RectificationStore store = storage.rectifications();
        Versioned<RectificationItem> current = store.save(samples.item(unit, List.of()), ExpectedRevision.expectNew());
        for (int i = 0; i < updates; i++) {
          current = store.save(RectificationItem.builder().from(current.value()).progress("step " + i).build(),
              ExpectedRevision.of(current));
        }
        assertThat(store.find(current.value().id()).map(Versioned::revision)).contains(Revision.of(updates + 1L));
      });
    }

    /**
     * Lost updates: eight threads ({@code WRITERS}) update the same three items, re-reading and retrying on
     * every conflict until each of their updates is accepted. First a lockstep phase (every round,
     * all threads read item 0, then all write, so exactly one first attempt wins and the others
     * conflict), then a free-running phase over all three items.
     */
    @Test
    void manyThreadsRetryingOnConflictLoseNoUpdateAndTheHistoryHoldsEachChangeOnce() throws Exception {
      OrgId unit = storedRoot().id();
      int items = 3;
      int lockstepRounds = 12;
      int freeUpdates = 16;
      List<RectificationItem> started = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        RectificationItem item = RectificationItem.builder().from(samples.item(unit, List.of())).measures(List.of())
            .build();
        storage.rectifications().save(item, ExpectedRevision.expectNew(), "creator");
        started.add(item);
      }
      AtomicInteger attempts = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      AtomicInteger lockstepWinners = new AtomicInteger();
      // per item: the token of every accepted update, and who wrote it
      List<java.util.Map<String, String>> accepted = Stream.generate(
          () -> (java.util.Map<String, String>) new java.util.concurrent.ConcurrentHashMap<String, String>())
          .limit(items).toList();
      CyclicBarrier readsDone = new CyclicBarrier(WRITERS);
      CyclicBarrier writesDone = new CyclicBarrier(WRITERS);
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < WRITERS; t++) {
          int thread = t;
          done.add(pool.submit(() -> {
            RectificationStore store = storage.rectifications();
            String writer = "writer " + thread;
            for (int round = 0; round < lockstepRounds; round++) {
              Versioned<RectificationItem> read = store.find(started.get(0).id()).orElseThrow();
              readsDone.await(60, TimeUnit.SECONDS);
              String token = "t" + thread + "-lockstep-" + round;
              if (tryUpdate(store, read, token, writer, attempts, conflicts)) {
                lockstepWinners.incrementAndGet();
              } else {
                updateRetrying(store, started.get(0).id(), token, writer, attempts, conflicts);
              }
              accepted.get(0).put(token, writer);
              writesDone.await(60, TimeUnit.SECONDS);
            }
            for (int u = 0; u < freeUpdates; u++) {
              int item = (thread + u) % items;
              String token = "t" + thread + "-free-" + u;
              updateRetrying(store, started.get(item).id(), token, writer, attempts, conflicts);
              accepted.get(item).put(token, writer);
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get(300, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      int successes = 0;
      for (int i = 0; i < items; i++) {
        RectificationId id = started.get(i).id();
        java.util.Map<String, String> tokens = accepted.get(i);
        successes += tokens.size();
        Versioned<RectificationItem> last = storage.rectifications().find(id).orElseThrow();
        assertThat(last.revision()).as("revision of item %d = 1 + its accepted updates", i)
            .isEqualTo(Revision.of(1L + tokens.size()));
        assertThat(last.value().measures()).as("every accepted update of item %d is in its value", i)
            .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tokens.keySet());
        if (storage.supports(Capability.CHANGE_HISTORY)) {
          List<ChangeRecord> history = storage.rectifications().history(id);
          assertThat(history).extracting(ChangeRecord::revision).as("history of item %d, one record a write", i)
              .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 1L + tokens.size())
                  .mapToObj(Revision::of).toList());
          List<String> expectedActors = new ArrayList<>(tokens.values());
          expectedActors.add("creator");
          assertThat(history).extracting(ChangeRecord::actor).as("the writers recorded in item %d's history", i)
              .containsExactlyInAnyOrderElementsOf(expectedActors);
        }
      }
      assertThat(successes).isEqualTo(WRITERS * (lockstepRounds + freeUpdates));
      assertThat(lockstepWinners.get()).as("exactly one first attempt wins each lockstep round")
          .isEqualTo(lockstepRounds);
      assertThat(attempts.get()).isEqualTo(successes + conflicts.get());
      assertThat(conflicts.get()).as("the lockstep rounds alone conflict this often")
          .isGreaterThanOrEqualTo(lockstepRounds * (WRITERS - 1));
      report("lost updates: %d threads, %d items, %d updates accepted, %d write attempts, %d conflicts seen",
          WRITERS, items, successes, attempts.get(), conflicts.get());
    }

    private boolean tryUpdate(RectificationStore store, Versioned<RectificationItem> read, String token, String writer,
        AtomicInteger attempts, AtomicInteger conflicts) {
      attempts.incrementAndGet();
      try {
        store.save(RectificationItem.builder().from(read.value()).addMeasures(token).build(), ExpectedRevision.of(read),
            writer);
        return true;
      } catch (ConcurrencyConflictException e) {
        conflicts.incrementAndGet();
        return false;
      }
    }

    private void updateRetrying(RectificationStore store, RectificationId id, String token, String writer,
        AtomicInteger attempts, AtomicInteger conflicts) {
      for (int retry = 0; ; retry++) {
        assertThat(retry).as("a writer gets through within 10,000 retries").isLessThan(10_000);
        if (tryUpdate(store, store.find(id).orElseThrow(), token, writer, attempts, conflicts)) {
          return;
        }
      }
    }
  }

  /** The organisation tree never gets a cycle, from one writer or from two racing. */
  @Nested
  @DisplayName("tree cycles")
  class TreeCycles {

    private Organisation unitUnder(OrgId parent) {
      return samples.organisation(Optional.of(parent), OrgKind.BRANCH);
    }

    private Organisation withParent(Organisation unit, OrgId parent) {
      return Organisation.builder().from(unit).parentId(parent).build();
    }

    private Organisation saved(Organisation unit) {
      storage.organisations().save(unit, ExpectedRevision.expectNew());
      return unit;
    }

    /** Follows the stored parent links from every unit: each walk must end within the units' count. */
    private void assertNoCycleAmong(List<OrgId> units) {
      for (OrgId start : units) {
        Optional<OrgId> current = Optional.of(start);
        List<OrgId> path = new ArrayList<>();
        while (current.isPresent()) {
          path.add(current.get());
          assertThat(path.size()).as("the stored parents from %s run in a cycle: %s", start, path)
              .isLessThanOrEqualTo(units.size() + 1);
          current = storage.organisations().find(current.get()).flatMap(v -> v.value().parentId());
        }
      }
    }

    @Test
    void placingAUnitUnderItsOwnChildOrDeeperDescendantIsRefusedAndWritesNothing() {
      Organisation root = storedRoot();
      Organisation a = saved(unitUnder(root.id()));
      Organisation child = saved(unitUnder(a.id()));
      Organisation grandchild = saved(unitUnder(child.id()));
      Organisation sibling = saved(unitUnder(root.id()));
      Versioned<Organisation> storedA = storage.organisations().find(a.id()).orElseThrow();
      for (Organisation below : List.of(child, grandchild)) {
        assertThatThrownBy(() -> storage.organisations().save(withParent(a, below.id()), ExpectedRevision.of(storedA)))
            .isInstanceOfSatisfying(TreeCycleException.class, e -> {
              assertThat(e.unit()).isEqualTo(a.id());
              assertThat(e.parent()).isEqualTo(below.id());
            });
      }
      assertThatThrownBy(() -> storage.organisations().save(withParent(child, grandchild.id()),
          ExpectedRevision.of(Revision.first()))).isInstanceOf(TreeCycleException.class);
      assertThat(storage.organisations().find(a.id())).contains(storedA);
      assertThat(storage.organisations().find(child.id())).contains(Versioned.of(child, Revision.first()));
      assertThat(storage.organisations().find(grandchild.id())).contains(Versioned.of(grandchild, Revision.first()));
      // a move elsewhere is not refused: under a sibling's subtree, or a descendant moved up
      Versioned<Organisation> moved = storage.organisations().save(withParent(a, sibling.id()), ExpectedRevision.of(storedA));
      assertThat(moved.revision()).isEqualTo(Revision.of(2));
      storage.organisations().save(withParent(grandchild, root.id()), ExpectedRevision.of(Revision.first()));
      assertNoCycleAmong(List.of(root.id(), a.id(), child.id(), grandchild.id(), sibling.id()));
      assertThatThrownBy(() -> Organisation.builder().from(a).parentId(a.id()).build())
          .as("a unit under itself cannot even be built").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCycleRefusedInsideAUnitOfWorkUndoesTheUnitsEarlierWrites() {
      requireCapability(Capability.TRANSACTIONS);
      Organisation root = storedRoot();
      Organisation a = saved(unitUnder(root.id()));
      Organisation child = saved(unitUnder(a.id()));
      Problem problem = samples.problem(root.id(), List.of());
      assertThatThrownBy(() -> storage.inTransaction(tx -> {
        tx.problems().save(problem, ExpectedRevision.expectNew());
        return tx.organisations().save(withParent(a, child.id()), ExpectedRevision.of(Revision.first()));
      })).isInstanceOf(TreeCycleException.class);
      assertThat(storage.problems().find(problem.id())).isEmpty();
      assertThat(storage.organisations().find(a.id())).contains(Versioned.of(a, Revision.first()));
      // inside a unit of work, its own earlier moves count: once the child is moved out, a may go under it
      storage.inTransaction(tx -> {
        tx.organisations().save(withParent(child, root.id()), ExpectedRevision.of(Revision.first()));
        return tx.organisations().save(withParent(a, child.id()), ExpectedRevision.of(Revision.first()));
      });
      assertNoCycleAmong(List.of(root.id(), a.id(), child.id()));
      assertThat(storage.organisations().find(a.id()).flatMap(v -> v.value().parentId())).contains(child.id());
    }

    @Test
    void aBulkSaveWhoseListMakesACycleOfItsOwnIsRefusedAndStoresNothing() {
      requireCapability(Capability.BULK_SAVE);
      Organisation root = storedRoot();
      for (int length : List.of(2, 3, 5)) {
        List<OrgId> ids = Stream.generate(() -> OrgId.of(samples.fresh("org"))).limit(length).toList();
        List<Organisation> list = new ArrayList<>();
        list.add(unitUnder(root.id()));
        for (int i = 0; i < length; i++) {
          list.add(Organisation.builder().from(unitUnder(root.id())).id(ids.get(i))
              .parentId(ids.get((i + 1) % length)).build());
        }
        list.add(unitUnder(root.id()));
        assertThatThrownBy(() -> storage.organisations().saveAll(list)).as("a cycle of %d in one list", length)
            .isInstanceOf(TreeCycleException.class);
        for (Organisation o : list) {
          assertThat(storage.organisations().find(o.id())).as("%s of a refused bulk save", o.id()).isEmpty();
        }
      }
      // a new unit under a stored unit's descendant is no cycle, nor is a unit given before its parent
      Organisation a = saved(unitUnder(root.id()));
      Organisation child = unitUnder(a.id());
      Organisation grandchild = unitUnder(child.id());
      storage.organisations().saveAll(List.of(grandchild, child));
      assertNoCycleAmong(List.of(root.id(), a.id(), child.id(), grandchild.id()));
    }

    @Test
    void aMissingParentIsNotACycleSoChildrenMayBeSavedBeforeTheirParents() {
      Organisation root = storedRoot();
      Organisation parent = unitUnder(root.id());
      Organisation child = unitUnder(parent.id());
      Organisation grandchild = unitUnder(child.id());
      storage.organisations().save(grandchild, ExpectedRevision.expectNew());
      storage.organisations().save(child, ExpectedRevision.expectNew());
      storage.organisations().save(parent, ExpectedRevision.expectNew());
      assertNoCycleAmong(List.of(root.id(), parent.id(), child.id(), grandchild.id()));
      if (storage.supports(Capability.BULK_SAVE)) {
        Organisation p2 = unitUnder(root.id());
        Organisation c2 = unitUnder(p2.id());
        Organisation g2 = unitUnder(c2.id());
        assertThat(storage.organisations().saveAll(List.of(g2, c2, p2))).hasSize(3);
        assertNoCycleAmong(List.of(root.id(), p2.id(), c2.id(), g2.id()));
      }
    }

    /** Two writers each make one move at the same moment (a barrier) and report what became of it. */
    private List<Optional<RuntimeException>> race(Organisation first, OrgId firstParent, Organisation second,
        OrgId secondParent) throws Exception {
      Versioned<Organisation> readFirst = storage.organisations().find(first.id()).orElseThrow();
      Versioned<Organisation> readSecond = storage.organisations().find(second.id()).orElseThrow();
      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Optional<RuntimeException>>> outcomes = new ArrayList<>();
        for (Object[] move : List.of(new Object[] {readFirst, firstParent}, new Object[] {readSecond, secondParent})) {
          @SuppressWarnings("unchecked")
          Versioned<Organisation> read = (Versioned<Organisation>) move[0];
          OrgId parent = (OrgId) move[1];
          outcomes.add(pool.submit(() -> {
            together.await(60, TimeUnit.SECONDS);
            try {
              storage.organisations().save(withParent(read.value(), parent), ExpectedRevision.of(read));
              return Optional.<RuntimeException>empty();
            } catch (TreeCycleException | ConcurrencyConflictException e) {
              return Optional.<RuntimeException>of(e);
            }
          }));
        }
        List<Optional<RuntimeException>> result = new ArrayList<>();
        for (Future<Optional<RuntimeException>> f : outcomes) {
          result.add(f.get(120, TimeUnit.SECONDS));
        }
        return result;
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void twoWritersMovingTwoUnitsUnderEachOtherAtOnceNeverBothSucceedNorStoreACycle() throws Exception {
      int rounds = 20;
      int[] outcomes = new int[3]; // one succeeded, none succeeded, cycles refused
      for (int round = 0; round < rounds; round++) {
        Organisation root = storedRoot();
        Organisation a = saved(unitUnder(root.id()));
        Organisation b = saved(unitUnder(root.id()));
        List<Optional<RuntimeException>> result = race(a, b.id(), b, a.id());
        long succeeded = result.stream().filter(Optional::isEmpty).count();
        assertThat(succeeded).as("round %d: A under B and B under A at once: %s", round, result)
            .isLessThanOrEqualTo(1);
        outcomes[(int) (1 - succeeded)]++;
        outcomes[2] += (int) result.stream().flatMap(Optional::stream).filter(TreeCycleException.class::isInstance)
            .count();
        assertNoCycleAmong(List.of(root.id(), a.id(), b.id()));
      }
      report("concurrent 2-cycle moves: %d rounds of 2 writers, %d with one move stored, %d with none,"
          + " %d refused as cycles", rounds, outcomes[0], outcomes[1], outcomes[2]);
    }

    @Test
    void twoWritersClosingALongerCycleTogetherNeverBothSucceedNorStoreACycle() throws Exception {
      int rounds = 20;
      int[] outcomes = new int[3];
      for (int round = 0; round < rounds; round++) {
        // X above Q, Y above P; moving X under P and Y under Q at once would close X-P-Y-Q-X
        Organisation root = storedRoot();
        Organisation x = saved(unitUnder(root.id()));
        Organisation q = saved(unitUnder(x.id()));
        Organisation y = saved(unitUnder(root.id()));
        Organisation p = saved(unitUnder(y.id()));
        List<Optional<RuntimeException>> result = race(x, p.id(), y, q.id());
        long succeeded = result.stream().filter(Optional::isEmpty).count();
        assertThat(succeeded).as("round %d: X under P and Y under Q at once: %s", round, result)
            .isLessThanOrEqualTo(1);
        outcomes[(int) (1 - succeeded)]++;
        outcomes[2] += (int) result.stream().flatMap(Optional::stream).filter(TreeCycleException.class::isInstance)
            .count();
        assertNoCycleAmong(List.of(root.id(), x.id(), q.id(), y.id(), p.id()));
      }
      report("concurrent 4-cycle moves: %d rounds of 2 writers, %d with one move stored, %d with none,"
          + " %d refused as cycles", rounds, outcomes[0], outcomes[1], outcomes[2]);
    }
  }

  /** Units of work commit all or nothing. */
  @Nested
  @DisplayName("units of work")
  class UnitsOfWork {

    private Storage writeOneOfEach(Storage tx, OrgId unit, List<Runnable> presentChecks, List<Runnable> absentChecks) {
      for (AggregateCase<?, ?> c : AggregateCase.all()) {
        writeOne(tx, c, unit, presentChecks, absentChecks);
      }
      return tx;
    }

    private <I extends Identifier, T> void writeOne(Storage tx, AggregateCase<I, T> c, OrgId unit,
        List<Runnable> present, List<Runnable> absent) {
      T value = c.sampleIn(samples, unit);
      c.in(tx).save(value, ExpectedRevision.expectNew());
      I id = c.in(tx).idOf(value);
      present.add(() -> assertThat(c.in(storage).find(id)).as(c.name() + " written in the unit of work")
          .contains(Versioned.of(value, Revision.first())));
      absent.add(() -> assertThat(c.in(storage).find(id)).as(c.name() + " of a failed unit of work").isEmpty());
    }

    @Test
    void everyWriteOfACommittedUnitOfWorkIsStored() {
      requireCapability(Capability.TRANSACTIONS);
      OrgId unit = storedRoot().id();
      List<Runnable> present = new ArrayList<>();
      List<Runnable> absent = new ArrayList<>();
      String result = storage.inTransaction(tx -> {
        writeOneOfEach(tx, unit, present, absent);
        writeOneOfEach(tx, unit, present, absent);
        return "done";
      });
      assertThat(result).isEqualTo("done");
      present.forEach(Runnable::run);
    }

    /** The fault thrown at a random point of a unit of work. */
    private static final class InjectedFault extends RuntimeException {
      private static final long serialVersionUID = 1L;

      InjectedFault(int at) {
        super("fault injected before write " + at);
      }
    }

    /** One write of a generated unit of work, with the ids it touches. */
    private record Write(String what, java.util.function.Consumer<Storage> run) {
      @Override
      public String toString() {
        return what;
      }
    }

    /** What a reader sees of one test's data: every probe's answer, in order. */
    private List<Object> observe(Storage s, OrgId root, List<java.util.function.Function<Storage, Object>> probes) {
      List<Object> seen = new ArrayList<>();
      for (java.util.function.Function<Storage, Object> probe : probes) {
        seen.add(probe.apply(s));
      }
      if (s.supports(Capability.SUBTREE_QUERIES)) {
        for (AggregateCase<?, ?> c : AggregateCase.all()) {
          if (c.in(s).kind().criteria().contains(Criterion.SUBTREE)) {
            seen.add(readAll(c.in(s), Query.builder().subtree(root).build()));
          }
        }
      }
      return seen;
    }

    @SuppressWarnings("unchecked")
    private <I extends Identifier, T> java.util.function.Function<Storage, Object> finding(AggregateCase<I, T> c,
        Object value) {
      I id = c.in(storage).idOf((T) value);
      return s -> c.in(s).find(id);
    }

    @SuppressWarnings("unchecked")
    private <I extends Identifier, T> void update(AggregateCase<I, T> c, Storage tx, Object value) {
      AggregateStore<I, T> store = c.in(tx);
      Versioned<T> current = store.find(store.idOf((T) value)).orElseThrow();
      store.save(c.changed(current.value()), ExpectedRevision.of(current));
    }

    @SuppressWarnings("unchecked")
    private <I extends Identifier, T> void insertNew(AggregateCase<I, T> c, Storage tx, Object value) {
      c.in(tx).save((T) value, ExpectedRevision.expectNew());
    }

    @SuppressWarnings("unchecked")
    private <I extends Identifier, T> void bulk(AggregateCase<I, T> c, Storage tx, List<Object> values) {
      c.in(tx).saveAll((List<T>) (List<?>) values);
    }

    @Test
    void anExceptionOrRefusedWriteAtARandomPointOfAUnitOfWorkLeavesEveryStoreAsItWasBefore() {
      requireCapability(Capability.TRANSACTIONS);
      AtomicInteger cases = new AtomicInteger();
      AtomicInteger writesUndone = new AtomicInteger();
      java.util.Map<String, Integer> faultsByKind = new java.util.concurrent.ConcurrentHashMap<>();
      List<AggregateCase<?, ?>> kinds = AggregateCase.all();
      qt().withExamples(25).withShrinkCycles(10)
          .forAll(integers().between(1, 30), integers().between(0, 30), integers().between(0, Integer.MAX_VALUE))
          .checkAssert((length, failAtDrawn, seed) -> {
            int failAt = failAtDrawn % (length + 1); // length: after the last write, just before the commit
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            OrgId root = storedRoot().id();
            Organisation unit = samples.organisation(Optional.of(root), OrgKind.DISTRICT);
            storage.organisations().save(unit, ExpectedRevision.expectNew());
            List<java.util.function.Function<Storage, Object>> probes = new ArrayList<>();
            // one stored aggregate of every kind, for updates
            List<Object> existing = new ArrayList<>();
            for (AggregateCase<?, ?> c : kinds) {
              Object value = storeSample(c, unit.id());
              existing.add(value);
              probes.add(finding(c, value));
            }
            LeadershipBody body = (LeadershipBody) existing.get(kindIndex(kinds, "leadership body"));
            GuidanceGroup group = (GuidanceGroup) existing.get(kindIndex(kinds, "guidance group"));
            RectificationItem item = (RectificationItem) existing.get(kindIndex(kinds, "rectification item"));
            probes.add(s -> s.leadershipBodies().meetings(body.id()));
            probes.add(s -> s.guidance().assignments(group.id()));
            probes.add(s -> s.guidance().records(group.id()));
            if (storage.supports(Capability.CHANGE_HISTORY)) {
              probes.add(s -> s.rectifications().history(item.id()));
            }
            List<Write> script = new ArrayList<>();
            for (int i = 0; i < length; i++) {
              int k = random.nextInt(kinds.size());
              AggregateCase<?, ?> c = kinds.get(k);
              switch (random.nextInt(7)) {
                case 0, 1 -> {
                  Object value = c.sampleIn(samples, unit.id());
                  probes.add(finding(c, value));
                  script.add(new Write("insert a new " + c, tx -> insertNew(c, tx, value)));
                }
                case 2 -> script.add(new Write("update the stored " + c, tx -> update(c, tx, existing.get(k))));
                case 3 -> {
                  if (!storage.supports(Capability.BULK_SAVE)) {
                    continue;
                  }
                  List<Object> values = Stream.generate(() -> (Object) c.sampleIn(samples, unit.id()))
                      .limit(1 + random.nextInt(3)).toList();
                  values.forEach(v -> probes.add(finding(c, v)));
                  script.add(new Write("bulk-save " + values.size() + " new " + c,
                      tx -> bulk(c, tx, values)));
                }
                case 4 -> {
                  Meeting meeting = samples.meeting(body.id());
                  script.add(new Write("hold a meeting", tx -> tx.leadershipBodies().hold(meeting)));
                }
                case 5 -> {
                  Organisation other = samples.organisation(Optional.of(unit.id()), OrgKind.BRANCH);
                  probes.add(s -> s.organisations().find(other.id()));
                  FiveMustRecord record = FiveMustRecord.builder().group(group.id()).unit(other.id())
                      .must(FiveMust.REVIEW_PLAN).date(Samples.START).note("in a unit of work").build();
                  script.add(new Write("add a unit, assign the group to it and record a five-musts check", tx -> {
                    tx.organisations().save(other, ExpectedRevision.expectNew());
                    tx.guidance().assign(GuidanceAssignment.of(group.id(), other.id()));
                    tx.guidance().record(record);
                  }));
                }
                default -> {
                  String actor = "actor " + i;
                  script.add(new Write("update the stored item as " + actor, tx -> {
                    Versioned<RectificationItem> current = tx.rectifications().find(item.id()).orElseThrow();
                    tx.rectifications().save(RectificationItem.builder().from(current.value())
                        .progress("step " + actor).build(), ExpectedRevision.of(current), actor);
                  }));
                }
              }
            }
            int stop = Math.min(failAt, script.size());
            // the fault: thrown by the work itself, or a write the store refuses (stale, a bulk save
            // whose last value exists, a cycle), all of which must undo the unit's earlier writes
            Problem storedProblem = (Problem) existing.get(kindIndex(kinds, "problem"));
            Organisation below = (Organisation) existing.get(kindIndex(kinds, "organisation"));
            int faultKind = random.nextInt(storage.supports(Capability.BULK_SAVE) ? 4 : 3);
            Problem freshProblem = samples.problem(unit.id(), List.of());
            probes.add(s -> s.problems().find(freshProblem.id()));
            InjectedFault injected = new InjectedFault(stop);
            Class<? extends RuntimeException> expected = switch (faultKind) {
              case 0 -> InjectedFault.class;
              case 1, 3 -> ConcurrencyConflictException.class;
              default -> TreeCycleException.class;
            };
            List<Object> before = observe(storage, unit.id(), probes);
            Throwable thrown = catchThrowable(() -> storage.inTransaction(tx -> {
              for (int i = 0; i < stop; i++) {
                script.get(i).run().accept(tx);
              }
              switch (faultKind) {
                case 1 -> tx.problems().save(Problem.builder().from(storedProblem).description("stale").build(),
                    ExpectedRevision.of(Revision.of(1_000)));
                case 2 -> {
                  Versioned<Organisation> current = tx.organisations().find(unit.id()).orElseThrow();
                  tx.organisations().save(Organisation.builder().from(current.value()).parentId(below.id()).build(),
                      ExpectedRevision.of(current));
                }
                case 3 -> tx.problems().saveAll(List.of(freshProblem, storedProblem));
                default -> throw injected;
              }
              throw new AssertionError("the fault " + faultKind + " was not thrown");
            }));
            assertThat(thrown).as("the unit of work %s ends in its fault", script).isInstanceOf(expected);
            if (faultKind == 0) {
              assertThat(thrown).isSameAs(injected);
            }
            assertThat(observe(storage, unit.id(), probes))
                .as("every store after a %s before write %d of %s", expected.getSimpleName(), stop, script)
                .isEqualTo(before);
            cases.incrementAndGet();
            writesUndone.addAndGet(stop);
            faultsByKind.merge(expected.getSimpleName(), 1, Integer::sum);
          });
      report("faults in units of work: %d cases tried, %d writes undone by the fault, faults thrown: %s", cases.get(),
          writesUndone.get(), new java.util.TreeMap<>(faultsByKind));
    }

    private static int kindIndex(List<AggregateCase<?, ?>> kinds, String name) {
      for (int i = 0; i < kinds.size(); i++) {
        if (kinds.get(i).name().equals(name)) {
          return i;
        }
      }
      throw new IllegalArgumentException(name);
    }

    private <I extends Identifier, T> Object storeSample(AggregateCase<I, T> c, OrgId unit) {
      T value = c.sampleIn(samples, unit);
      c.in(storage).save(value, ExpectedRevision.expectNew());
      return value;
    }

    @Test
    void aFailureMidwayLeavesNothing() {
      requireCapability(Capability.TRANSACTIONS);
      OrgId unit = storedRoot().id();
      List<Runnable> present = new ArrayList<>();
      List<Runnable> absent = new ArrayList<>();
      IllegalStateException failure = new IllegalStateException("the work fails midway");
      Throwable thrown = catchThrowable(() -> storage.inTransaction(tx -> {
        writeOneOfEach(tx, unit, present, absent);
        throw failure;
      }));
      assertThat(thrown).isSameAs(failure);
      absent.forEach(Runnable::run);
    }

    @Test
    void aConflictInsideAUnitOfWorkUndoesItsEarlierWrites() {
      requireCapability(Capability.TRANSACTIONS);
      OrgId unit = storedRoot().id();
      Versioned<RectificationItem> item = storage.rectifications().save(samples.item(unit, List.of()),
          ExpectedRevision.expectNew());
      storage.rectifications().save(RectificationItem.builder().from(item.value()).progress("moved on").build(),
          ExpectedRevision.of(item));
      Problem problem = samples.problem(unit, List.of());
      assertThatThrownBy(() -> storage.inTransaction(tx -> {
        tx.problems().save(problem, ExpectedRevision.expectNew());
        return tx.rectifications().save(RectificationItem.builder().from(item.value()).progress("stale").build(),
            ExpectedRevision.of(item));
      })).isInstanceOf(ConcurrencyConflictException.class);
      assertThat(storage.problems().find(problem.id())).isEmpty();
      assertThat(storage.rectifications().find(item.value().id()).map(Versioned::revision)).contains(Revision.of(2));
      if (storage.supports(Capability.CHANGE_HISTORY)) {
        assertThat(storage.rectifications().history(item.value().id())).hasSize(2);
      }
    }

    @Test
    void aUnitOfWorkReadsItsOwnWrites() {
      requireCapability(Capability.TRANSACTIONS);
      OrgId unit = storedRoot().id();
      Problem problem = samples.problem(unit, List.of());
      Optional<Versioned<Problem>> seen = storage.inTransaction(tx -> {
        tx.problems().save(problem, ExpectedRevision.expectNew());
        return tx.problems().find(problem.id());
      });
      assertThat(seen).contains(Versioned.of(problem, Revision.first()));
    }

    @Test
    void aBulkSaveInsideAFailedUnitOfWorkLeavesNothing() {
      requireCapability(Capability.TRANSACTIONS);
      requireCapability(Capability.BULK_SAVE);
      OrgId unit = storedRoot().id();
      List<Problem> problems = Stream.generate(() -> samples.problem(unit, List.of())).limit(20).toList();
      assertThatThrownBy(() -> storage.inTransaction(tx -> {
        tx.problems().saveAll(problems);
        throw new IllegalStateException("abandon the import");
      })).hasMessage("abandon the import");
      assertThat(storage.problems().count(Query.builder().subtree(unit).build())).isZero();
    }

    @Test
    void aMeetingHeldInAFailedUnitOfWorkIsNotKept() {
      requireCapability(Capability.TRANSACTIONS);
      OrgId unit = storedRoot().id();
      LeadershipBody body = samples.body(unit, List.of());
      storage.leadershipBodies().save(body, ExpectedRevision.expectNew());
      Meeting kept = samples.meeting(body.id());
      storage.leadershipBodies().hold(kept);
      assertThatThrownBy(() -> storage.inTransaction(tx -> {
        tx.leadershipBodies().hold(samples.meeting(body.id()));
        throw new IllegalStateException("abandon the meeting");
      })).hasMessage("abandon the meeting");
      assertThat(storage.leadershipBodies().meetings(body.id())).containsExactly(kept);
    }
  }

  /** Every query against the naive reference answer. */
  @Nested
  @DisplayName("queries")
  class Queries {

    private Gen<Query> queries(Dataset data, AggregateKind kind) {
      List<OrgId> units = data.units();
      Set<Criterion> allowed = kind.criteria();
      List<RectificationStatus> statuses = List.of(RectificationStatus.values());
      return integers().between(0, Integer.MAX_VALUE).map(seed -> {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        ImmutableQuery.Builder b = Query.builder().limit(1 + r.nextInt(40));
        // the subtree keeps the answer inside this test's data even in a shared storage
        b.subtree(units.get(r.nextInt(units.size())));
        if (allowed.contains(Criterion.STATUS) && r.nextInt(3) == 0) {
          for (int i = r.nextInt(3) + 1; i > 0; i--) {
            b.addStatuses(statuses.get(r.nextInt(statuses.size())));
          }
        }
        if (allowed.contains(Criterion.DEADLINE_RANGE) && r.nextInt(3) == 0) {
          LocalDate from = Samples.START.plusDays(r.nextInt(240));
          if (r.nextBoolean()) {
            b.deadlineFrom(from);
          }
          if (r.nextBoolean()) {
            b.deadlineTo(from.plusDays(r.nextInt(120)));
          }
        }
        if (allowed.contains(Criterion.OVERDUE) && r.nextInt(3) == 0) {
          b.overdueAsOf(Samples.START.plusDays(r.nextInt(300)));
        }
        if (allowed.contains(Criterion.LEAD_LEADER) && r.nextInt(3) == 0) {
          b.leadLeader(data.leaders().get(r.nextInt(data.leaders().size())));
        }
        if (allowed.contains(Criterion.BATCH) && r.nextInt(3) == 0) {
          b.batch(data.batches().get(r.nextInt(data.batches().size())));
        }
        return b.build();
      });
    }

    private <T> void checkAgainstReference(Dataset data, AggregateKind kind, AggregateStore<?, T> store) {
      requireCapability(Capability.SUBTREE_QUERIES);
      requireCapability(Capability.FILTERED_QUERIES);
      requireCapability(Capability.KEYSET_PAGING);
      qt().withExamples(60).withShrinkCycles(30).forAll(queries(data, kind)).checkAssert(q -> {
        List<String> expected = data.of(kind).stream().filter(v -> data.matches(kind, v, q))
            .map(v -> store.idOf(cast(v)).value()).sorted().toList();
        List<String> actual = ids(store, readAll(store, q));
        assertThat(actual).as("answer to " + q + " over " + samples).isEqualTo(expected);
        assertThat(store.count(q)).as("count of " + q).isEqualTo(expected.size());
      });
    }

    @SuppressWarnings("unchecked")
    private <T> T cast(Object value) {
      return (T) value;
    }

    @Test
    void rectificationQueriesMatchTheReferenceAnswer() {
      Dataset data = storedDataset(300, 0);
      checkAgainstReference(data, AggregateKind.RECTIFICATION_ITEM, storage.rectifications());
    }

    @Test
    void problemSpecialActivityAndOrganisationQueriesMatchTheReferenceAnswer() {
      Dataset data = storedDataset(0, 120);
      checkAgainstReference(data, AggregateKind.PROBLEM, storage.problems());
      checkAgainstReference(data, AggregateKind.SPECIAL_RECTIFICATION, storage.specialRectifications());
      checkAgainstReference(data, AggregateKind.ACTIVITY, storage.activities());
      checkAgainstReference(data, AggregateKind.ORGANISATION, storage.organisations());
    }

    @Test
    void leaderBodyPlanScheduleAndProblemListQueriesMatchTheReferenceAnswer() {
      Dataset data = storedDataset(0, 120);
      checkAgainstReference(data, AggregateKind.LEADER, storage.leaders());
      checkAgainstReference(data, AggregateKind.LEADERSHIP_BODY, storage.leadershipBodies());
      checkAgainstReference(data, AggregateKind.IMPLEMENTATION_PLAN, storage.plans());
      checkAgainstReference(data, AggregateKind.SCHEDULE_ITEM, storage.schedule());
      checkAgainstReference(data, AggregateKind.PROBLEM_LIST, storage.problemLists());
    }

    @Test
    void overdueMeansAnEffectiveDeadlineBeforeTheDateAndNotDone() {
      requireCapability(Capability.FILTERED_QUERIES);
      OrgId unit = storedRoot().id();
      LocalDate asOf = LocalDate.of(2019, 9, 1);
      RectificationItem base = RectificationItem.builder().from(samples.item(unit, List.of()))
          .kind(io.github.chuxin.rectification.RectificationKind.TIME_BOUND)
          .deadline(io.github.chuxin.rectification.Deadline.of(asOf)).build();
      RectificationItem late = item(base, LocalDate.of(2019, 8, 31), RectificationStatus.IN_PROGRESS);
      RectificationItem dueToday = item(base, asOf, RectificationStatus.IN_PROGRESS);
      RectificationItem lateButDone = item(base, LocalDate.of(2019, 8, 1), RectificationStatus.COMPLETED);
      RectificationItem extended = RectificationItem.builder().from(item(base, LocalDate.of(2019, 8, 1),
          RectificationStatus.PLANNED)).deadline(io.github.chuxin.rectification.Deadline.of(LocalDate.of(2019, 8, 1))
          .extendedBy(io.github.chuxin.rectification.Extension.builder().newDeadline(LocalDate.of(2019, 10, 1))
              .grantedOn(LocalDate.of(2019, 7, 30)).reason("more time").build())).build();
      for (RectificationItem r : List.of(late, dueToday, lateButDone, extended)) {
        storage.rectifications().save(r, ExpectedRevision.expectNew());
      }
      Query overdue = Query.builder().subtree(unit).overdueAsOf(asOf).build();
      assertThat(ids(storage.rectifications(), readAll(storage.rectifications(), overdue)))
          .containsExactly(late.id().value());
    }

    private RectificationItem item(RectificationItem base, LocalDate deadline, RectificationStatus status) {
      return RectificationItem.builder().from(base).id(io.github.chuxin.rectification.RectificationId.of(
          samples.fresh("item"))).deadline(io.github.chuxin.rectification.Deadline.of(deadline)).status(status)
          .build();
    }

    @Test
    void aCriterionAStoreDoesNotAnswerIsRefused() {
      Query byStatus = Query.builder().addStatuses(RectificationStatus.PLANNED).build();
      assertThatThrownBy(() -> storage.organisations().query(byStatus)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> storage.problems().count(byStatus)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Keyset paging: a stable order, no item lost or repeated. */
  @Nested
  @DisplayName("paging")
  class Paging {

    @Test
    void pagingThroughThousandsOfItemsReturnsEachOnceInAscendingIdOrder() {
      requireCapability(Capability.KEYSET_PAGING);
      OrgId unit = storedRoot().id();
      List<RectificationItem> items = Stream.generate(() -> samples.item(unit, List.of())).limit(3_000).toList();
      Dataset.saveAll(storage, storage.rectifications(), items);
      Query query = Query.builder().subtree(unit).limit(97).build();
      List<String> ids = ids(storage.rectifications(), readAll(storage.rectifications(), query));
      assertThat(ids).doesNotHaveDuplicates().hasSize(items.size())
          .containsExactlyInAnyOrderElementsOf(items.stream().map(r -> r.id().value()).toList());
      assertThat(ids).isSortedAccordingTo(String::compareTo);
      assertThat(storage.rectifications().count(query)).isEqualTo(items.size());
    }

    @Test
    void anyPageSizeYieldsTheSameSequence() {
      requireCapability(Capability.KEYSET_PAGING);
      OrgId unit = storedRoot().id();
      List<Problem> problems = Stream.generate(() -> samples.problem(unit, List.of())).limit(250).toList();
      Dataset.saveAll(storage, storage.problems(), problems);
      List<String> expected = problems.stream().map(p -> p.id().value()).sorted().toList();
      qt().withExamples(40).withShrinkCycles(20).forAll(integers().between(1, 300)).checkAssert(limit -> {
        Query q = Query.builder().subtree(unit).limit(limit).build();
        assertThat(ids(storage.problems(), readAll(storage.problems(), q))).as("pages of " + limit)
            .isEqualTo(expected);
      });
    }

    @Test
    void writesBetweenPagesNeitherRepeatNorLoseItemsThatExistedThroughout() {
      requireCapability(Capability.KEYSET_PAGING);
      OrgId unit = storedRoot().id();
      List<RectificationItem> items = Stream.generate(() -> samples.item(unit, List.of())).limit(400).toList();
      Dataset.saveAll(storage, storage.rectifications(), items);
      Query q = Query.builder().subtree(unit).limit(33).build();
      List<String> seen = new ArrayList<>();
      while (true) {
        Page<Versioned<RectificationItem>> page = storage.rectifications().query(q);
        for (Versioned<RectificationItem> v : page.items()) {
          seen.add(v.value().id().value());
          // update what was read and insert new items between pages
          storage.rectifications().save(RectificationItem.builder().from(v.value()).progress("read").build(),
              ExpectedRevision.of(v));
        }
        storage.rectifications().save(samples.item(unit, List.of()), ExpectedRevision.expectNew());
        if (page.next().isEmpty()) {
          break;
        }
        q = q.continuedAfter(page.next().get());
      }
      assertThat(seen).doesNotHaveDuplicates()
          .containsAll(items.stream().map(r -> r.id().value()).toList())
          .isSortedAccordingTo(String::compareTo);
    }

    @Test
    void pagingThroughScheduleItemsReturnsEachOnceInAscendingKeyOrderWhateverThePageSize() {
      requireCapability(Capability.KEYSET_PAGING);
      Organisation root = storedRoot();
      // units whose ids sort around the key's separators, so that key order is really tested
      List<Organisation> units = new ArrayList<>(List.of(root));
      for (String suffix : List.of("/", "/a", "-", "0", "a/b", "\u00e9")) {
        Organisation o = Organisation.builder().from(samples.organisation(Optional.of(root.id()), OrgKind.BRANCH))
            .id(OrgId.of(root.id().value() + suffix)).build();
        storage.organisations().save(o, ExpectedRevision.expectNew());
        units.add(o);
      }
      List<ScheduleItem> items = Stream.generate(() -> samples.scheduleItem(samples.pick(units).id())).limit(400)
          .toList();
      Dataset.saveAll(storage, storage.schedule(), items);
      List<String> expected = items.stream().map(i -> ScheduleItemKey.of(i).value()).sorted().toList();
      qt().withExamples(25).withShrinkCycles(10).forAll(integers().between(1, 450)).checkAssert(limit -> {
        Query q = Query.builder().subtree(root.id()).limit(limit).build();
        assertThat(ids(storage.schedule(), readAll(storage.schedule(), q))).as("pages of " + limit)
            .isEqualTo(expected);
      });
      assertThat(storage.schedule().count(Query.builder().subtree(root.id()).build())).isEqualTo(items.size());
    }

    @Test
    void anEmptyAnswerIsOneEmptyPageWithoutCursor() {
      OrgId unit = storedRoot().id();
      Page<Versioned<Problem>> page = storage.problems().query(Query.builder().subtree(unit).build());
      assertThat(page.items()).isEmpty();
      assertThat(page.next()).isEmpty();
    }
  }

  /** The append-only change history of rectification items. */
  @Nested
  @DisplayName("change history")
  class History {

    @Test
    void everyWriteAppendsOneRecordNamingActorRevisionAndChange() {
      requireCapability(Capability.CHANGE_HISTORY);
      OrgId unit = storedRoot().id();
      RectificationStore store = storage.rectifications();
      RectificationItem item = RectificationItem.builder().from(samples.item(unit, List.of()))
          .status(RectificationStatus.PLANNED).history(List.of()).build();
      Versioned<RectificationItem> v1 = store.save(item, ExpectedRevision.expectNew(), "district office");
      List<ChangeRecord> afterFirst = store.history(item.id());
      RectificationItem started = RectificationItem.builder().from(v1.value()).status(RectificationStatus.IN_PROGRESS)
          .addHistory(change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS)).build();
      Versioned<RectificationItem> v2 = store.save(started, ExpectedRevision.of(v1), "lead leader");
      List<ChangeRecord> afterSecond = store.history(item.id());
      store.save(RectificationItem.builder().from(v2.value()).progress("half done").build(), ExpectedRevision.of(v2));
      List<ChangeRecord> history = store.history(item.id());
      assertThat(history).extracting(ChangeRecord::revision)
          .containsExactly(Revision.of(1), Revision.of(2), Revision.of(3));
      assertThat(history).extracting(ChangeRecord::kind)
          .containsExactly(ChangeKind.CREATED, ChangeKind.STATUS_CHANGED, ChangeKind.UPDATED);
      assertThat(history).extracting(ChangeRecord::actor)
          .containsExactly("district office", "lead leader", RectificationStore.UNKNOWN_ACTOR);
      assertThat(history).allSatisfy(r -> assertThat(r.item()).isEqualTo(item.id()));
      assertThat(history.get(1).summary()).contains("status");
      assertThat(history.get(2).summary()).contains("progress");
      assertThat(history).extracting(ChangeRecord::at).isSortedAccordingTo(Instant::compareTo);
      assertThat(history).startsWith(afterSecond.toArray(ChangeRecord[]::new));
      assertThat(afterSecond).startsWith(afterFirst.toArray(ChangeRecord[]::new));
    }

    private StatusChange change(RectificationStatus from, RectificationStatus to) {
      return StatusChange.builder().from(from).to(to).at(Instant.parse("2019-07-01T02:00:00Z"))
          .role(ActorRole.RESPONSIBLE_UNIT).build();
    }

    @Test
    void aWriteThatRewritesPastStatusChangesIsRefusedAndRecordsNothing() {
      requireCapability(Capability.CHANGE_HISTORY);
      OrgId unit = storedRoot().id();
      RectificationStore store = storage.rectifications();
      RectificationItem started = RectificationItem.builder().from(samples.item(unit, List.of()))
          .status(RectificationStatus.IN_PROGRESS)
          .history(List.of(change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS))).build();
      Versioned<RectificationItem> v1 = store.save(started, ExpectedRevision.expectNew(), "unit");
      RectificationItem rewritten = RectificationItem.builder().from(started).status(RectificationStatus.PLANNED)
          .history(List.of()).build();
      assertThatThrownBy(() -> store.save(rewritten, ExpectedRevision.of(v1), "someone"))
          .isInstanceOf(HistoryRewriteException.class);
      assertThat(store.find(started.id())).contains(v1);
      assertThat(store.history(started.id())).hasSize(1);
    }

    @Test
    void aHistoryReadCannotChangeTheStoredHistory() {
      requireCapability(Capability.CHANGE_HISTORY);
      OrgId unit = storedRoot().id();
      RectificationStore store = storage.rectifications();
      Versioned<RectificationItem> v1 = store.save(samples.item(unit, List.of()), ExpectedRevision.expectNew(), "a");
      store.save(RectificationItem.builder().from(v1.value()).progress("p").build(), ExpectedRevision.of(v1), "b");
      List<ChangeRecord> before = List.copyOf(store.history(v1.value().id()));
      List<ChangeRecord> read = store.history(v1.value().id());
      catchThrowable(read::clear);
      catchThrowable(() -> read.add(before.get(0)));
      assertThat(store.history(v1.value().id())).isEqualTo(before);
    }

    @Test
    void refusedWritesAndFailedUnitsOfWorkAppendNothing() {
      requireCapability(Capability.CHANGE_HISTORY);
      OrgId unit = storedRoot().id();
      RectificationStore store = storage.rectifications();
      Versioned<RectificationItem> v1 = store.save(samples.item(unit, List.of()), ExpectedRevision.expectNew(), "a");
      Versioned<RectificationItem> v2 = store.save(RectificationItem.builder().from(v1.value()).progress("p").build(),
          ExpectedRevision.of(v1), "b");
      catchThrowable(() -> store.save(RectificationItem.builder().from(v1.value()).progress("q").build(),
          ExpectedRevision.of(v1), "stale"));
      if (storage.supports(Capability.TRANSACTIONS)) {
        catchThrowable(() -> storage.inTransaction(tx -> {
          tx.rectifications().save(RectificationItem.builder().from(v2.value()).progress("r").build(),
              ExpectedRevision.of(v2), "abandoned");
          throw new IllegalStateException("abandon");
        }));
      }
      assertThat(store.history(v1.value().id())).extracting(ChangeRecord::actor).containsExactly("a", "b");
    }
  }

  /** Hostile text in every free-text field and in ids comes back exactly as written. */
  @Nested
  @DisplayName("hostile text")
  class HostileTexts {

    private <I extends Identifier, T> void roundTrip(AggregateStore<I, T> store, T value, OrgId unit) {
      Versioned<T> written = store.save(value, ExpectedRevision.expectNew());
      assertThat(written.value()).isEqualTo(value);
      assertThat(store.find(store.idOf(value))).as("%s read back by id", store.kind())
          .contains(Versioned.of(value, Revision.first()));
      if (storage.supports(Capability.SUBTREE_QUERIES) && store.kind().criteria().contains(Criterion.SUBTREE)) {
        assertThat(readAll(store, Query.builder().subtree(unit).build())).as("%s read back by a query", store.kind())
            .contains(Versioned.of(value, Revision.first()));
      }
    }

    @Test
    void hostileTextInEveryFreeTextFieldRoundTripsUnchangedThroughSaveFindQueryAndHistory() {
      Organisation root = storedRoot();
      int fields = 0;
      for (String text : HostileText.samples()) {
        Organisation org = Organisation.builder().from(samples.organisation(Optional.of(root.id()), OrgKind.BRANCH))
            .name(text).build();
        roundTrip(storage.organisations(), org, org.id());
        OrgId unit = org.id();
        Leader leader = Leader.builder().from(samples.leaderIn(unit)).name(text).title(text).build();
        roundTrip(storage.leaders(), leader, unit);
        roundTrip(storage.problems(), Problem.builder().from(samples.problem(unit, List.of())).description(text)
            .category(text).rootCause(text).sourceReference(text).build(), unit);
        roundTrip(storage.specialRectifications(), SpecialRectification.builder()
            .from(samples.special(List.of(unit), List.of())).leadUnit(unit).area(text).title(text)
            .addObjectives(text).addMeasures(text).build(), unit);
        roundTrip(storage.activities(), Activity.builder().from(samples.activity(unit, List.of())).topic(text)
            .place(text).build(), unit);
        LeadershipBody body = samples.body(unit, List.of());
        roundTrip(storage.leadershipBodies(), body, unit);
        Meeting meeting = Meeting.builder().from(samples.meeting(body.id())).topic(text).build();
        storage.leadershipBodies().hold(meeting);
        assertThat(storage.leadershipBodies().meetings(body.id())).containsExactly(meeting);
        roundTrip(storage.plans(), ImplementationPlan.builder().from(samples.plan(unit)).title(text).build(), unit);
        roundTrip(storage.schedule(), ScheduleItem.builder().from(samples.scheduleItem(unit)).title(text).build(), unit);
        roundTrip(storage.problemLists(), ProblemList.builder().from(samples.problemList(unit, List.of())).title(text)
            .build(), unit);
        GuidanceGroup group = GuidanceGroup.builder().from(samples.guidanceGroup()).name(text).build();
        roundTrip(storage.guidance(), group, unit);
        FiveMustRecord record = FiveMustRecord.builder().group(group.id()).unit(unit).must(FiveMust.REVIEW_PLAN)
            .date(Samples.START).note(text).build();
        storage.guidance().record(record);
        assertThat(storage.guidance().records(group.id())).containsExactly(record);
        RectificationItem item = RectificationItem.builder().from(samples.item(unit, List.of())).title(text)
            .measures(List.of(text, "plain")).progress(text).build();
        Versioned<RectificationItem> v1 = storage.rectifications().save(item, ExpectedRevision.expectNew(), text);
        roundTripStored(storage.rectifications(), v1, unit);
        RectificationItem changed = RectificationItem.builder().from(item).title(text + text).progress(text + "更")
            .build();
        Versioned<RectificationItem> v2 = storage.rectifications().save(changed, ExpectedRevision.of(v1), text);
        roundTripStored(storage.rectifications(), v2, unit);
        if (storage.supports(Capability.CHANGE_HISTORY)) {
          assertThat(storage.rectifications().history(item.id())).as("the history of an item written by %s", text)
              .extracting(ChangeRecord::actor).containsExactly(text, text);
        }
        fields += 28;
      }
      report("hostile text: %d samples, %d field round trips", HostileText.samples().size(), fields);
    }

    @Test
    void textWithAnUnpairedSurrogateIsStoredUnchangedOrRefusedWithoutAWriteButNeverAltered() {
      Organisation root = storedRoot();
      int kept = 0;
      int refused = 0;
      for (String broken : HostileText.unpairedSurrogates()) {
        Organisation org = Organisation.builder().from(samples.organisation(Optional.of(root.id()), OrgKind.BRANCH))
            .name(broken).build();
        try {
          storage.organisations().save(org, ExpectedRevision.expectNew());
          assertThat(storage.organisations().find(org.id())).as("a unit named %s", broken)
              .contains(Versioned.of(org, Revision.first()));
          kept++;
        } catch (IllegalArgumentException e) {
          assertThat(storage.organisations().find(org.id())).as("a refused unit named %s", broken).isEmpty();
          refused++;
        }
        RectificationItem item = RectificationItem.builder().from(samples.item(root.id(), List.of())).title(broken)
            .build();
        try {
          storage.rectifications().save(item, ExpectedRevision.expectNew(), "actor " + broken);
          assertThat(storage.rectifications().find(item.id())).as("an item titled %s", broken)
              .contains(Versioned.of(item, Revision.first()));
          if (storage.supports(Capability.CHANGE_HISTORY)) {
            assertThat(storage.rectifications().history(item.id())).extracting(ChangeRecord::actor)
                .containsExactly("actor " + broken);
          }
          kept++;
        } catch (IllegalArgumentException e) {
          assertThat(storage.rectifications().find(item.id())).as("a refused item titled %s", broken).isEmpty();
          if (storage.supports(Capability.CHANGE_HISTORY)) {
            assertThat(storage.rectifications().history(item.id())).isEmpty();
          }
          refused++;
        }
      }
      report("unpaired surrogates: %d writes kept unchanged, %d refused with nothing written", kept, refused);
    }

    private void roundTripStored(RectificationStore store, Versioned<RectificationItem> stored, OrgId unit) {
      assertThat(store.find(stored.value().id())).contains(stored);
      if (storage.supports(Capability.SUBTREE_QUERIES)) {
        assertThat(readAll(store, Query.builder().subtree(unit).build())).contains(stored);
      }
    }

    @Test
    void hostileTextInIdsRoundTripsAndPagesInJavaStringOrder() {
      Organisation root = storedRoot();
      String prefix = samples.fresh("hostile") + "/";
      List<RectificationItem> items = new ArrayList<>();
      for (String text : HostileText.identifierSafe()) {
        Organisation org = Organisation.builder().from(samples.organisation(Optional.of(root.id()), OrgKind.BRANCH))
            .id(OrgId.of(prefix + text)).build();
        roundTrip(storage.organisations(), org, org.id());
        RectificationItem item = RectificationItem.builder().from(samples.item(root.id(), List.of()))
            .id(RectificationId.of(prefix + text)).build();
        roundTrip(storage.rectifications(), item, root.id());
        items.add(item);
        Problem problem = Problem.builder().from(samples.problem(org.id(), List.of()))
            .id(io.github.chuxin.problem.ProblemId.of(prefix + text)).build();
        roundTrip(storage.problems(), problem, org.id());
      }
      if (storage.supports(Capability.SUBTREE_QUERIES) && storage.supports(Capability.KEYSET_PAGING)) {
        List<String> expected = items.stream().map(r -> r.id().value()).sorted().toList();
        for (int limit : List.of(1, 3, 7, 100)) {
          assertThat(ids(storage.rectifications(), readAll(storage.rectifications(),
              Query.builder().subtree(root.id()).limit(limit).build()))).as("pages of %d", limit).isEqualTo(expected);
        }
      }
      report("hostile ids: %d ids of organisations, items and problems", 3 * items.size());
    }
  }

  /** Scoped storages see only their subtree and refuse writes outside it. */
  @Nested
  @DisplayName("scopes")
  class Scopes {

    @Test
    void aScopedStorageNeverSeesAnotherSubtreesData() {
      requireCapability(Capability.SCOPED_READS);
      Dataset data = storedDataset(150, 60);
      qt().withExamples(12).withShrinkCycles(10).forAll(integers().between(0, data.units().size() - 1))
          .checkAssert(i -> {
            OrgId scope = data.units().get(i);
            Storage scoped = storage.scopedTo(scope);
            assertThat(scoped.scope()).contains(scope);
            checkEveryUnitOwnedKind(data, scope, scoped);
          });
    }

    /** Checks {@link #checkScoped} for every kind of aggregate that belongs to a unit. */
    private void checkEveryUnitOwnedKind(Dataset data, OrgId scope, Storage scoped) {
      checkScoped(data, scope, AggregateKind.ORGANISATION, scoped.organisations());
      checkScoped(data, scope, AggregateKind.RECTIFICATION_ITEM, scoped.rectifications());
      checkScoped(data, scope, AggregateKind.PROBLEM, scoped.problems());
      checkScoped(data, scope, AggregateKind.SPECIAL_RECTIFICATION, scoped.specialRectifications());
      checkScoped(data, scope, AggregateKind.ACTIVITY, scoped.activities());
      checkScoped(data, scope, AggregateKind.LEADER, scoped.leaders());
      checkScoped(data, scope, AggregateKind.LEADERSHIP_BODY, scoped.leadershipBodies());
      checkScoped(data, scope, AggregateKind.IMPLEMENTATION_PLAN, scoped.plans());
      checkScoped(data, scope, AggregateKind.SCHEDULE_ITEM, scoped.schedule());
      checkScoped(data, scope, AggregateKind.PROBLEM_LIST, scoped.problemLists());
    }

    private <T> void checkScoped(Dataset data, OrgId scope, AggregateKind kind, AggregateStore<?, T> store) {
      Query inScope = Query.builder().subtree(scope).build();
      List<String> expected = data.of(kind).stream().filter(v -> data.matches(kind, v, inScope))
          .map(v -> store.idOf(cast(v)).value()).sorted().toList();
      Query everything = Query.builder().limit(50).build();
      assertThat(ids(store, readAll(store, everything))).as(kind + " seen from " + scope).isEqualTo(expected);
      assertThat(store.count(everything)).as(kind + " counted from " + scope).isEqualTo(expected.size());
      assertThat(ids(store, readAll(store, Query.builder().subtree(data.root()).build())))
          .as(kind + " of the whole tree seen from " + scope).isEqualTo(expected);
      for (Object v : data.of(kind)) {
        T value = cast(v);
        boolean visible = expected.contains(store.idOf(value).value());
        assertThat(findAny(store, value).isPresent()).as(kind + " " + store.idOf(value) + " found from " + scope)
            .isEqualTo(visible);
      }
    }

    @Test
    void scopedReadsOfGeneratedCampaignsNeverReturnARecordOutsideTheScopesSubtree() {
      requireCapability(Capability.SCOPED_READS);
      AtomicInteger campaigns = new AtomicInteger();
      AtomicInteger scopes = new AtomicInteger();
      AtomicInteger records = new AtomicInteger();
      qt().withExamples(6).withShrinkCycles(4)
          .forAll(Fixtures.campaigns().withUnitsBetween(3, 30).withProblemsBetween(0, 20), integers().all(),
              integers().between(1, 60))
          .checkAssert((snapshot, pick, limit) -> {
            Dataset data = Dataset.fromSnapshot(snapshot, samples.fresh("fx") + "/");
            data.storeInto(storage);
            campaigns.incrementAndGet();
            java.util.SplittableRandom random = new java.util.SplittableRandom(pick);
            for (int k = 0; k < 3; k++) {
              OrgId scope = data.units().get(random.nextInt(data.units().size()));
              Storage scoped = storage.scopedTo(scope);
              checkEveryUnitOwnedKind(data, scope, scoped);
              if (storage.supports(Capability.KEYSET_PAGING) && storage.supports(Capability.SUBTREE_QUERIES)) {
                // a query for another unit's subtree, paged at a random size, sees only where the two overlap
                OrgId other = data.units().get(random.nextInt(data.units().size()));
                Query crossing = Query.builder().subtree(other).limit(limit).build();
                List<String> overlap = data.items().stream().filter(r -> data.isInSubtree(scope, r.responsibleUnit())
                    && data.isInSubtree(other, r.responsibleUnit())).map(r -> r.id().value()).sorted().toList();
                assertThat(ids(scoped.rectifications(), readAll(scoped.rectifications(), crossing)))
                    .as("items of %s's subtree paged by %d from %s", other, limit, scope).isEqualTo(overlap);
                assertThat(scoped.rectifications().count(crossing)).isEqualTo(overlap.size());
              }
              if (storage.supports(Capability.CHANGE_HISTORY)) {
                for (RectificationItem item : data.items()) {
                  boolean inside = data.isInSubtree(scope, item.responsibleUnit());
                  assertThat(scoped.rectifications().history(item.id()).isEmpty())
                      .as("history of %s read from %s", item.id(), scope).isEqualTo(!inside);
                }
              }
              scopes.incrementAndGet();
              records.addAndGet(data.items().size() + data.problems().size() + data.organisations().size()
                  + data.activities().size() + data.specials().size() + data.leaderValues().size()
                  + data.bodies().size() + data.plans().size() + data.schedule().size() + data.problemLists().size());
            }
          });
      report("scoped reads: %d generated campaigns, %d random scopes, %d record visibilities checked",
          campaigns.get(), scopes.get(), records.get());
    }

    private <I extends Identifier, T> Optional<Versioned<T>> findAny(AggregateStore<I, T> store, T value) {
      return store.find(store.idOf(value));
    }

    @SuppressWarnings("unchecked")
    private <T> T cast(Object value) {
      return (T) value;
    }

    @Test
    void aScopedWriteOutsideTheSubtreeIsRefusedAndStoresNothing() {
      requireCapability(Capability.SCOPED_READS);
      Dataset data = storedDataset(0, 0);
      OrgId district = data.units().get(1);
      OrgId otherDistrict = data.units().get(5);
      Storage scoped = storage.scopedTo(district);
      RectificationItem outside = samples.item(otherDistrict, List.of());
      assertThatThrownBy(() -> scoped.rectifications().save(outside, ExpectedRevision.expectNew()))
          .isInstanceOf(ScopeViolationException.class);
      assertThat(storage.rectifications().find(outside.id())).isEmpty();
      Problem problem = samples.problem(otherDistrict, List.of());
      assertThatThrownBy(() -> scoped.problems().save(problem, ExpectedRevision.expectNew()))
          .isInstanceOf(ScopeViolationException.class);
      assertThat(storage.problems().find(problem.id())).isEmpty();
      Organisation foreign = samples.organisation(Optional.of(otherDistrict), OrgKind.BRANCH);
      assertThatThrownBy(() -> scoped.organisations().save(foreign, ExpectedRevision.expectNew()))
          .isInstanceOf(ScopeViolationException.class);
      assertThatThrownBy(() -> scoped.campaigns().save(samples.campaign(), ExpectedRevision.expectNew()))
          .as("shared reference data is not writable through a scope").isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aScopedWriteInsideTheSubtreeIsStoredButCannotMoveAnItemOut() {
      requireCapability(Capability.SCOPED_READS);
      Dataset data = storedDataset(0, 0);
      OrgId district = data.units().get(1);
      OrgId branch = data.units().get(2);
      OrgId otherDistrict = data.units().get(5);
      Storage scoped = storage.scopedTo(district);
      Versioned<RectificationItem> inside = scoped.rectifications().save(samples.item(branch, List.of()),
          ExpectedRevision.expectNew());
      assertThat(storage.rectifications().find(inside.value().id())).contains(inside);
      RectificationItem moved = RectificationItem.builder().from(inside.value()).responsibleUnit(otherDistrict).build();
      assertThatThrownBy(() -> scoped.rectifications().save(moved, ExpectedRevision.of(inside)))
          .isInstanceOf(ScopeViolationException.class);
      assertThat(storage.rectifications().find(inside.value().id())).contains(inside);
    }

    @Test
    void guidanceRecordsAreReadAndWrittenOnlyWithinTheScope() {
      requireCapability(Capability.SCOPED_READS);
      Dataset data = storedDataset(0, 0);
      OrgId district = data.units().get(1);
      OrgId otherDistrict = data.units().get(5);
      GuidanceGroup group = samples.guidanceGroup();
      storage.guidance().save(group, ExpectedRevision.expectNew());
      storage.guidance().assign(GuidanceAssignment.of(group.id(), district));
      storage.guidance().assign(GuidanceAssignment.of(group.id(), otherDistrict));
      Storage scoped = storage.scopedTo(district);
      assertThat(scoped.guidance().find(group.id())).as("groups are shared reference data").isPresent();
      assertThat(scoped.guidance().assignments(group.id())).containsExactly(GuidanceAssignment.of(group.id(), district));
      FiveMustRecord outside = FiveMustRecord.builder().group(group.id()).unit(otherDistrict)
          .must(FiveMust.TALK_WITH_LEADERS).date(Samples.START).build();
      assertThatThrownBy(() -> scoped.guidance().record(outside)).isInstanceOf(ScopeViolationException.class);
      assertThat(storage.guidance().records(group.id())).isEmpty();
    }

    @Test
    void meetingsAreReadAndHeldOnlyWithinTheScopeOfTheirBody() {
      requireCapability(Capability.SCOPED_READS);
      Dataset data = storedDataset(0, 0);
      OrgId district = data.units().get(1);
      OrgId branch = data.units().get(2);
      OrgId otherDistrict = data.units().get(5);
      LeadershipBody inside = samples.body(branch, List.of());
      LeadershipBody outside = samples.body(otherDistrict, List.of());
      Dataset.saveAll(storage, storage.leadershipBodies(), List.of(inside, outside));
      Meeting insideMeeting = samples.meeting(inside.id());
      Meeting outsideMeeting = samples.meeting(outside.id());
      storage.leadershipBodies().hold(insideMeeting);
      storage.leadershipBodies().hold(outsideMeeting);
      Storage scoped = storage.scopedTo(district);
      assertThat(scoped.leadershipBodies().meetings(inside.id())).containsExactly(insideMeeting);
      assertThat(scoped.leadershipBodies().meetings(outside.id())).isEmpty();
      Meeting another = samples.meeting(outside.id());
      assertThatThrownBy(() -> scoped.leadershipBodies().hold(another)).isInstanceOf(ScopeViolationException.class);
      Meeting ofAnUnknownBody = samples.meeting(samples.body(branch, List.of()).id());
      assertThatThrownBy(() -> scoped.leadershipBodies().hold(ofAnUnknownBody))
          .as("a meeting of a body not stored cannot be shown to lie in the scope")
          .isInstanceOf(ScopeViolationException.class);
      Meeting accepted = samples.meeting(inside.id());
      scoped.leadershipBodies().hold(accepted);
      assertThat(storage.leadershipBodies().meetings(outside.id())).containsExactly(outsideMeeting);
      assertThat(storage.leadershipBodies().meetings(inside.id())).containsExactly(insideMeeting, accepted);
    }

    @Test
    void theHistoryOfAnItemOutsideTheScopeIsNotShown() {
      requireCapability(Capability.SCOPED_READS);
      requireCapability(Capability.CHANGE_HISTORY);
      Dataset data = storedDataset(0, 0);
      RectificationItem outside = samples.item(data.units().get(5), List.of());
      storage.rectifications().save(outside, ExpectedRevision.expectNew(), "a");
      assertThat(storage.scopedTo(data.units().get(1)).rectifications().history(outside.id())).isEmpty();
      assertThat(storage.rectifications().history(outside.id())).hasSize(1);
    }
  }

  /** Capabilities are declared, and what is not declared is refused up front. */
  @Nested
  @DisplayName("capabilities")
  class Capabilities {

    @TestFactory
    Stream<DynamicTest> anUndeclaredCapabilityIsRefusedWithATypedException() {
      return Stream.of(Capability.values()).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
        assumeTrue(!storage.supports(c), "declared; its own group tests it");
        Throwable thrown = switch (c) {
          case TRANSACTIONS -> catchThrowable(() -> storage.inTransaction(tx -> null));
          case SCOPED_READS -> catchThrowable(() -> storage.scopedTo(storedRoot().id()));
          case BULK_SAVE -> catchThrowable(() -> storage.problems().saveAll(List.of()));
          case CHANGE_HISTORY -> catchThrowable(() -> storage.rectifications().history(
              samples.item(OrgId.of(samples.fresh("org")), List.of()).id()));
          case SUBTREE_QUERIES -> catchThrowable(() -> storage.problems().query(
              Query.builder().subtree(OrgId.of(samples.fresh("org"))).build()));
          case FILTERED_QUERIES -> catchThrowable(() -> storage.rectifications().count(
              Query.builder().addStatuses(RectificationStatus.PLANNED).build()));
          case KEYSET_PAGING -> null;
        };
        if (c != Capability.KEYSET_PAGING) {
          assertThat(thrown).isInstanceOfSatisfying(UnsupportedCapabilityException.class,
              e -> assertThat(e.capability()).isEqualTo(c));
        }
      }));
    }

    @Test
    void theDeclaredCapabilitiesAreStableAndAgreeWithSupports() {
      Set<Capability> declared = EnumSet.noneOf(Capability.class);
      declared.addAll(storage.capabilities());
      assertThat(createStorage().capabilities()).isEqualTo(declared);
      for (Capability c : Capability.values()) {
        assertThat(storage.supports(c)).as(c.name()).isEqualTo(declared.contains(c));
      }
      if (storage.supports(Capability.SCOPED_READS)) {
        assertThat(storage.scopedTo(storedRoot().id()).capabilities()).isEqualTo(declared);
      }
    }
  }
}
