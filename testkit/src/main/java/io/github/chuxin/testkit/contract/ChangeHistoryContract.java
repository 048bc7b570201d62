package io.github.chuxin.testkit.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.HistoryRewriteException;
import io.github.chuxin.persistence.ItemChanges;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.StatusChange;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Change history 變更記錄 (变更记录): the append-only history of rectification items. Every write,
 * also one that changes nothing, appends one record naming its actor and revision, the time from
 * the storage's clock, and what changed (the {@link ChangeKind} and a summary naming every changed
 * field, as {@link ItemChanges} makes them); the records come oldest first, one per revision; a
 * write that rewrites past status changes is refused; the list read is unmodifiable and reads
 * cannot change it; refused writes and failed units of work append nothing.
 *
 * <p>Runs as the nested group {@code "change history"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class ChangeHistoryContract extends ContractGroup {

  private static final String HISTORY = "RectificationStore.history(item)";
  private static final String SAVE = "RectificationStore.save(item, expected, actor)";

  ChangeHistoryContract(StorageContract contract) {
    super(contract);
  }

  /** What a write must append: kind and summary as {@link ItemChanges} makes them. */
  private static void checkRecord(ChangeRecord record, Optional<RectificationItem> old, RectificationItem written,
      Revision revision, String actor) {
    Promise.of(HISTORY, "a write appends a record of the item it wrote").equal(written.id(), record.item());
    Promise.of(HISTORY, "a write appends a record of the revision it produced").equal(revision, record.revision());
    Promise.of(HISTORY, "a write appends a record naming who wrote").equal(actor, record.actor());
    Promise.of(HISTORY, "a record's kind is ItemChanges.kind(old, new)")
        .equal(ItemChanges.kind(old, written), record.kind());
    Promise.of(HISTORY, "a record's summary names every changed field, as ItemChanges.summary(old, new)")
        .equal(ItemChanges.summary(old, written), record.summary());
  }

  /** Saves and checks the record the write appended, and its time when the kit gave the storage its clock. */
  private Versioned<RectificationItem> write(RectificationStore store, RectificationItem item,
      Optional<Versioned<RectificationItem>> old, String actor) {
    Optional<Clock> clock = contract().clock();
    Instant before = clock.map(Clock::instant).orElse(Instant.MIN);
    Versioned<RectificationItem> written = store.save(item, old.map(ExpectedRevision::of)
        .orElse(ExpectedRevision.expectNew()), actor);
    Instant after = clock.map(Clock::instant).orElse(Instant.MAX);
    List<ChangeRecord> history = store.history(item.id());
    Revision revision = old.map(v -> v.revision().next()).orElse(Revision.first());
    Promise.of(HISTORY, "one record per write, the last one last").equal(revision.value(), (long) history.size());
    ChangeRecord last = history.get(history.size() - 1);
    checkRecord(last, old.map(Versioned::value), item, revision, actor);
    Promise.of(HISTORY, "a record's time comes from the storage's clock, read during the write").holds(
        last.at().isAfter(before) && last.at().isBefore(after), "after " + before + " and before " + after, last.at());
    return written;
  }

  private StatusChange change(RectificationStatus from, RectificationStatus to) {
    return StatusChange.builder().from(from).to(to).at(Instant.parse("2019-07-01T02:00:00Z"))
        .role(ActorRole.RESPONSIBLE_UNIT).build();
  }

  @Test
  void everyWriteAppendsOneRecordNamingActorRevisionTimeAndChange() {
    requireCapability(Capability.CHANGE_HISTORY);
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    RectificationItem item = RectificationItem.builder().from(samples().item(unit, List.of()))
        .status(RectificationStatus.PLANNED).history(List.of()).build();
    Versioned<RectificationItem> v1 = write(store, item, Optional.empty(), "district office");
    List<ChangeRecord> afterFirst = store.history(item.id());
    RectificationItem started = RectificationItem.builder().from(item).status(RectificationStatus.IN_PROGRESS)
        .addHistory(change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS)).build();
    Versioned<RectificationItem> v2 = write(store, started, Optional.of(v1), "lead leader");
    List<ChangeRecord> afterSecond = store.history(item.id());
    write(store, RectificationItem.builder().from(started).progress("half done").build(), Optional.of(v2),
        RectificationStore.UNKNOWN_ACTOR);
    List<ChangeRecord> history = store.history(item.id());
    Promise.of(HISTORY, "the kinds of a create, a status change and an update")
        .equal(List.of(ChangeKind.CREATED, ChangeKind.STATUS_CHANGED, ChangeKind.UPDATED),
            history.stream().map(ChangeRecord::kind).toList());
    Promise.of(HISTORY, "records are never changed: the history read before is a prefix of the history after")
        .equal(afterSecond, history.subList(0, 2));
    Promise.of(HISTORY, "records are never changed: the history read before is a prefix of the history after")
        .equal(afterFirst, history.subList(0, 1));
    Versioned<RectificationItem> v3 = store.find(item.id()).orElseThrow();
    store.save(v3.value(), ExpectedRevision.of(v3));
    Promise.of("RectificationStore.save(item, expected)", "a save without an actor records " + RectificationStore.UNKNOWN_ACTOR)
        .equal(RectificationStore.UNKNOWN_ACTOR, store.history(item.id()).get(3).actor());
  }

  @Test
  void theHistorysTimesComeFromTheStoragesClock() {
    requireCapability(Capability.CHANGE_HISTORY);
    assumeTrue(contract().clock().isPresent(), "the storage was made by createStorage(), without the kit's clock:"
        + " override createStorage(Clock) to have the history's times checked");
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    RectificationItem item = samples().item(unit, List.of());
    Versioned<RectificationItem> current = write(store, item, Optional.empty(), "a");
    for (int i = 0; i < 3; i++) {
      current = write(store, RectificationItem.builder().from(item).progress("step " + i).build(), Optional.of(current),
          "a");
    }
  }

  @Test
  void aWriteThatChangesNothingStillAppendsARecordAndARevision() {
    requireCapability(Capability.CHANGE_HISTORY);
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    RectificationItem item = samples().item(unit, List.of());
    Versioned<RectificationItem> v1 = write(store, item, Optional.empty(), "a");
    Versioned<RectificationItem> v2 = write(store, item, Optional.of(v1), "b");
    Promise.of(SAVE, "a write that changes nothing still makes the next revision")
        .equal(Versioned.of(item, Revision.of(2)), v2);
    write(store, item, Optional.of(v2), "c");
  }

  /** The fields a write may change, each as a change of the item; the summary must name each one changed. */
  private List<UnaryOperator<RectificationItem>> changes() {
    return List.of(
        r -> RectificationItem.builder().from(r).title(r.title() + " (revised)").build(),
        r -> RectificationItem.builder().from(r).addMeasures("another measure").build(),
        r -> RectificationItem.builder().from(r).progress(r.progress().orElse("") + " and more").build(),
        r -> RectificationItem.builder().from(r).addParticipatingUnits(OrgId.of(samples().fresh("org"))).build(),
        r -> RectificationItem.builder().from(r).leadLeader(LeaderId.of(samples().fresh("leader"))).build(),
        r -> RectificationItem.builder().from(r).addProblems(ProblemId.of(samples().fresh("problem"))).build(),
        r -> RectificationItem.builder().from(r).addEvidence(Evidence.builder().description("minutes")
            .addedOn(Samples.START).build()).build(),
        r -> RectificationItem.builder().from(r).status(RectificationStatus.IN_PROGRESS)
            .addHistory(change(r.status(), RectificationStatus.IN_PROGRESS)).build());
  }

  @Test
  void theSummaryNamesEveryChangedFieldWhateverTheFieldsChanged() {
    requireCapability(Capability.CHANGE_HISTORY);
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    qt().withExamples(40).withShrinkCycles(10).forAll(integers().between(1, (1 << changes().size()) - 1))
        .checkAssert(mask -> {
          RectificationItem item = RectificationItem.builder().from(samples().item(unit, List.of()))
              .status(RectificationStatus.PLANNED).history(List.of()).build();
          Versioned<RectificationItem> v1 = write(store, item, Optional.empty(), "a");
          RectificationItem changed = item;
          List<UnaryOperator<RectificationItem>> changes = changes();
          for (int i = 0; i < changes.size(); i++) {
            if ((mask & (1 << i)) != 0) {
              changed = changes.get(i).apply(changed);
            }
          }
          write(store, changed, Optional.of(v1), "b");
        });
  }

  @Test
  void recordsComeOldestFirstOnePerRevisionPastTen() {
    requireCapability(Capability.CHANGE_HISTORY);
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    RectificationItem item = samples().item(unit, List.of());
    Versioned<RectificationItem> current = write(store, item, Optional.empty(), "writer 0");
    for (int i = 1; i < 12; i++) {
      current = write(store, RectificationItem.builder().from(item).progress("step " + i).build(),
          Optional.of(current), "writer " + i);
    }
    List<ChangeRecord> history = store.history(item.id());
    Promise.of(HISTORY, "oldest first: one record per revision, in revision order")
        .equal(LongStream.rangeClosed(1, 12).mapToObj(Revision::of).toList(),
            history.stream().map(ChangeRecord::revision).toList());
    List<Instant> times = history.stream().map(ChangeRecord::at).toList();
    Promise.of(HISTORY, "oldest first: the records' times never go back")
        .equal(times.stream().sorted().toList(), times);
  }

  @Test
  void aWriteThatRewritesPastStatusChangesIsRefusedAndRecordsNothing() {
    requireCapability(Capability.CHANGE_HISTORY);
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    RectificationItem started = RectificationItem.builder().from(samples().item(unit, List.of()))
        .status(RectificationStatus.IN_PROGRESS)
        .history(List.of(change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS))).build();
    Versioned<RectificationItem> v1 = store.save(started, ExpectedRevision.expectNew(), "unit");
    List<ChangeRecord> before = store.history(started.id());
    RectificationItem dropped = RectificationItem.builder().from(started).status(RectificationStatus.PLANNED)
        .history(List.of()).build();
    StatusChange other = StatusChange.builder().from(RectificationStatus.PLANNED).to(RectificationStatus.IN_PROGRESS)
        .at(Instant.parse("2019-07-01T02:00:00Z")).role(ActorRole.LEAD_LEADER).build();
    RectificationItem altered = RectificationItem.builder().from(started).history(List.of(other)).build();
    for (RectificationItem rewrite : List.of(dropped, altered)) {
      Promise promise = Promise.of(SAVE, "a write that drops or changes a stored status change is refused, and"
          + " nothing is written");
      HistoryRewriteException e = promise.thrown(HistoryRewriteException.class,
          () -> store.save(rewrite, ExpectedRevision.of(v1), "someone"));
      promise.equal(started.id(), e.id());
      promise.equal(AggregateKind.RECTIFICATION_ITEM, e.kind());
      promise.found(Versioned.of(started, Revision.first()), store.find(started.id()));
      promise.equal(before, store.history(started.id()));
    }
  }

  @Test
  void theHistoryReadIsUnmodifiableAndCannotChangeTheStoredHistory() {
    requireCapability(Capability.CHANGE_HISTORY);
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    RectificationItem item = samples().item(unit, List.of());
    Versioned<RectificationItem> v1 = store.save(item, ExpectedRevision.expectNew(), "a");
    store.save(RectificationItem.builder().from(item).progress("p").build(), ExpectedRevision.of(v1), "b");
    List<ChangeRecord> before = List.copyOf(store.history(item.id()));
    Promise.of(HISTORY, "returns an unmodifiable list").unmodifiable(store.history(item.id()));
    Promise.of(HISTORY, "no read changes the stored history").equal(before, store.history(item.id()));
  }

  @Test
  void theHistoryOfAnItemNotStoredIsEmpty() {
    requireCapability(Capability.CHANGE_HISTORY);
    Promise.of(HISTORY, "empty if the item is not stored")
        .equal(List.of(), storage().rectifications().history(RectificationId.of(samples().fresh("item"))));
  }

  @Test
  void aBlankActorIsRefusedAndNothingIsWritten() {
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    RectificationItem item = samples().item(unit, List.of());
    for (String blank : List.of("", "  ", "\t\n")) {
      Promise promise = Promise.of(SAVE, "a blank actor is refused with IllegalArgumentException, and nothing is"
          + " written").about("actor '" + blank + "'");
      promise.thrown(IllegalArgumentException.class, () -> store.save(item, ExpectedRevision.expectNew(), blank));
      promise.absent(store.find(item.id()));
    }
    assumeTrue(storage().supports(Capability.CHANGE_HISTORY), "the storage keeps no history");
    Promise.of(HISTORY, "a refused write appends nothing").equal(List.of(), store.history(item.id()));
  }

  @Test
  void refusedWritesAndFailedUnitsOfWorkAppendNothing() {
    requireCapability(Capability.CHANGE_HISTORY);
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    Versioned<RectificationItem> v1 = store.save(samples().item(unit, List.of()), ExpectedRevision.expectNew(), "a");
    Versioned<RectificationItem> v2 = store.save(RectificationItem.builder().from(v1.value()).progress("p").build(),
        ExpectedRevision.of(v1), "b");
    List<ChangeRecord> before = store.history(v1.value().id());
    Promise promise = Promise.of(HISTORY, "a refused write or a failed unit of work appends nothing");
    try {
      store.save(RectificationItem.builder().from(v1.value()).progress("q").build(), ExpectedRevision.of(v1), "stale");
    } catch (RuntimeException expected) {
      // the conflict group checks the refusal itself
    }
    if (storage().supports(Capability.TRANSACTIONS)) {
      try {
        storage().inTransaction(tx -> {
          tx.rectifications().save(RectificationItem.builder().from(v2.value()).progress("r").build(),
              ExpectedRevision.of(v2), "abandoned");
          throw new IllegalStateException("abandon");
        });
      } catch (IllegalStateException expected) {
        // abandoned on purpose
      }
    }
    List<String> actors = new ArrayList<>();
    store.history(v1.value().id()).forEach(r -> actors.add(r.actor()));
    promise.equal(List.of("a", "b"), actors);
    promise.equal(before, store.history(v1.value().id()));
  }
}
