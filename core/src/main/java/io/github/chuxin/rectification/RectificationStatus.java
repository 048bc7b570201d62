package io.github.chuxin.rectification;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * The status 整改進展 (整改进展) of a rectification item.
 */
public enum RectificationStatus implements Labelled {
  /** 未開始 (未开始): planned, not started. */
  PLANNED(Label.of("planned", "未开始", "未開始")),
  /** 正在整改 (正在整改): in progress. */
  IN_PROGRESS(Label.of("in progress", "正在整改", "正在整改")),
  /** 提請驗收 (提请验收): submitted for review. */
  SUBMITTED(Label.of("submitted for review", "提请验收", "提請驗收")),
  /** 退回重改 (退回重改): returned for rework. */
  RETURNED(Label.of("returned for rework", "退回重改", "退回重改")),
  /** 已完成整改 (已完成整改): completed. */
  COMPLETED(Label.of("completed", "已完成整改", "已完成整改")),
  /** 已階段性完成並長期堅持 (已阶段性完成并长期坚持): stage completed, kept up long-term. */
  STAGE_COMPLETED(Label.of("stage completed, kept up long-term", "已阶段性完成并长期坚持", "已階段性完成並長期堅持")),
  /** 銷號 (销号): verified and struck off the list. */
  SIGNED_OFF(Label.of("signed off", "销号", "銷號")),
  /** 重新整改 (重新整改): reopened after completion or sign-off. */
  REOPENED(Label.of("reopened", "重新整改", "重新整改"));

  private final Label label;

  RectificationStatus(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Tells whether an item in this status counts as done for completion figures: completed,
   * stage completed (kept up long-term) or signed off.
   *
   * @return whether the item is done
   */
  public boolean isDone() {
    return this == COMPLETED || this == STAGE_COMPLETED || this == SIGNED_OFF;
  }
}
