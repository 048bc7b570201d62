package io.github.chuxin.campaign;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * One of the five objectives 目標任務 (目标任务) of the campaign; the seed's five closing paragraphs
 * report the outcome against each, in this order.
 */
public enum Objective implements Labelled {
  /** 理論學習有收穫 (理论学习有收获): gains in theoretical study. */
  THEORETICAL_STUDY(Label.of("gains in theoretical study", "理论学习有收获", "理論學習有收穫")),
  /** 思想政治受洗禮 (思想政治受洗礼): ideological and political baptism. */
  POLITICAL_BAPTISM(Label.of("ideological and political baptism", "思想政治受洗礼", "思想政治受洗禮")),
  /** 幹事創業敢擔當 (干事创业敢担当): courage to take on responsibility in work. */
  TAKING_RESPONSIBILITY(Label.of("courage to take responsibility", "干事创业敢担当", "幹事創業敢擔當")),
  /** 為民服務解難題 (为民服务解难题): solving problems in serving the people. */
  SERVING_THE_PEOPLE(Label.of("solving problems for the people", "为民服务解难题", "為民服務解難題")),
  /** 清正廉潔作表率 (清正廉洁作表率): setting an example of integrity. */
  INTEGRITY(Label.of("an example of integrity", "清正廉洁作表率", "清正廉潔作表率"));

  private final Label label;

  Objective(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
