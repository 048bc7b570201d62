package io.github.chuxin.persistence.memory;

import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ItemChanges;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.util.List;
import java.util.Optional;

/** The in-memory store of rectification items, with their append-only change history. */
final class MemoryRectificationStore extends MemoryStore<RectificationId, RectificationItem>
    implements RectificationStore {

  MemoryRectificationStore(InMemoryStorage.View view) {
    super(view, AggregateType.RECTIFICATION_ITEM);
  }

  /** Adds the write's change record; refuses a write that rewrites the item's status changes. */
  @Override
  MemoryState withWrite(MemoryState before, Optional<Versioned<RectificationItem>> stored,
      Versioned<RectificationItem> next, String actor) {
    ChangeRecord record = ItemChanges.record(stored.map(Versioned::value), next, actor, view.clock().instant());
    return super.withWrite(before, stored, next, actor).withChange(record);
  }

  @Override
  public List<ChangeRecord> history(RectificationId item) {
    view.requireCapability(Capability.CHANGE_HISTORY);
    MemoryState state = view.read();
    return visible(state.tables(), item.value()).isPresent() ? state.history(item.value()).asJava() : List.of();
  }
}
