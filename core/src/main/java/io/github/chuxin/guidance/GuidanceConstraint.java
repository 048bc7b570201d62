package io.github.chuxin.guidance;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on guidance groups 指導組約束 (指导组约束) that {@link GuidanceGroup} enforces
 * when it is built.
 *
 * <p>A value that breaks one cannot be built: its factory or builder throws a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} with the constant's code. The
 * validation catalogue lists each as a rule enforced at construction. Codes are API: they are
 * never renumbered or reused.
 */
public enum GuidanceConstraint implements ModelConstraint {

  /** {@code GUIDANCE-GROUP-NAME-BLANK}: a guidance group without a name. */
  GROUP_NAME_BLANK("GUIDANCE-GROUP-NAME-BLANK",
      Label.of("a guidance group without a name", "指导组名称为空", "指導組名稱為空"),
      Label.of("Guidance group {group}: name must not be blank.",
          "指导组 {group} 的名称不能为空。",
          "指導組 {group} 的名稱不能為空。"));

  private final Entry entry;

  GuidanceConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }
}
