package io.github.chuxin.rectification;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import java.util.Map;

/**
 * The rules of the rectification workflow 整改流程規則 (整改流程规则) that
 * {@link RectificationWorkflow#transition} refuses a status change by: each with its stable code,
 * default severity, what it checks and its message in three languages.
 *
 * <p>The workflow owns these codes; the validation catalogue lists them too, and applies them to
 * the history of stored items. Codes are API: they are never renumbered or reused.
 */
public enum WorkflowRule {

  /** {@code RECT-ILLEGAL-TRANSITION}: a status change the workflow does not allow. */
  ILLEGAL_TRANSITION("RECT-ILLEGAL-TRANSITION",
      Label.of("a status change the workflow does not allow", "流程不允许的状态变更", "流程不允許的狀態變更"),
      Label.of("Rectification item {item} may not go from {from} to {to}.",
          "整改任务 {item} 不能从“{from}”变更为“{to}”。", "整改任務 {item} 不能從「{from}」變更為「{to}」。")),

  /** {@code RECT-ROLE-NOT-ALLOWED}: a status change made by a role that may not make it. */
  ROLE_NOT_ALLOWED("RECT-ROLE-NOT-ALLOWED",
      Label.of("a status change made by a role that may not make it", "无权进行的状态变更", "無權進行的狀態變更"),
      Label.of("The {role} may not move rectification item {item} from {from} to {to}.",
          "{role}无权将整改任务 {item} 从“{from}”变更为“{to}”。", "{role}無權將整改任務 {item} 從「{from}」變更為「{to}」。")),

  /** {@code RECT-COMPLETED-WITHOUT-EVIDENCE}: a completed, stage-completed or signed-off item without evidence. */
  COMPLETED_WITHOUT_EVIDENCE("RECT-COMPLETED-WITHOUT-EVIDENCE",
      Label.of("a completed, stage-completed or signed-off item without evidence", "已完成、阶段性完成或销号的任务缺少佐证材料",
          "已完成、階段性完成或銷號的任務缺少佐證材料"),
      Label.of("Rectification item {item} is {status} but has no evidence.",
          "整改任务 {item} 状态为“{status}”，但没有佐证材料。", "整改任務 {item} 狀態為「{status}」，但沒有佐證材料。"));

  private final ModelConstraint.Entry entry;

  WorkflowRule(String code, Label title, Label template) {
    this.entry = new ModelConstraint.Entry(code, title, template);
  }

  /**
   * Returns the stable code.
   *
   * @return the code, such as {@code RECT-ILLEGAL-TRANSITION}
   */
  public String code() {
    return entry.code();
  }

  /**
   * Returns the default severity: every workflow rule is an error.
   *
   * @return {@link Severity#ERROR}
   */
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Returns what the rule checks, in each language.
   *
   * @return the title
   */
  public Label title() {
    return entry.title();
  }

  /**
   * Returns the message template, whose placeholders name the arguments.
   *
   * @return the template
   */
  public Label template() {
    return entry.template();
  }

  /**
   * Makes a violation of this rule at its default severity.
   *
   * @param path the offending element, not null
   * @param arguments the arguments, not null
   * @return the violation
   */
  public Violation violation(ElementPath path, Map<String, String> arguments) {
    return new Violation(code(), severity(), path, arguments, template());
  }
}
