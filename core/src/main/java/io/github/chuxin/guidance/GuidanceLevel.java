package io.github.chuxin.guidance;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * The level that sent a guidance group 指導組 (指导组).
 */
public enum GuidanceLevel implements Labelled {
  /** 中央 (中央): a central guidance group, such as 中央第二指導組. */
  CENTRAL(Label.of("central", "中央", "中央")),
  /** 市級 (市级): a municipal guidance group. */
  MUNICIPAL(Label.of("municipal", "市级", "市級")),
  /** 區級 (区级): a district guidance group. */
  DISTRICT(Label.of("district", "区级", "區級"));

  private final Label label;

  GuidanceLevel(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
