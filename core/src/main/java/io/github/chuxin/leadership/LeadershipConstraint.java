package io.github.chuxin.leadership;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on the leadership's plans and schedule 領導約束 (领导约束) that
 * {@link ImplementationPlan} and {@link ScheduleItem} enforce when they are built.
 *
 * <p>A value that breaks one cannot be built: its factory or builder throws a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} with the constant's code. The
 * validation catalogue lists each as a rule enforced at construction. Codes are API: they are
 * never renumbered or reused.
 */
public enum LeadershipConstraint implements ModelConstraint {

  /** {@code LEADERSHIP-PLAN-REVIEWED-BEFORE-SUBMITTED}: a plan reviewed before it was submitted. */
  PLAN_REVIEWED_BEFORE_SUBMITTED("LEADERSHIP-PLAN-REVIEWED-BEFORE-SUBMITTED",
      Label.of("an implementation plan reviewed before it was submitted", "实施方案审核早于报送", "實施方案審核早於報送"),
      Label.of("Plan {plan} was reviewed on {reviewed}, before it was submitted on {submitted}.",
          "实施方案 {plan} 于 {reviewed} 审核，早于报送日期 {submitted}。",
          "實施方案 {plan} 於 {reviewed} 審核，早於報送日期 {submitted}。")),

  /** {@code LEADERSHIP-SCHEDULE-TITLE-BLANK}: a schedule item without a title. */
  SCHEDULE_TITLE_BLANK("LEADERSHIP-SCHEDULE-TITLE-BLANK",
      Label.of("a schedule item without a title", "工作安排没有标题", "工作安排沒有標題"),
      Label.of("Schedule item of {org}: title must not be blank.",
          "{org} 的工作安排标题不能为空。",
          "{org} 的工作安排標題不能為空。")),

  /** {@code LEADERSHIP-SCHEDULE-TOO-LONG}: a monthly focus over 31 days or a weekly arrangement over 7. */
  SCHEDULE_TOO_LONG("LEADERSHIP-SCHEDULE-TOO-LONG",
      Label.of("a monthly focus over 31 days or a weekly arrangement over 7", "月重点超过31天或周安排超过7天", "月重點超過31天或週安排超過7天"),
      Label.of("A {kind} of {org} covers at most {maximum} days, not {days} ({window}).",
          "{org} 的{kind}最多涵盖 {maximum} 天，实为 {days} 天（{window}）。",
          "{org} 的{kind}最多涵蓋 {maximum} 天，實為 {days} 天（{window}）。"));

  private final Entry entry;

  LeadershipConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }
}
