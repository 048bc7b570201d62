package io.github.chuxin.guidance;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on guidance groups 指導組約束 (指导组约束) that {@link GuidanceGroup} and
 * {@link FiveMustRecord} enforce when they are built.
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
          "指導組 {group} 的名稱不能為空。")),

  /**
   * {@code GUIDANCE-TALKED-WITH-ON-OTHER-MUST}: a five-musts record of another must than 班子成員必談
   * that names members talked with.
   */
  TALKED_WITH_ON_OTHER_MUST("GUIDANCE-TALKED-WITH-ON-OTHER-MUST",
      Label.of("members talked with on a record of another must than the talks", "非“班子成员必谈”记录填写了谈话对象",
          "非「班子成員必談」記錄填寫了談話對象"),
      Label.of("Guidance group {group}, unit {org}: a record of {must} names members talked with; only a record of"
          + " the talks with the leadership does.",
          "指导组 {group}、单位 {org}：“{must}”记录填写了谈话对象；只有“班子成员必谈”记录才填写。",
          "指導組 {group}、單位 {org}：「{must}」記錄填寫了談話對象；只有「班子成員必談」記錄才填寫。"));

  private final Entry entry;

  GuidanceConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }
}
