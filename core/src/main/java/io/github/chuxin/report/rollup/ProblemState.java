package io.github.chuxin.report.rollup;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * The state of a problem in a roll-up 問題狀態 (问题状态): open, answered by a rectification
 * item, or closed with a reason.
 *
 * <p>A problem with a {@linkplain io.github.chuxin.problem.Problem#closure() closure} is closed,
 * whatever items answer it; otherwise it is answered when at least one rectification item lists
 * it, and open when none does.
 */
public enum ProblemState implements Labelled {
  /** 未列入整改 (未列入整改): no item answers it yet and it is not closed. */
  OPEN(Label.of("not yet in rectification", "未列入整改", "未列入整改")),
  /** 已列入整改 (已列入整改): answered by at least one rectification item. */
  ANSWERED(Label.of("answered by an item", "已列入整改", "已列入整改")),
  /** 已關閉 (已关闭): closed with a reason. */
  CLOSED(Label.of("closed", "已关闭", "已關閉"));

  private final Label label;

  ProblemState(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
