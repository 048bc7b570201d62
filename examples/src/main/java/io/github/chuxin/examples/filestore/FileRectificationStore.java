package io.github.chuxin.examples.filestore;

import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeRecord;
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
final class FileRectificationStore extends FileStore<RectificationId, RectificationItem>
    implements RectificationStore {

  FileRectificationStore(FileStorage.View view) {
    super(view, AggregateType.RECTIFICATION_ITEM);
  }

  /** Refuses a rewrite of the item's status history, then stages the item and its history line. */
  @Override
  FileState staged(FileState state, Optional<Versioned<RectificationItem>> stored, Versioned<RectificationItem> next,
      Map<Path, byte[]> files, String actor) {
    String key = next.value().id().value();
    ChangeRecord record = ItemChanges.record(stored.map(Versioned::value), next, actor, view.clock().instant());
    Vector<ChangeRecord> history = state.history().get(key).getOrElse(Vector.empty()).append(record);
    files.put(view.storage().fileOf(FileStorage.HISTORY, key, ".jsonl"), view.storage().encodeHistory(history));
    return super.staged(state, stored, next, files, actor).withHistory(key, history);
  }

  @Override
  public List<ChangeRecord> history(RectificationId item) {
    Objects.requireNonNull(item, "item");
    view.requireCapability(Capability.CHANGE_HISTORY);
    FileState state = view.read();
    return visible(state.tables(), item.value()).isPresent()
        ? state.history().get(item.value()).getOrElse(Vector.empty()).asJava() : List.of();
  }
}
