package io.github.chuxin.problem;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on problems 問題約束 (问题约束) that {@link Problem} enforces when it is built.
 *
 * <p>A value that breaks one cannot be built: its factory or builder throws a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} with the constant's code. The
 * validation catalogue lists each as a rule enforced at construction. Codes are API: they are
 * never renumbered or reused.
 */
public enum ProblemConstraint implements ModelConstraint {

  /** {@code PROBLEM-CLOSED-BEFORE-FOUND}: a problem closed before it was found. */
  CLOSED_BEFORE_FOUND("PROBLEM-CLOSED-BEFORE-FOUND",
      Label.of("a problem closed before it was found", "问题关闭日期早于发现日期", "問題關閉日期早於發現日期"),
      Label.of("Problem {problem} was closed on {closed}, before it was found on {found}.",
          "问题 {problem} 于 {closed} 关闭，早于发现日期 {found}。",
          "問題 {problem} 於 {closed} 關閉，早於發現日期 {found}。"));

  private final Entry entry;

  ProblemConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }
}
