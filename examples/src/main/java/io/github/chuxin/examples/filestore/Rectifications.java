package io.github.chuxin.examples.filestore;

import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.HistoryRewriteException;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.StatusChange;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The file store of rectification items: each write also stages the item's history file with one
 * more line, in the same unit of work as the item's file, so the two never disagree.
 */
final class Rectifications extends FileStore<RectificationId, RectificationItem> implements RectificationStore {

  /** The fields a change summary names when they differ. */
  private static final Map<String, Function<RectificationItem, Object>> FIELDS = fields();

  Rectifications(FileStorage.View view) {
    super(view, Kind.RECTIFICATIONS, RectificationItem::id);
  }

  private static Map<String, Function<RectificationItem, Object>> fields() {
    Map<String, Function<RectificationItem, Object>> f = new java.util.LinkedHashMap<>();
    f.put("title", RectificationItem::title);
    f.put("measures", RectificationItem::measures);
    f.put("responsibleUnit", RectificationItem::responsibleUnit);
    f.put("participatingUnits", RectificationItem::participatingUnits);
    f.put("leadLeader", RectificationItem::leadLeader);
    f.put("kind", RectificationItem::kind);
    f.put("deadline", RectificationItem::deadline);
    f.put("milestones", RectificationItem::milestones);
    f.put("history", RectificationItem::history);
    f.put("progress", RectificationItem::progress);
    f.put("evidence", RectificationItem::evidence);
    f.put("completedOn", RectificationItem::completedOn);
    f.put("signOff", RectificationItem::signOff);
    f.put("problems", RectificationItem::problems);
    f.put("specialRectification", RectificationItem::specialRectification);
    return java.util.Collections.unmodifiableMap(f);
  }

  @Override
  public Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected, String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank");
    }
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
    ChangeKind change;
    String summary;
    if (old.isEmpty()) {
      change = ChangeKind.CREATED;
      summary = "created with status " + item.status();
    } else {
      requireAppendOnly(old.get(), item);
      List<String> changed = new ArrayList<>();
      if (old.get().status() != item.status()) {
        changed.add("status: " + old.get().status() + " -> " + item.status());
      }
      FIELDS.forEach((name, get) -> {
        if (!Objects.equals(get.apply(old.get()), get.apply(item))) {
          changed.add(name);
        }
      });
      change = old.get().status() != item.status() ? ChangeKind.STATUS_CHANGED : ChangeKind.UPDATED;
      summary = changed.isEmpty() ? "no field changed" : String.join("; ", changed);
    }
    ChangeRecord record = new ChangeRecord(item.id(), next.revision(), actor, view.clock().instant(), change, summary);
    Vector<ChangeRecord> history = state.history().get(key).getOrElse(Vector.empty()).append(record);
    files.put(view.storage().fileOf(FileStorage.HISTORY, key, ".jsonl"), view.storage().encodeHistory(history));
    return super.staged(state, next, files, actor).withHistory(key, history);
  }

  private static void requireAppendOnly(RectificationItem old, RectificationItem item) {
    List<StatusChange> before = old.history();
    List<StatusChange> after = item.history();
    if (after.size() < before.size() || !after.subList(0, before.size()).equals(before)) {
      throw new HistoryRewriteException(item.id(), "the stored " + before.size()
          + " status changes must stay a prefix of the new " + after.size());
    }
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
