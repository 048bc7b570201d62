package io.github.chuxin.persistence;

import io.github.chuxin.rectification.RectificationId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a rectification item's change history 變更記錄 (变更记录): who wrote which revision,
 * when (from the storage's clock), and what changed. Append-only: no write changes a stored record.
 *
 * @param item the item, not null
 * @param revision the revision the write produced, not null
 * @param actor who wrote it, not blank
 * @param at when, from the storage's injected clock, not null
 * @param kind what kind of change, not null
 * @param summary the fields that changed, e.g. {@code "status: PLANNED -> IN_PROGRESS; progress"}
 */
public record ChangeRecord(RectificationId item, Revision revision, String actor, Instant at, ChangeKind kind,
    String summary) {

  /**
   * Checks the parts.
   *
   * @param item not null
   * @param revision not null
   * @param actor not blank
   * @param at not null
   * @param kind not null
   * @param summary not null
   */
  public ChangeRecord {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("change record of " + item + ": actor must not be blank");
    }
  }
}
