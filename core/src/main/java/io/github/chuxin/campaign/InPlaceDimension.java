package io.github.chuxin.campaign;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * One of the four "in place" dimensions 四個到位 (四个到位), the headings of the seed's second part.
 */
public enum InPlaceDimension implements Labelled {
  /** 思想認識到位 (思想认识到位): understanding in place. */
  UNDERSTANDING(Label.of("understanding in place", "思想认识到位", "思想認識到位")),
  /** 檢視問題到位 (检视问题到位): examination of problems in place. */
  PROBLEM_EXAMINATION(Label.of("problem examination in place", "检视问题到位", "檢視問題到位")),
  /** 整改落實到位 (整改落实到位): rectification in place. */
  RECTIFICATION(Label.of("rectification in place", "整改落实到位", "整改落實到位")),
  /** 組織領導到位 (组织领导到位): organisation and leadership in place. */
  LEADERSHIP(Label.of("organisation and leadership in place", "组织领导到位", "組織領導到位"));

  private final Label label;

  InPlaceDimension(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
