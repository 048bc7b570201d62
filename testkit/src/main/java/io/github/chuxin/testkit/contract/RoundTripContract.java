package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.AggregateCase.forEachCase;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Round trips 往返: every kind of aggregate reads back equal to what the caller gave (never merely
 * to what {@code save} returned), at revision 1 after an insert and at the next revision after an
 * update; each store names its kind and reads ids as {@code AggregateType} does, and
 * {@code Storage.store(type)} is the named getter's store; an unknown id is not found; a bulk save
 * stores every value in order, or nothing when some exist already, naming the first of them; a
 * whole dataset reads back as written; meetings, guidance assignments and five-musts records read
 * back once each, in the order added, in unmodifiable lists; a schedule item's key is its unit,
 * kind and first day, so a new title updates it and a moved window makes another.
 *
 * <p>Runs as the nested group {@code "round trips"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class RoundTripContract extends ContractGroup {

  RoundTripContract(StorageContract contract) {
    super(contract);
  }

  private static final String FIND = "AggregateStore.find(id)";
  private static final String SAVE = "AggregateStore.save(value, expected)";
  private static final String SAVE_ALL = "AggregateStore.saveAll(values)";

  @TestFactory
  Stream<DynamicTest> aNewAggregateReadsBackEqualAtRevisionOne() {
    return forEachCase(c -> insertAndRead(c));
  }

  private <I extends Identifier, T> void insertAndRead(AggregateCase<I, T> c) {
    OrgId unit = storedRoot().id();
    T value = c.sampleIn(samples(), unit);
    AggregateStore<I, T> store = c.in(storage());
    Promise.of("AggregateStore.kind()", "the kind of aggregate stored here").about(c).equal(c.type().kind(), store.kind());
    Promise.of("AggregateStore.idOf(value)", "the id of an aggregate, as its AggregateType reads it").about(c)
        .equal(c.type().idOf(value), store.idOf(value));
    Versioned<T> written = store.save(value, ExpectedRevision.expectNew());
    Promise.of(SAVE, "returns the value the caller gave, at revision 1 after an insert").about(c)
        .equal(Versioned.of(value, Revision.first()), written);
    Promise.of(FIND, "returns the value the caller saved, at its revision").about(c)
        .found(Versioned.of(value, Revision.first()), store.find(c.type().idOf(value)));
  }

  @TestFactory
  Stream<DynamicTest> anUpdateReadsBackWithTheNextRevision() {
    return forEachCase(c -> updateAndRead(c));
  }

  private <I extends Identifier, T> void updateAndRead(AggregateCase<I, T> c) {
    OrgId unit = storedRoot().id();
    AggregateStore<I, T> store = c.in(storage());
    T value = c.sampleIn(samples(), unit);
    Versioned<T> first = store.save(value, ExpectedRevision.expectNew());
    T changed = c.changed(value);
    Versioned<T> second = store.save(changed, ExpectedRevision.of(first));
    Promise.of(SAVE, "returns the value the caller gave, one revision on after an update").about(c)
        .equal(Versioned.of(changed, Revision.of(2)), second);
    Promise.of(FIND, "returns the value the caller saved last, at its revision").about(c)
        .found(Versioned.of(changed, Revision.of(2)), store.find(c.type().idOf(value)));
  }

  @TestFactory
  Stream<DynamicTest> theStoreOfAKindIsTheStoreOfItsNamedGetter() {
    return forEachCase(c -> sameStore(c));
  }

  private <I extends Identifier, T> void sameStore(AggregateCase<I, T> c) {
    OrgId unit = storedRoot().id();
    AggregateStore<I, T> named = c.in(storage());
    AggregateStore<I, T> generic = storage().store(c.type());
    Promise promise = Promise.of("Storage.store(type)", "the same store as the kind's named getter").about(c);
    promise.equal(c.type().kind(), generic.kind());
    T viaGeneric = c.sampleIn(samples(), unit);
    generic.save(viaGeneric, ExpectedRevision.expectNew());
    promise.found(Versioned.of(viaGeneric, Revision.first()), named.find(c.type().idOf(viaGeneric)));
    T viaNamed = c.sampleIn(samples(), unit);
    named.save(viaNamed, ExpectedRevision.expectNew());
    promise.found(Versioned.of(viaNamed, Revision.first()), generic.find(c.type().idOf(viaNamed)));
  }

  @TestFactory
  Stream<DynamicTest> anUnknownIdIsNotFound() {
    return forEachCase(c -> unknown(c));
  }

  private <I extends Identifier, T> void unknown(AggregateCase<I, T> c) {
    OrgId unit = storedRoot().id();
    AggregateStore<I, T> store = c.in(storage());
    Promise.of(FIND, "empty if the aggregate is not stored").about(c)
        .absent(store.find(c.type().idOf(c.sampleIn(samples(), unit))));
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
    Promise.of(SAVE_ALL, "returns the values the caller gave, in the given order, each at revision 1").about(c)
        .equal(values.stream().map(v -> Versioned.of(v, Revision.first())).toList(), written);
    for (T v : values) {
      Promise.of(FIND, "returns each value of a bulk save as the caller gave it, at revision 1").about(c)
          .found(Versioned.of(v, Revision.first()), store.find(c.type().idOf(v)));
    }
    Promise.of(SAVE_ALL, "an empty list stores nothing and returns an empty list").about(c)
        .equal(List.of(), store.saveAll(List.of()));
  }

  @TestFactory
  Stream<DynamicTest> aBulkSaveWithExistingAggregatesStoresNothingAndNamesTheFirstOfThem() {
    return forEachCase(c -> bulkConflict(c));
  }

  private <I extends Identifier, T> void bulkConflict(AggregateCase<I, T> c) {
    requireCapability(Capability.BULK_SAVE);
    OrgId unit = storedRoot().id();
    AggregateStore<I, T> store = c.in(storage());
    T existing = c.sampleIn(samples(), unit);
    T later = c.sampleIn(samples(), unit);
    store.save(existing, ExpectedRevision.expectNew());
    Versioned<T> laterStored = store.save(later, ExpectedRevision.expectNew());
    store.save(c.changed(later), ExpectedRevision.of(laterStored));
    List<T> fresh = Stream.generate(() -> c.sampleIn(samples(), unit)).limit(5).toList();
    List<T> values = new ArrayList<>(fresh.subList(0, 3));
    values.add(c.changed(existing));
    values.add(fresh.get(3));
    values.add(later);
    values.add(fresh.get(4));
    Promise promise = Promise.of(SAVE_ALL, "a list with stored ids is refused with a conflict naming the first of"
        + " them in the list's order, and nothing is written").about(c);
    ConcurrencyConflictException conflict = promise.thrown(ConcurrencyConflictException.class,
        () -> store.saveAll(values));
    promise.equal(c.type().kind(), conflict.kind());
    promise.equal(c.type().idOf(existing), conflict.id());
    promise.equal(ExpectedRevision.expectNew(), conflict.expected());
    promise.equal(Optional.of(Revision.first()), conflict.current());
    for (T v : fresh) {
      promise.absent(store.find(c.type().idOf(v)));
    }
    promise.found(Versioned.of(existing, Revision.first()), store.find(c.type().idOf(existing)));
    promise.found(Versioned.of(c.changed(later), Revision.of(2)), store.find(c.type().idOf(later)));
  }

  @Test
  void aWholeDatasetReadsBackEqual() {
    Dataset data = storedDataset(60, 20);
    for (AggregateCase<?, ?> c : AggregateCase.all()) {
      readsBack(c, data);
    }
  }

  private <I extends Identifier, T> void readsBack(AggregateCase<I, T> c, Dataset data) {
    AggregateStore<I, T> store = c.in(storage());
    for (T value : data.of(c.type().kind(), store)) {
      Promise.of(FIND, "returns every aggregate of a stored dataset as the caller gave it").about(c)
          .equal(Optional.of(value), store.find(c.type().idOf(value)).map(Versioned::value));
    }
  }

  @Test
  void meetingsReadBackOncePerBodyInTheOrderAddedInAnUnmodifiableList() {
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
    Promise promise = Promise.of("LeadershipBodyStore.meetings(body)", "a body's meetings, once each, in the order"
        + " added");
    promise.equal(meetings, storage().leadershipBodies().meetings(body.id()));
    promise.equal(List.of(elsewhere), storage().leadershipBodies().meetings(other.id()));
    promise.equal(List.of(), storage().leadershipBodies().meetings(samples().body(unit, List.of()).id()));
    Promise.of("LeadershipBodyStore.meetings(body)", "returns an unmodifiable list")
        .unmodifiable(storage().leadershipBodies().meetings(body.id()));
    promise.equal(meetings, storage().leadershipBodies().meetings(body.id()));
  }

  @Test
  void aScheduleItemKeyNamesItsUnitKindAndFirstDayAndParsesBack() {
    OrgId unit = OrgId.of(samples().fresh("org") + "/with a slash");
    ScheduleItem item = samples().scheduleItem(unit);
    ScheduleItemKey key = storage().schedule().idOf(item);
    Promise promise = Promise.of("ScheduleStore.idOf(item)", "the key of an item is its unit, kind and first day");
    promise.equal(new ScheduleItemKey(unit, item.kind(), item.window().start()), key);
    promise.equal(key, ScheduleItemKey.parse(key.value()));
  }

  @Test
  void movingAScheduleItemsWindowMakesAnotherItemAndChangingItsTitleUpdatesIt() {
    OrgId unit = storedRoot().id();
    ScheduleItem item = samples().scheduleItem(unit);
    Versioned<ScheduleItem> stored = storage().schedule().save(item, ExpectedRevision.expectNew());
    ScheduleItem retitled = ScheduleItem.builder().from(item).title(item.title() + " (revised)").build();
    Promise update = Promise.of("ScheduleStore.save(item, expected)", "changing an item's title is an update of it");
    update.equal(Versioned.of(retitled, Revision.of(2)), storage().schedule().save(retitled, ExpectedRevision.of(stored)));
    update.found(Versioned.of(retitled, Revision.of(2)), storage().schedule().find(ScheduleItemKey.of(item)));
    ScheduleItem moved = ScheduleItem.builder().from(item).window(DateWindow.ofClosed(
        item.window().start().plusYears(3), item.window().end().plusYears(3))).build();
    Promise another = Promise.of("ScheduleStore.save(item, expected)", "moving an item's window makes another item");
    another.equal(Versioned.of(moved, Revision.first()), storage().schedule().save(moved, ExpectedRevision.expectNew()));
    another.found(Versioned.of(moved, Revision.first()), storage().schedule().find(ScheduleItemKey.of(moved)));
    another.found(Versioned.of(retitled, Revision.of(2)), storage().schedule().find(ScheduleItemKey.of(item)));
  }

  @Test
  void guidanceAssignmentsAndFiveMustRecordsReadBackOnceEachInTheOrderAddedInUnmodifiableLists() {
    OrgId root = storedRoot().id();
    List<OrgId> units = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Organisation unit = samples().organisation(Optional.of(root), io.github.chuxin.org.OrgKind.BRANCH);
      storage().organisations().save(unit, ExpectedRevision.expectNew());
      units.add(unit.id());
    }
    GuidanceGroup group = samples().guidanceGroup();
    GuidanceGroup other = samples().guidanceGroup();
    storage().guidance().save(group, ExpectedRevision.expectNew());
    storage().guidance().save(other, ExpectedRevision.expectNew());
    // added in an order unlike the units' ids, so that an adapter reading them back by unit is caught
    List<GuidanceAssignment> assignments = new ArrayList<>();
    List<FiveMustRecord> records = new ArrayList<>();
    for (int i : List.of(2, 0, 3, 1)) {
      assignments.add(GuidanceAssignment.of(group.id(), units.get(i)));
      records.add(FiveMustRecord.builder().group(group.id()).unit(units.get(i)).must(FiveMust.values()[i])
          .date(Samples.START.plusDays(10 - i)).note("checked " + i).build());
    }
    GuidanceAssignment elsewhere = GuidanceAssignment.of(other.id(), units.get(0));
    for (int i = 0; i < assignments.size(); i++) {
      storage().guidance().assign(assignments.get(i));
      storage().guidance().record(records.get(i));
      storage().guidance().assign(elsewhere);
    }
    storage().guidance().assign(assignments.get(0));
    storage().guidance().record(records.get(0));
    Promise.of("GuidanceStore.assignments(group)", "a group's assignments, once each, in the order added")
        .equal(assignments, storage().guidance().assignments(group.id()));
    Promise.of("GuidanceStore.assignments(group)", "a group's assignments, once each, in the order added")
        .equal(List.of(elsewhere), storage().guidance().assignments(other.id()));
    Promise.of("GuidanceStore.records(group)", "a group's five-musts records, once each, in the order added")
        .equal(records, storage().guidance().records(group.id()));
    Promise.of("GuidanceStore.records(group)", "a group's five-musts records, once each, in the order added")
        .equal(List.of(), storage().guidance().records(other.id()));
    Promise.of("GuidanceStore.assignments(group)", "returns an unmodifiable list")
        .unmodifiable(storage().guidance().assignments(group.id()));
    Promise.of("GuidanceStore.records(group)", "returns an unmodifiable list")
        .unmodifiable(storage().guidance().records(group.id()));
    Promise.of("GuidanceStore.records(group)", "no read changes the stored facts")
        .equal(records, storage().guidance().records(group.id()));
  }
}
