package io.github.chuxin.examples.filestore;

import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.ItemChanges;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The file store of rectification items: each write also stages the item's history file with one
 * more line, in the same unit of work as the item's file, so the two never disagree.
 */
final class Rectifications extends FileStore<RectificationId, RectificationItem> implements RectificationStore {

  Rectifications(FileStorage.View view) {
    super(view, Kind.RECTIFICATIONS, RectificationItem::id);
  }

  @Override
  public Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected, String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank");
    }
    FileStorage.wellFormed(actor);
    return super.save(item, expected, actor);
  }

  @Override
  public Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected) {
    return save(item, expected, UNKNOWN_ACTOR);
  }

  /** Refuses a rewrite of the item's status history, then stages the item and its history line. */
  @Override
  State staged(State state, Versioned<RectificationItem> next, Map<Path, byte[]> files, String actor) {
    RectificationItem item = next.value();
    String key = item.id().value();
    Optional<RectificationItem> old = state.table(kind()).get(key).toJavaOptional().map(this::cast);
    old.ifPresent(o -> ItemChanges.requireAppendOnly(o, item));
    ChangeKind change = ItemChanges.kind(old, item);
    String summary = ItemChanges.summary(old, item);
    ChangeRecord record = new ChangeRecord(item.id(), next.revision(), actor, view.clock().instant(), change, summary);
    Vector<ChangeRecord> history = state.history().get(key).getOrElse(Vector.empty()).append(record);
    files.put(view.storage().fileOf(FileStorage.HISTORY, key, ".jsonl"), view.storage().encodeHistory(history));
    return super.staged(state, next, files, actor).withHistory(key, history);
  }

  @Override
  public List<ChangeRecord> history(RectificationId item) {
    Objects.requireNonNull(item, "item");
    if (!view.capabilities().contains(Capability.CHANGE_HISTORY)) {
      throw new io.github.chuxin.persistence.UnsupportedCapabilityException(Capability.CHANGE_HISTORY);
    }
    State state = view.read();
    boolean visible = state.table(kind()).get(item.value()).map(v -> visible(state, cast(v))).getOrElse(false);
    return visible ? state.history().get(item.value()).getOrElse(Vector.empty()).asJava() : List.of();
  }
}
