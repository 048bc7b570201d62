package io.github.chuxin.persistence.memory;

import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.ItemChanges;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The in-memory store of rectification items, with their append-only change history. */
final class Rectifications extends MemoryStore<RectificationId, RectificationItem> implements RectificationStore {

  private final ThreadLocal<String> actor = new ThreadLocal<>();

  Rectifications(InMemoryStorage.View view) {
    super(view, Table.RECTIFICATIONS, RectificationItem::id);
  }

  @Override
  public Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected, String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank");
    }
    this.actor.set(actor);
    try {
      return super.save(item, expected);
    } finally {
      this.actor.remove();
    }
  }

  @Override
  public Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected) {
    return save(item, expected, UNKNOWN_ACTOR);
  }

  @Override
  State afterWrite(State written, State before, Versioned<RectificationItem> next, ExpectedRevision expected) {
    RectificationItem item = next.value();
    Optional<RectificationItem> old = before.table(kind()).get(item.id().value()).toJavaOptional()
        .map(v -> (RectificationItem) v.value());
    old.ifPresent(o -> ItemChanges.requireAppendOnly(o, item));
    ChangeKind kind = ItemChanges.kind(old, item);
    String summary = ItemChanges.summary(old, item);
    String who = Optional.ofNullable(actor.get()).orElse(UNKNOWN_ACTOR);
    return written.withChange(new ChangeRecord(item.id(), next.revision(), who, view.clock().instant(), kind, summary));
  }

  @Override
  public List<ChangeRecord> history(RectificationId item) {
    view.require(io.github.chuxin.persistence.Capability.CHANGE_HISTORY);
    State state = view.session().read();
    boolean visible = state.table(kind()).get(item.value()).map(v -> visible(state, cast(v))).getOrElse(false);
    return visible ? state.history(item.value()).asJava() : List.of();
  }
}
