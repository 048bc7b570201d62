package io.github.chuxin.persistence;

import io.github.chuxin.id.Identifier;
import java.util.Objects;

/**
 * A write the storage refused 存儲拒絕寫入 (存储拒绝写入): it would have broken a promise of the SPI,
 * so nothing of it was written. Names the kind of aggregate and its id.
 *
 * <p>The refusals are {@link ConcurrencyConflictException} (a stale revision),
 * {@link ScopeViolationException} (a write outside a scoped storage's subtree),
 * {@link TreeCycleException} (a unit placed in its own subtree) and {@link HistoryRewriteException}
 * (a rewrite of a rectification item's past). Each means the data is exactly as before the write,
 * unlike a {@link StorageFailureException}, where the storage itself failed. A caller that only
 * needs to know that a write was refused, and of what, catches this type.
 */
public abstract sealed class StorageRefusedException extends RuntimeException
    permits ConcurrencyConflictException, ScopeViolationException, TreeCycleException, HistoryRewriteException {

  private static final long serialVersionUID = 1L;

  /** The kind of the aggregate whose write was refused. */
  private final AggregateKind kind;
  private final transient Identifier id;

  StorageRefusedException(String message, AggregateKind kind, Identifier id) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
  }

  /**
   * Returns the kind of the aggregate whose write was refused.
   *
   * @return the kind
   */
  public AggregateKind kind() {
    return kind;
  }

  /**
   * Returns the id of the aggregate whose write was refused, of the kind's id type (an
   * {@code OrgId} for {@link AggregateKind#ORGANISATION}, a {@link ScheduleItemKey} for
   * {@link AggregateKind#SCHEDULE_ITEM}, and so on).
   *
   * @return the id
   */
  public Identifier id() {
    return id;
  }
}
