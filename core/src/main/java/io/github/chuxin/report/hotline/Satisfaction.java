package io.github.chuxin.report.hotline;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * A citizen's rating of how a request was handled 滿意度 (满意度).
 */
public enum Satisfaction implements Labelled {
  /** 滿意 (满意): satisfied. */
  SATISFIED(Label.of("satisfied", "满意", "滿意")),
  /** 基本滿意 (基本满意): basically satisfied; counts as satisfied in rates. */
  BASICALLY_SATISFIED(Label.of("basically satisfied", "基本满意", "基本滿意")),
  /** 不滿意 (不满意): dissatisfied. */
  DISSATISFIED(Label.of("dissatisfied", "不满意", "不滿意"));

  private final Label label;

  Satisfaction(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Tells whether the rating counts as satisfied.
   *
   * @return true for satisfied and basically satisfied
   */
  public boolean isSatisfied() {
    return this != DISSATISFIED;
  }
}
