package io.github.chuxin.persistence;

import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a write of a rectification item changes, as every adapter must record it in the item's
 * change history: the {@link ChangeKind}, a summary of the changed fields, and the check that the
 * item's status changes stay append-only.
 *
 * <p>One implementation for every adapter, so that the in-memory store, the JDBC adapter and any
 * adapter of yours write the same {@link ChangeRecord}s. Stateless and thread-safe.
 */
public final class ItemChanges {

  private record Field(String name, Function<RectificationItem, Object> get) {}

  private static final List<Field> FIELDS = List.of(
      new Field("problems", RectificationItem::problems),
      new Field("linkedItems", RectificationItem::linkedItems),
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

  private ItemChanges() {}

  /**
   * Checks that a new version keeps the stored status changes as a prefix of its own.
   *
   * @param old the stored version, not null
   * @param item the new version, not null
   * @throws HistoryRewriteException if a stored status change would be dropped or changed
   */
  public static void requireAppendOnly(RectificationItem old, RectificationItem item) {
    List<StatusChange> before = old.history();
    List<StatusChange> after = item.history();
    if (after.size() < before.size() || !after.subList(0, before.size()).equals(before)) {
      throw new HistoryRewriteException(item.id(), "the stored " + before.size()
          + " status changes must stay a prefix of the new " + after.size());
    }
  }

  /**
   * Checks the actor of a write.
   *
   * @param actor who writes
   * @return the actor
   * @throws NullPointerException if the actor is null
   * @throws IllegalArgumentException if the actor is blank
   */
  public static String requireActor(String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank");
    }
    return actor;
  }

  /**
   * Returns the change record of a write, after checking that it keeps the stored status changes.
   *
   * @param old the stored version, empty for an insert
   * @param written the new version with the revision the write gives it, not null
   * @param actor who writes, not blank
   * @param at when, from the storage's clock, not null
   * @return the record to append to the item's history
   * @throws HistoryRewriteException if a stored status change would be dropped or changed
   */
  public static ChangeRecord record(Optional<RectificationItem> old, Versioned<RectificationItem> written,
      String actor, Instant at) {
    RectificationItem item = written.value();
    old.ifPresent(o -> requireAppendOnly(o, item));
    return new ChangeRecord(item.id(), written.revision(), actor, at, kind(old, item), summary(old, item));
  }

  /**
   * Returns the kind of a write: created, status changed or updated.
   *
   * @param old the stored version, empty for an insert
   * @param item the new version, not null
   * @return the kind
   */
  public static ChangeKind kind(Optional<RectificationItem> old, RectificationItem item) {
    if (old.isEmpty()) {
      return ChangeKind.CREATED;
    }
    return old.get().status() != item.status() ? ChangeKind.STATUS_CHANGED : ChangeKind.UPDATED;
  }

  /**
   * Summarises a write: {@code created with status PLANNED}, or the status move and the names of
   * the changed fields, such as {@code status: IN_PROGRESS -> SUBMITTED; evidence}.
   *
   * @param old the stored version, empty for an insert
   * @param item the new version, not null
   * @return the summary, not blank
   */
  public static String summary(Optional<RectificationItem> old, RectificationItem item) {
    Objects.requireNonNull(item, "item");
    if (old.isEmpty()) {
      return "created with status " + item.status();
    }
    List<String> changed = new ArrayList<>();
    if (old.get().status() != item.status()) {
      changed.add("status: " + old.get().status() + " -> " + item.status());
    }
    for (Field f : FIELDS) {
      if (!Objects.equals(f.get().apply(old.get()), f.get().apply(item))) {
        changed.add(f.name());
      }
    }
    return changed.isEmpty() ? "no field changed" : String.join("; ", changed);
  }
}
