package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.Pages.ids;
import static io.github.chuxin.testkit.contract.Pages.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Criterion;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.rectification.RectificationItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Units of work 事務 (事务): a unit of work commits all its writes or none. An exception or a
 * refused write at a random point of a random script of writes over every kind leaves every
 * store as it was; a unit of work reads its own writes; a unit of work started on a unit of work's
 * storage joins it, and that storage serves its work only.
 *
 * <p>Runs as the nested group {@code "units of work"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class UnitOfWorkContract extends ContractGroup {

  UnitOfWorkContract(StorageContract contract) {
    super(contract);
  }

  private Storage writeOneOfEach(Storage tx, OrgId unit, List<Runnable> presentChecks, List<Runnable> absentChecks) {
    for (AggregateCase<?, ?> c : AggregateCase.all()) {
      writeOne(tx, c, unit, presentChecks, absentChecks);
    }
    return tx;
  }

  private <I extends Identifier, T> void writeOne(Storage tx, AggregateCase<I, T> c, OrgId unit,
      List<Runnable> present, List<Runnable> absent) {
    T value = c.sampleIn(samples(), unit);
    c.in(tx).save(value, ExpectedRevision.expectNew());
    I id = c.in(tx).idOf(value);
    present.add(() -> assertThat(c.in(storage()).find(id)).as(c.name() + " written in the unit of work")
        .contains(Versioned.of(value, Revision.first())));
    absent.add(() -> assertThat(c.in(storage()).find(id)).as(c.name() + " of a failed unit of work").isEmpty());
  }

  @Test
  void everyWriteOfACommittedUnitOfWorkIsStored() {
    requireCapability(Capability.TRANSACTIONS);
    OrgId unit = storedRoot().id();
    List<Runnable> present = new ArrayList<>();
    List<Runnable> absent = new ArrayList<>();
    String result = storage().inTransaction(tx -> {
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
  private record Write(String what, Consumer<Storage> run) {
    @Override
    public String toString() {
      return what;
    }
  }

  /** What a reader sees of one test's data: every probe's answer, in order. */
  private List<Object> observe(Storage s, OrgId root, List<Function<Storage, Object>> probes) {
    List<Object> seen = new ArrayList<>();
    for (Function<Storage, Object> probe : probes) {
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
  private <I extends Identifier, T> Function<Storage, Object> finding(AggregateCase<I, T> c,
      Object value) {
    I id = c.in(storage()).idOf((T) value);
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
    Map<String, Integer> faultsByKind = new ConcurrentHashMap<>();
    List<AggregateCase<?, ?>> kinds = AggregateCase.all();
    qt().withExamples(25).withShrinkCycles(10)
        .forAll(integers().between(1, 30), integers().between(0, 30), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((length, failAtDrawn, seed) -> {
          int failAt = failAtDrawn % (length + 1); // length: after the last write, just before the commit
          SplittableRandom random = new SplittableRandom(seed);
          OrgId root = storedRoot().id();
          Organisation unit = samples().organisation(Optional.of(root), OrgKind.DISTRICT);
          storage().organisations().save(unit, ExpectedRevision.expectNew());
          List<Function<Storage, Object>> probes = new ArrayList<>();
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
          if (storage().supports(Capability.CHANGE_HISTORY)) {
            probes.add(s -> s.rectifications().history(item.id()));
          }
          List<Write> script = new ArrayList<>();
          for (int i = 0; i < length; i++) {
            int k = random.nextInt(kinds.size());
            AggregateCase<?, ?> c = kinds.get(k);
            switch (random.nextInt(7)) {
              case 0, 1 -> {
                Object value = c.sampleIn(samples(), unit.id());
                probes.add(finding(c, value));
                script.add(new Write("insert a new " + c, tx -> insertNew(c, tx, value)));
              }
              case 2 -> script.add(new Write("update the stored " + c, tx -> update(c, tx, existing.get(k))));
              case 3 -> {
                if (!storage().supports(Capability.BULK_SAVE)) {
                  continue;
                }
                List<Object> values = Stream.generate(() -> (Object) c.sampleIn(samples(), unit.id()))
                    .limit(1 + random.nextInt(3)).toList();
                values.forEach(v -> probes.add(finding(c, v)));
                script.add(new Write("bulk-save " + values.size() + " new " + c,
                    tx -> bulk(c, tx, values)));
              }
              case 4 -> {
                Meeting meeting = samples().meeting(body.id());
                script.add(new Write("hold a meeting", tx -> tx.leadershipBodies().hold(meeting)));
              }
              case 5 -> {
                Organisation other = samples().organisation(Optional.of(unit.id()), OrgKind.BRANCH);
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
          int faultKind = random.nextInt(storage().supports(Capability.BULK_SAVE) ? 4 : 3);
          Problem freshProblem = samples().problem(unit.id(), List.of());
          probes.add(s -> s.problems().find(freshProblem.id()));
          InjectedFault injected = new InjectedFault(stop);
          Class<? extends RuntimeException> expected = switch (faultKind) {
            case 0 -> InjectedFault.class;
            case 1, 3 -> ConcurrencyConflictException.class;
            default -> TreeCycleException.class;
          };
          List<Object> before = observe(storage(), unit.id(), probes);
          Throwable thrown = catchThrowable(() -> storage().inTransaction(tx -> {
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
          assertThat(observe(storage(), unit.id(), probes))
              .as("every store after a %s before write %d of %s", expected.getSimpleName(), stop, script)
              .isEqualTo(before);
          cases.incrementAndGet();
          writesUndone.addAndGet(stop);
          faultsByKind.merge(expected.getSimpleName(), 1, Integer::sum);
        });
    report("faults in units of work: %d cases tried, %d writes undone by the fault, faults thrown: %s", cases.get(),
        writesUndone.get(), new TreeMap<>(faultsByKind));
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
    T value = c.sampleIn(samples(), unit);
    c.in(storage()).save(value, ExpectedRevision.expectNew());
    return value;
  }

  @Test
  void aFailureMidwayLeavesNothing() {
    requireCapability(Capability.TRANSACTIONS);
    OrgId unit = storedRoot().id();
    List<Runnable> present = new ArrayList<>();
    List<Runnable> absent = new ArrayList<>();
    IllegalStateException failure = new IllegalStateException("the work fails midway");
    Throwable thrown = catchThrowable(() -> storage().inTransaction(tx -> {
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
    Versioned<RectificationItem> item = storage().rectifications().save(samples().item(unit, List.of()),
        ExpectedRevision.expectNew());
    storage().rectifications().save(RectificationItem.builder().from(item.value()).progress("moved on").build(),
        ExpectedRevision.of(item));
    Problem problem = samples().problem(unit, List.of());
    assertThatThrownBy(() -> storage().inTransaction(tx -> {
      tx.problems().save(problem, ExpectedRevision.expectNew());
      return tx.rectifications().save(RectificationItem.builder().from(item.value()).progress("stale").build(),
          ExpectedRevision.of(item));
    })).isInstanceOf(ConcurrencyConflictException.class);
    assertThat(storage().problems().find(problem.id())).isEmpty();
    assertThat(storage().rectifications().find(item.value().id()).map(Versioned::revision)).contains(Revision.of(2));
    if (storage().supports(Capability.CHANGE_HISTORY)) {
      assertThat(storage().rectifications().history(item.value().id())).hasSize(2);
    }
  }

  @Test
  void aUnitOfWorkReadsItsOwnWrites() {
    requireCapability(Capability.TRANSACTIONS);
    OrgId unit = storedRoot().id();
    Problem problem = samples().problem(unit, List.of());
    Optional<Versioned<Problem>> seen = storage().inTransaction(tx -> {
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
    List<Problem> problems = Stream.generate(() -> samples().problem(unit, List.of())).limit(20).toList();
    assertThatThrownBy(() -> storage().inTransaction(tx -> {
      tx.problems().saveAll(problems);
      throw new IllegalStateException("abandon the import");
    })).hasMessage("abandon the import");
    assertThat(storage().problems().count(Query.builder().subtree(unit).build())).isZero();
  }

  @Test
  void aMeetingHeldInAFailedUnitOfWorkIsNotKept() {
    requireCapability(Capability.TRANSACTIONS);
    OrgId unit = storedRoot().id();
    LeadershipBody body = samples().body(unit, List.of());
    storage().leadershipBodies().save(body, ExpectedRevision.expectNew());
    Meeting kept = samples().meeting(body.id());
    storage().leadershipBodies().hold(kept);
    assertThatThrownBy(() -> storage().inTransaction(tx -> {
      tx.leadershipBodies().hold(samples().meeting(body.id()));
      throw new IllegalStateException("abandon the meeting");
    })).hasMessage("abandon the meeting");
    assertThat(storage().leadershipBodies().meetings(body.id())).containsExactly(kept);
  }

  @Test
  void aUnitOfWorkStartedOnTheStorageOfAnotherJoinsIt() {
    requireCapability(Capability.TRANSACTIONS);
    OrgId unit = storedRoot().id();
    Problem inner = samples().problem(unit, List.of());
    Problem outer = samples().problem(unit, List.of());
    IllegalStateException abandon = new IllegalStateException("abandon the outer work");
    Promise promise = Promise.of("Storage.inTransaction(work)", "called on a unit of work's storage, it joins that"
        + " unit of work: its writes commit or vanish with the outer work's");
    Throwable thrown = promise.thrown(IllegalStateException.class, () -> storage().inTransaction(tx -> {
      tx.inTransaction(joined -> joined.problems().save(inner, ExpectedRevision.expectNew()));
      tx.problems().save(outer, ExpectedRevision.expectNew());
      throw abandon;
    }));
    promise.equal(abandon, thrown);
    promise.absent(storage().problems().find(inner.id()));
    promise.absent(storage().problems().find(outer.id()));
    storage().inTransaction(tx -> {
      tx.inTransaction(joined -> joined.problems().save(inner, ExpectedRevision.expectNew()));
      return tx.problems().save(outer, ExpectedRevision.expectNew());
    });
    promise.found(Versioned.of(inner, Revision.first()), storage().problems().find(inner.id()));
    promise.found(Versioned.of(outer, Revision.first()), storage().problems().find(outer.id()));
  }

  @Test
  void theStorageOfAUnitOfWorkServesThatWorkOnly() {
    requireCapability(Capability.TRANSACTIONS);
    OrgId unit = storedRoot().id();
    Problem problem = samples().problem(unit, List.of());
    List<Storage> leaked = new ArrayList<>();
    storage().inTransaction(tx -> leaked.add(tx));
    try {
      storage().inTransaction(tx -> {
        leaked.add(tx);
        throw new IllegalStateException("abandon");
      });
    } catch (IllegalStateException expected) {
      // abandoned on purpose
    }
    for (Storage ended : leaked) {
      Promise promise = Promise.of("Storage.inTransaction(work)", "the storage a work is given serves that work"
          + " only: after it, every call fails with IllegalStateException and writes nothing");
      promise.thrown(IllegalStateException.class, () -> ended.problems().save(problem, ExpectedRevision.expectNew()));
      promise.thrown(IllegalStateException.class, () -> ended.problems().find(problem.id()));
      promise.absent(storage().problems().find(problem.id()));
    }
  }
}
