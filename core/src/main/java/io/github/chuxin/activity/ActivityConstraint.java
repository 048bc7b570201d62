package io.github.chuxin.activity;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on activities 活動約束 (活动约束) that {@link Activity} enforces when it is built.
 *
 * <p>A value that breaks one cannot be built: its factory or builder throws a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} with the constant's code. The
 * validation catalogue lists each as a rule enforced at construction. Codes are API: they are
 * never renumbered or reused.
 */
public enum ActivityConstraint implements ModelConstraint {

  /** {@code ACTIVITY-TOPIC-BLANK}: an activity without a topic. */
  TOPIC_BLANK("ACTIVITY-TOPIC-BLANK",
      Label.of("an activity without a topic", "活动主题为空", "活動主題為空"),
      Label.of("Activity {activity}: topic must not be blank.",
          "活动 {activity} 的主题不能为空。",
          "活動 {activity} 的主題不能為空。")),

  /** {@code ACTIVITY-NEGATIVE-ATTENDANCE}: an activity with a negative attendance. */
  NEGATIVE_ATTENDANCE("ACTIVITY-NEGATIVE-ATTENDANCE",
      Label.of("an activity with a negative attendance", "活动参加人数为负", "活動參加人數為負"),
      Label.of("Activity {activity}: attendance must not be negative, was {attendance}.",
          "活动 {activity} 的参加人数不能为负，实为 {attendance}。",
          "活動 {activity} 的參加人數不能為負，實為 {attendance}。"));

  private final Entry entry;

  ActivityConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }
}
