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
import io.github.chuxin.persistence.UnsupportedCapabilityException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.ActorRole;
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
 */
public abstract class StorageContract {

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
      assertThat(conflict.id()).isEqualTo(store.idOf(first.value()).value());
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

    @Test
    void manyThreadsRacingOnOneItemLoseNoAcceptedWrite() throws Exception {
      OrgId unit = storedRoot().id();
      RectificationItem start = RectificationItem.builder().from(samples.item(unit, List.of())).measures(List.of())
          .build();
      storage.rectifications().save(start, ExpectedRevision.expectNew());
      int threads = 8;
      int rounds = 40;
      AtomicInteger accepted = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      Set<String> acceptedTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();
      // every round, all threads read first and then all write: they race on the same revision
      CyclicBarrier readsDone = new CyclicBarrier(threads);
      CyclicBarrier writesDone = new CyclicBarrier(threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          done.add(pool.submit(() -> {
            RectificationStore store = storage.rectifications();
            for (int round = 0; round < rounds; round++) {
              Versioned<RectificationItem> read = store.find(start.id()).orElseThrow();
              String token = "t" + thread + "-" + round;
              RectificationItem next = RectificationItem.builder().from(read.value()).addMeasures(token).build();
              readsDone.await(30, TimeUnit.SECONDS);
              try {
                store.save(next, ExpectedRevision.of(read), "writer " + thread);
                accepted.incrementAndGet();
                acceptedTokens.add(token);
              } catch (ConcurrencyConflictException e) {
                refused.incrementAndGet();
              }
              writesDone.await(30, TimeUnit.SECONDS);
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      Versioned<RectificationItem> last = storage.rectifications().find(start.id()).orElseThrow();
      assertThat(accepted.get() + refused.get()).isEqualTo(threads * rounds);
      assertThat(accepted.get()).as("exactly one write per round wins the race").isEqualTo(rounds);
      assertThat(last.revision()).as("final revision = 1 + accepted writes").isEqualTo(Revision.of(1L + accepted.get()));
      assertThat(last.value().measures()).as("every accepted write survives").hasSize(accepted.get())
          .containsExactlyInAnyOrderElementsOf(acceptedTokens);
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
          });
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
