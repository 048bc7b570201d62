package io.github.chuxin.persistence;

import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.util.List;

/**
 * The store of rectification items and their change history 整改事項存儲 (整改事项存储).
 *
 * <p>Every write, also one that changes nothing, appends a {@link ChangeRecord} (who, when from the
 * storage's clock, what changed: the kind and summary that {@link ItemChanges} makes) to the item's
 * history, which no write can change. A write whose item's status changes do not
 * keep the stored ones as a prefix is refused with {@link HistoryRewriteException}.
 */
public interface RectificationStore extends AggregateStore<RectificationId, RectificationItem> {

  /** The actor recorded by {@link #save(Object, ExpectedRevision)}. */
  String UNKNOWN_ACTOR = "unknown";

  /**
   * Writes an item on behalf of an actor, recording the change.
   *
   * @param item the item, not null
   * @param expected the expected revision, not null
   * @param actor who writes, not blank
   * @return the item with its new revision
   * @throws ConcurrencyConflictException if the stored revision differs
   * @throws HistoryRewriteException if the item's status changes rewrite the stored ones
   * @throws IllegalArgumentException if the actor is blank; nothing is written
   */
  Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected, String actor);

  /**
   * Writes an item on behalf of {@value #UNKNOWN_ACTOR}.
   *
   * @param item the item, not null
   * @param expected the expected revision, not null
   * @return the item with its new revision
   */
  @Override
  default Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected) {
    return save(item, expected, UNKNOWN_ACTOR);
  }

  /**
   * Returns an item's change history, oldest first: one record per revision. Needs
   * {@link Capability#CHANGE_HISTORY}.
   *
   * @param item the item, not null
   * @return an unmodifiable list, empty if the item is not stored (or outside the scope)
   */
  List<ChangeRecord> history(RectificationId item);
}
