package io.github.chuxin.persistence.memory;

import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.HistoryRewriteException;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.StatusChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The in-memory store of rectification items, with their append-only change history. */
final class Rectifications extends MemoryStore<RectificationId, RectificationItem> implements RectificationStore {

  private static final List<Field> FIELDS = List.of(
      new Field("problems", RectificationItem::problems),
      new Field("specialRectification", RectificationItem::specialRectification),
      new Field("title", RectificationItem::title),
      new Field("measures", RectificationItem::measures),
      new Field("responsibleUnit", RectificationItem::responsibleUnit),
      new Field("participatingUnits", RectificationItem::participatingUnits),
      new Field("leadLeader", RectificationItem::leadLeader),
      new Field("kind", RectificationItem::kind),
      new Field("createdOn", RectificationItem::createdOn),
      new Field("deadline", RectificationItem::deadline),
      new Field("milestones", RectificationItem::milestones),
      new Field("history", RectificationItem::history),
      new Field("progress", RectificationItem::progress),
      new Field("evidence", RectificationItem::evidence),
      new Field("completedOn", RectificationItem::completedOn),
      new Field("signOff", RectificationItem::signOff));

  private record Field(String name, Function<RectificationItem, Object> get) {
  }

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
    ChangeKind kind;
    String summary;
    if (old.isEmpty()) {
      kind = ChangeKind.CREATED;
      summary = "created with status " + item.status();
    } else {
      requireAppendOnly(old.get(), item);
      List<String> changed = new ArrayList<>();
      if (old.get().status() != item.status()) {
        changed.add("status: " + old.get().status() + " -> " + item.status());
      }
      for (Field f : FIELDS) {
        if (!Objects.equals(f.get().apply(old.get()), f.get().apply(item))) {
          changed.add(f.name());
        }
      }
      kind = old.get().status() != item.status() ? ChangeKind.STATUS_CHANGED : ChangeKind.UPDATED;
      summary = changed.isEmpty() ? "no field changed" : String.join("; ", changed);
    }
    String who = Optional.ofNullable(actor.get()).orElse(UNKNOWN_ACTOR);
    return written.withChange(new ChangeRecord(item.id(), next.revision(), who, view.clock().instant(), kind, summary));
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
    view.require(io.github.chuxin.persistence.Capability.CHANGE_HISTORY);
    State state = view.session().read();
    boolean visible = state.table(kind()).get(item.value()).map(v -> visible(state, cast(v))).getOrElse(false);
    return visible ? state.history(item.value()).asJava() : List.of();
  }
}
