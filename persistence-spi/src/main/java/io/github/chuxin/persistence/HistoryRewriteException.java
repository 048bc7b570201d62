package io.github.chuxin.persistence;

import io.github.chuxin.rectification.RectificationId;

/**
 * A write that would rewrite a rectification item's past 改寫歷史 (改写历史): its status changes
 * must keep every stored change as a prefix. Nothing was written.
 */
public final class HistoryRewriteException extends StorageRefusedException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param item the item, not null
   * @param detail what would have been rewritten, not null
   */
  public HistoryRewriteException(RectificationId item, String detail) {
    super("rectification item " + item.value() + ": history is append-only, " + detail + "; nothing was written",
        AggregateKind.RECTIFICATION_ITEM, item);
  }

  /**
   * Returns the item whose history the write would rewrite.
   *
   * @return the item's id
   */
  @Override
  public RectificationId id() {
    return (RectificationId) super.id();
  }
}
