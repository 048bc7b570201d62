package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.AggregateCase.forEachCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Conflicts 衝突 (冲突): optimistic concurrency. A stale write, an insert of an existing aggregate
 * and an update of a missing one fail with a {@link ConcurrencyConflictException}
 * naming what it found and change nothing; every accepted write adds exactly one revision; eight
 * threads retrying on conflict lose no update and leave each change once in the history.
 *
 * <p>Runs as the nested group {@code "conflicts"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class ConflictContract extends ContractGroup {

  /** The number of threads of the concurrency tests: at least 8, whatever the number of cores. */
  static final int WRITERS = 8;

  ConflictContract(StorageContract contract) {
    super(contract);
  }

  @TestFactory
  Stream<DynamicTest> aStaleWriteFailsNamingTheCurrentRevisionAndChangesNothing() {
    return forEachCase(c -> stale(c));
  }

  private <I extends Identifier, T> void stale(AggregateCase<I, T> c) {
    OrgId unit = storedRoot().id();
    AggregateStore<I, T> store = c.in(storage());
    T value = c.sampleIn(samples(), unit);
    Versioned<T> first = store.save(value, ExpectedRevision.expectNew());
    T changed = c.changed(value);
    Versioned<T> second = store.save(changed, ExpectedRevision.of(first));
    Promise promise = Promise.of("AggregateStore.save(value, expected)", "a stale write is refused with a conflict"
        + " naming the kind, the id, the revision expected and the one stored, and nothing is written").about(c);
    ConcurrencyConflictException conflict = promise.thrown(ConcurrencyConflictException.class,
        () -> store.save(c.changed(changed), ExpectedRevision.of(first)));
    promise.equal(c.type().kind(), conflict.kind());
    promise.equal(c.type().idOf(value), conflict.id());
    promise.equal(ExpectedRevision.of(Revision.first()), conflict.expected());
    promise.equal(java.util.Optional.of(Revision.of(2)), conflict.current());
    promise.found(Versioned.of(changed, Revision.of(2)), store.find(c.type().idOf(value)));
  }

  @TestFactory
  Stream<DynamicTest> insertingAnExistingAggregateConflicts() {
    return forEachCase(c -> insertTwice(c));
  }

  private <I extends Identifier, T> void insertTwice(AggregateCase<I, T> c) {
    OrgId unit = storedRoot().id();
    AggregateStore<I, T> store = c.in(storage());
    T value = c.sampleIn(samples(), unit);
    store.save(value, ExpectedRevision.expectNew());
    Promise promise = Promise.of("AggregateStore.save(value, expected)", "an insert of a stored aggregate is"
        + " refused with a conflict naming the stored revision, and nothing is written").about(c);
    ConcurrencyConflictException e = promise.thrown(ConcurrencyConflictException.class,
        () -> store.save(c.changed(value), ExpectedRevision.expectNew()));
    promise.equal(java.util.Optional.of(Revision.first()), e.current());
    promise.equal(ExpectedRevision.expectNew(), e.expected());
    promise.found(Versioned.of(value, Revision.first()), store.find(c.type().idOf(value)));
  }

  @TestFactory
  Stream<DynamicTest> updatingAMissingAggregateConflicts() {
    return forEachCase(c -> updateMissing(c));
  }

  private <I extends Identifier, T> void updateMissing(AggregateCase<I, T> c) {
    OrgId unit = storedRoot().id();
    AggregateStore<I, T> store = c.in(storage());
    T value = c.sampleIn(samples(), unit);
    Promise promise = Promise.of("AggregateStore.save(value, expected)", "an update of an aggregate not stored is"
        + " refused with a conflict naming no stored revision, and nothing is written").about(c);
    ConcurrencyConflictException e = promise.thrown(ConcurrencyConflictException.class,
        () -> store.save(value, ExpectedRevision.of(Revision.of(3))));
    promise.equal(java.util.Optional.empty(), e.current());
    promise.absent(store.find(c.type().idOf(value)));
  }

  @Test
  void everyAcceptedWriteAddsExactlyOneRevision() {
    OrgId unit = storedRoot().id();
    qt().withExamples(30).withShrinkCycles(20).forAll(integers().between(0, 15)).checkAssert(updates -> {
      RectificationStore store = storage().rectifications();
      Versioned<RectificationItem> current = store.save(samples().item(unit, List.of()), ExpectedRevision.expectNew());
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
      RectificationItem item = RectificationItem.builder().from(samples().item(unit, List.of())).measures(List.of())
          .build();
      storage().rectifications().save(item, ExpectedRevision.expectNew(), "creator");
      started.add(item);
    }
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger lockstepWinners = new AtomicInteger();
    // per item: the token of every accepted update, and who wrote it
    List<Map<String, String>> accepted = Stream.generate(
        () -> (Map<String, String>) new ConcurrentHashMap<String, String>())
        .limit(items).toList();
    CyclicBarrier readsDone = new CyclicBarrier(WRITERS);
    CyclicBarrier writesDone = new CyclicBarrier(WRITERS);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < WRITERS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          RectificationStore store = storage().rectifications();
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
      Map<String, String> tokens = accepted.get(i);
      successes += tokens.size();
      Versioned<RectificationItem> last = storage().rectifications().find(id).orElseThrow();
      assertThat(last.revision()).as("revision of item %d = 1 + its accepted updates", i)
          .isEqualTo(Revision.of(1L + tokens.size()));
      assertThat(last.value().measures()).as("every accepted update of item %d is in its value", i)
          .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tokens.keySet());
      if (storage().supports(Capability.CHANGE_HISTORY)) {
        List<ChangeRecord> history = storage().rectifications().history(id);
        assertThat(history).extracting(ChangeRecord::revision).as("history of item %d, one record a write", i)
            .containsExactlyElementsOf(LongStream.rangeClosed(1, 1L + tokens.size())
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
