package io.github.chuxin.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.HistoryRewriteException;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.StatusChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Change history 變更記錄 (变更记录): the append-only history of rectification items. Every write
 * appends one record naming its actor, revision and change; a write that rewrites past status
 * changes is refused; reads cannot change it; refused writes and failed units of work append
 * nothing.
 *
 * <p>Runs as the nested group {@code "change history"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class ChangeHistoryContract extends ContractGroup {

  ChangeHistoryContract(StorageContract contract) {
    super(contract);
  }

  @Test
  void everyWriteAppendsOneRecordNamingActorRevisionAndChange() {
    requireCapability(Capability.CHANGE_HISTORY);
    OrgId unit = storedRoot().id();
    RectificationStore store = storage().rectifications();
    RectificationItem item = RectificationItem.builder().from(samples().item(unit, List.of()))
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
    RectificationStore store = storage().rectifications();
    RectificationItem started = RectificationItem.builder().from(samples().item(unit, List.of()))
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
    RectificationStore store = storage().rectifications();
    Versioned<RectificationItem> v1 = store.save(samples().item(unit, List.of()), ExpectedRevision.expectNew(), "a");
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
    RectificationStore store = storage().rectifications();
    Versioned<RectificationItem> v1 = store.save(samples().item(unit, List.of()), ExpectedRevision.expectNew(), "a");
    Versioned<RectificationItem> v2 = store.save(RectificationItem.builder().from(v1.value()).progress("p").build(),
        ExpectedRevision.of(v1), "b");
    catchThrowable(() -> store.save(RectificationItem.builder().from(v1.value()).progress("q").build(),
        ExpectedRevision.of(v1), "stale"));
    if (storage().supports(Capability.TRANSACTIONS)) {
      catchThrowable(() -> storage().inTransaction(tx -> {
        tx.rectifications().save(RectificationItem.builder().from(v2.value()).progress("r").build(),
            ExpectedRevision.of(v2), "abandoned");
        throw new IllegalStateException("abandon");
      }));
    }
    assertThat(store.history(v1.value().id())).extracting(ChangeRecord::actor).containsExactly("a", "b");
  }
}
