package io.github.chuxin.report.hotline;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * A category of the monthly citizen-request ranking 月度排名類別 (月度排名类别).
 */
public enum RankingCategory implements Labelled {
  /** 先進類 (先进类): advanced. */
  ADVANCED(Label.of("advanced", "先进类", "先進類")),
  /** 整改類 (整改类): needing rectification. */
  NEEDS_RECTIFICATION(Label.of("needing rectification", "整改类", "整改類")),
  /** 進步類 (进步类): most improved. */
  MOST_IMPROVED(Label.of("most improved", "进步类", "進步類")),
  /** 治理類 (治理类): targeted for governance. */
  TARGETED(Label.of("targeted for governance", "治理类", "治理類"));

  private final Label label;

  RankingCategory(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
