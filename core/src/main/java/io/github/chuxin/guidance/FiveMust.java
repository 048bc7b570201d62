package io.github.chuxin.guidance;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * One of the "five musts" 五個必 (五个必) every guidance group performs for a unit it guides
 * (seed ¶5: 「堅持實施方案必審、重要會議必到、學習研討必聽、班子成員必談、整改情況必查」).
 *
 * <p>They are the groups' working practice, not a condition on the unit's own data: a unit whose
 * record lacks one is a warning to the group ({@code GUIDANCE-FIVE-MUSTS-INCOMPLETE}), never an
 * error and never a condition for closing the unit's batch. {@link #TALK_WITH_LEADERS} is one talk
 * with each member of the unit's leadership, so its record names the members talked with
 * ({@link FiveMustRecord#talkedWith()}).
 */
public enum FiveMust implements Labelled {
  /** 實施方案必審 (实施方案必审): review the implementation plan. */
  REVIEW_PLAN(Label.of("review the implementation plan", "实施方案必审", "實施方案必審")),
  /** 重要會議必到 (重要会议必到): attend key meetings. */
  ATTEND_KEY_MEETINGS(Label.of("attend key meetings", "重要会议必到", "重要會議必到")),
  /** 學習研討必聽 (学习研讨必听): sit in on study seminars. */
  SIT_IN_ON_SEMINARS(Label.of("sit in on study seminars", "学习研讨必听", "學習研討必聽")),
  /**
   * 班子成員必談 (班子成员必谈): talk with each member of the unit's leadership, one talk per member;
   * its records name the members talked with ({@link FiveMustRecord#talkedWith()}). Its code stays
   * {@code talk-with-leaders}, as older snapshots wrote it.
   */
  TALK_WITH_LEADERS(Label.of("talk with each leadership member", "班子成员必谈", "班子成員必談")),
  /** 整改情況必查 (整改情况必查): check the rectification. */
  CHECK_RECTIFICATION(Label.of("check the rectification", "整改情况必查", "整改情況必查"));

  private final Label label;

  FiveMust(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
