package io.github.chuxin.report.card;

import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.report.readiness.UnitEvidence;
import io.github.chuxin.report.rollup.RollupFigures;
import java.util.List;

/**
 * The default criteria of the four "in place" dimensions 默認到位標準 (默认到位标准). A dimension
 * is in place when all its criteria are met, partly when some are, not in place when none is.
 *
 * <ul>
 *   <li>UNDERSTANDING 思想認識到位: at least one concentrated study or central-group study; at
 *       least one thematic seminar; at least one party lecture.</li>
 *   <li>PROBLEM_EXAMINATION 檢視問題到位: at least one research visit; at least one problem
 *       list; the special meeting held at least once.</li>
 *   <li>RECTIFICATION 整改落實到位: no open problem (each is answered by an item or closed);
 *       completion rate of the subtree's items at least {@value #COMPLETION_THRESHOLD} (met when
 *       there are no items); no overdue item in the subtree.</li>
 *   <li>LEADERSHIP 組織領導到位: the implementation plan approved; at least one leading-group
 *       meeting. The five musts 五個必 (五个必) are the guidance group's practice, not the unit's, so
 *       they are no criterion of the unit's card (validation warns the group about a missing one).</li>
 * </ul>
 */
public final class DefaultInPlacePolicy implements InPlacePolicy {

  /** The completion rate the rectification dimension asks for. */
  public static final double COMPLETION_THRESHOLD = 0.8;

  static final DefaultInPlacePolicy INSTANCE = new DefaultInPlacePolicy();

  private static final Label STUDIES = Label.of("concentrated or central-group studies", "集中学习次数", "集中學習次數");
  private static final Label SEMINARS = Label.of("thematic seminars", "专题研讨次数", "專題研討次數");
  private static final Label LECTURES = Label.of("party lectures", "党课次数", "黨課次數");
  private static final Label RESEARCH = Label.of("research visits", "调研次数", "調研次數");
  private static final Label LISTS = Label.of("problem lists", "问题清单数", "問題清單數");
  private static final Label SPECIAL = Label.of("special meetings", "专题会次数", "專題會次數");
  private static final Label OPEN = Label.of("open problems", "未列入整改问题数", "未列入整改問題數");
  private static final Label COMPLETION = Label.of("completion rate", "整改完成率", "整改完成率");
  private static final Label OVERDUE = Label.of("overdue items", "逾期任务数", "逾期任務數");
  private static final Label PLAN = Label.of("implementation plan approved", "实施方案已审核", "實施方案已審核");
  private static final Label MEETINGS = Label.of("leading-group meetings", "领导小组会次数", "領導小組會次數");

  /** Creates the policy; {@link InPlacePolicy#defaults()} returns a shared one. */
  public DefaultInPlacePolicy() {}

  @Override
  public DimensionAssessment assess(InPlaceDimension dimension, UnitEvidence e, RollupFigures figures) {
    List<AssessmentCriterion> criteria = switch (dimension) {
      case UNDERSTANDING -> List.of(
          AssessmentCriterion.atLeast(STUDIES, e.activities(ActivityKind.STUDY, ActivityKind.CENTRAL_GROUP_STUDY), 1),
          AssessmentCriterion.atLeast(SEMINARS, e.activities(ActivityKind.SEMINAR), 1),
          AssessmentCriterion.atLeast(LECTURES, e.activities(ActivityKind.PARTY_LECTURE), 1));
      case PROBLEM_EXAMINATION -> List.of(
          AssessmentCriterion.atLeast(RESEARCH, e.activities(ActivityKind.RESEARCH_VISIT), 1),
          AssessmentCriterion.atLeast(LISTS, e.problemLists(), 1),
          AssessmentCriterion.atLeast(SPECIAL, e.activities(ActivityKind.SPECIAL_MEETING), 1));
      case RECTIFICATION -> List.of(
          AssessmentCriterion.atMost(OPEN, e.openProblems(), 0),
          AssessmentCriterion.atLeast(COMPLETION, figures.completionRate().orElse(1.0), COMPLETION_THRESHOLD),
          AssessmentCriterion.atMost(OVERDUE, figures.overdue(), 0));
      case LEADERSHIP -> List.of(
          AssessmentCriterion.atLeast(PLAN, e.planApproved() ? 1 : 0, 1),
          AssessmentCriterion.atLeast(MEETINGS, e.leadingGroupMeetings(), 1));
    };
    return new DimensionAssessment(dimension, criteria);
  }
}
