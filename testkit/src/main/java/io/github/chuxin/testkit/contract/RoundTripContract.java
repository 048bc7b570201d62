package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.AggregateCase.forEachCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Round trips 往返: every kind of aggregate reads back equal to what was written, at revision 1
 * after an insert and at the next revision after an update; an unknown id is not found; a bulk
 * save stores every value, or nothing when one of them exists already; a whole dataset, meetings,
 * schedule keys, guidance assignments and five-musts records read back as written.
 *
 * <p>Runs as the nested group {@code "round trips"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class RoundTripContract extends ContractGroup {

  RoundTripContract(StorageContract contract) {
    super(contract);
  }

  @TestFactory
  Stream<DynamicTest> aNewAggregateReadsBackEqualAtRevisionOne() {
    return forEachCase(c -> insertAndRead(c));
  }

  private <I extends Identifier, T> void insertAndRead(AggregateCase<I, T> c) {
    OrgId unit = storedRoot().id();
    T value = c.sampleIn(samples(), unit);
    AggregateStore<I, T> store = c.in(storage());
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
    AggregateStore<I, T> store = c.in(storage());
    Versioned<T> first = store.save(c.sampleIn(samples(), unit), ExpectedRevision.expectNew());
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
    AggregateStore<I, T> store = c.in(storage());
    assertThat(store.find(store.idOf(c.sampleIn(samples(), unit)))).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> aBulkSaveStoresEveryAggregateAtRevisionOne() {
    return forEachCase(c -> bulk(c));
  }

  private <I extends Identifier, T> void bulk(AggregateCase<I, T> c) {
    requireCapability(Capability.BULK_SAVE);
    OrgId unit = storedRoot().id();
    AggregateStore<I, T> store = c.in(storage());
    List<T> values = Stream.generate(() -> c.sampleIn(samples(), unit)).limit(25).toList();
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
    AggregateStore<I, T> store = c.in(storage());
    T existing = c.sampleIn(samples(), unit);
    store.save(existing, ExpectedRevision.expectNew());
    List<T> fresh = Stream.generate(() -> c.sampleIn(samples(), unit)).limit(5).toList();
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
      assertThat(storage().organisations().find(o.id()).map(Versioned::value)).contains(o);
    }
    for (RectificationItem r : data.items()) {
      assertThat(storage().rectifications().find(r.id()).map(Versioned::value)).contains(r);
    }
    for (Problem p : data.problems()) {
      assertThat(storage().problems().find(p.id()).map(Versioned::value)).contains(p);
    }
    data.specials().forEach(s ->
        assertThat(storage().specialRectifications().find(s.id()).map(Versioned::value)).contains(s));
    data.activities().forEach(a -> assertThat(storage().activities().find(a.id()).map(Versioned::value)).contains(a));
    assertThat(storage().campaigns().find(data.campaign().id()).map(Versioned::value)).contains(data.campaign());
    for (Leader l : data.leaderValues()) {
      assertThat(storage().leaders().find(l.id()).map(Versioned::value)).contains(l);
    }
    for (LeadershipBody b : data.bodies()) {
      assertThat(storage().leadershipBodies().find(b.id()).map(Versioned::value)).contains(b);
    }
    for (ImplementationPlan p : data.plans()) {
      assertThat(storage().plans().find(p.id()).map(Versioned::value)).contains(p);
    }
    for (ScheduleItem i : data.schedule()) {
      assertThat(storage().schedule().find(ScheduleItemKey.of(i)).map(Versioned::value)).contains(i);
    }
    for (ProblemList l : data.problemLists()) {
      assertThat(storage().problemLists().find(l.id()).map(Versioned::value)).contains(l);
    }
  }

  @Test
  void meetingsReadBackOncePerBodyInTheOrderAdded() {
    OrgId unit = storedRoot().id();
    LeadershipBody body = samples().body(unit, List.of());
    LeadershipBody other = samples().body(unit, List.of());
    Dataset.saveAll(storage(), storage().leadershipBodies(), List.of(body, other));
    List<Meeting> meetings = Stream.generate(() -> samples().meeting(body.id())).limit(6).toList();
    Meeting elsewhere = samples().meeting(other.id());
    for (Meeting m : meetings) {
      storage().leadershipBodies().hold(m);
      storage().leadershipBodies().hold(elsewhere);
    }
    storage().leadershipBodies().hold(meetings.get(0));
    assertThat(storage().leadershipBodies().meetings(body.id())).containsExactlyElementsOf(meetings);
    assertThat(storage().leadershipBodies().meetings(other.id())).containsExactly(elsewhere);
    assertThat(storage().leadershipBodies().meetings(samples().body(unit, List.of()).id())).isEmpty();
  }

  @Test
  void aScheduleItemKeyNamesItsUnitKindAndFirstDayAndParsesBack() {
    OrgId unit = OrgId.of(samples().fresh("org") + "/with a slash");
    ScheduleItem item = samples().scheduleItem(unit);
    ScheduleItemKey key = storage().schedule().idOf(item);
    assertThat(key).isEqualTo(new ScheduleItemKey(unit, item.kind(), item.window().start()));
    assertThat(ScheduleItemKey.parse(key.value())).isEqualTo(key);
  }

  @Test
  void guidanceAssignmentsAndFiveMustRecordsReadBackOnceEach() {
    OrgId unit = storedRoot().id();
    GuidanceGroup group = samples().guidanceGroup();
    storage().guidance().save(group, ExpectedRevision.expectNew());
    GuidanceAssignment assignment = GuidanceAssignment.of(group.id(), unit);
    FiveMustRecord record = FiveMustRecord.builder().group(group.id()).unit(unit).must(FiveMust.REVIEW_PLAN)
        .date(Samples.START).note("checked").build();
    storage().guidance().assign(assignment);
    storage().guidance().assign(assignment);
    storage().guidance().record(record);
    storage().guidance().record(record);
    assertThat(storage().guidance().assignments(group.id())).containsExactly(assignment);
    assertThat(storage().guidance().records(group.id())).containsExactly(record);
  }
}
