package io.github.chuxin.problem;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * Where a problem was found 問題來源 (问题来源).
 */
public enum ProblemSource implements Labelled {
  /** 調研 (调研): a research visit. */
  RESEARCH(Label.of("research", "调研", "調研")),
  /** 徵求意見 (征求意见): soliciting opinions. */
  SOLICITED_OPINIONS(Label.of("solicited opinions", "征求意见", "徵求意見")),
  /** 對照黨章黨規找差距 (对照党章党规找差距): comparison against the Party Constitution and rules. */
  SELF_EXAMINATION(Label.of("self-examination against party rules", "对照党章党规找差距", "對照黨章黨規找差距")),
  /** 12345 市民服務熱線 (12345市民服务热线): citizen requests. */
  CITIZEN_REQUESTS(Label.of("citizen requests (12345)", "12345市民服务热线", "12345市民服務熱線")),
  /** 指導組反饋 (指导组反馈): feedback of a guidance group. */
  GUIDANCE_FEEDBACK(Label.of("guidance-group feedback", "指导组反馈", "指導組反饋")),
  /** 專項整治 (专项整治): a special rectification. */
  SPECIAL_RECTIFICATION(Label.of("special rectification", "专项整治", "專項整治"));

  private final Label label;

  ProblemSource(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
