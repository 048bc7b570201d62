package io.github.chuxin.report.readiness;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * A requirement a unit must meet before its batch can close 收尾條件 (收尾条件). Each is judged
 * on the unit's own records up to a date, by {@link Readiness}.
 */
public enum Requirement implements Labelled {
  /** 實施方案已審核 (实施方案已审核): the latest review of one of its plans, on or before the date, approved it. */
  PLAN_REVIEWED(Label.of("implementation plan reviewed", "实施方案已审核", "實施方案已審核")),
  /** 集中學習已開展 (集中学习已开展): a concentrated study, seminar or central-group study held. */
  STUDY_HELD(Label.of("study held", "集中学习已开展", "集中學習已開展")),
  /** 專題黨課已講 (专题党课已讲): a party lecture given. */
  PARTY_LECTURE_GIVEN(Label.of("party lecture given", "专题党课已讲", "專題黨課已講")),
  /** 調研已開展 (调研已开展): a research visit made. */
  RESEARCH_DONE(Label.of("research done", "调研已开展", "調研已開展")),
  /** 檢視問題清單已形成 (检视问题清单已形成): a problem list compiled. */
  PROBLEM_LIST_MADE(Label.of("problem list made", "检视问题清单已形成", "檢視問題清單已形成")),
  /** 專題會已召開 (专题会已召开): the special meeting held. */
  SPECIAL_MEETING_HELD(Label.of("special meeting held", "专题会已召开", "專題會已召開")),
  /** 問題均已列入整改 (问题均已列入整改): every problem of the unit answered by an item or closed. */
  RECTIFICATION_ITEMS_ANSWERED(Label.of("rectification items answered", "问题均已列入整改", "問題均已列入整改")),
  /**
   * 五個必已記錄 (五个必已记录): each of the five musts recorded for the unit.
   *
   * @deprecated the five musts are the guidance group's working practice, not a condition for
   *     closing the unit's batch: {@link Readiness} no longer reports this requirement, and
   *     validation warns the group instead ({@code GUIDANCE-FIVE-MUSTS-INCOMPLETE})
   */
  @Deprecated
  FIVE_MUSTS_RECORDED(Label.of("five musts recorded", "五个必已记录", "五個必已記錄"));

  private final Label label;

  Requirement(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
