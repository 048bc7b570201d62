package io.github.chuxin.rectification;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on rectification items 整改任務約束 (整改任务约束) that
 * {@link RectificationItem}, {@link Deadline}, {@link Evidence} and {@link SignOff} enforce when
 * they are built.
 *
 * <p>A value that breaks one cannot be built: its factory or builder throws a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} with the constant's code. The
 * validation catalogue lists each as a rule enforced at construction. Codes are API: they are
 * never renumbered or reused.
 */
public enum RectificationConstraint implements ModelConstraint {

  /** {@code RECT-TIME-BOUND-WITHOUT-DEADLINE}: a time-bound item without a deadline. */
  TIME_BOUND_WITHOUT_DEADLINE("RECT-TIME-BOUND-WITHOUT-DEADLINE",
      Label.of("a time-bound item without a deadline", "限期整改任务没有完成时限", "限期整改任務沒有完成時限"),
      Label.of("Rectification item {item}: a time-bound item needs a deadline.",
          "整改任务 {item} 为限期整改，须有完成时限。",
          "整改任務 {item} 為限期整改，須有完成時限。")),

  /** {@code RECT-HISTORY-BROKEN}: a status history whose changes do not follow on from each other. */
  HISTORY_BROKEN("RECT-HISTORY-BROKEN",
      Label.of("a status history whose changes do not follow on from each other", "状态记录前后不衔接", "狀態記錄前後不銜接"),
      Label.of("Rectification item {item}: history is broken, a change from {from} follows one to {previous}.",
          "整改任务 {item} 的状态记录不衔接：从“{from}”的变更接在变为“{previous}”的变更之后。",
          "整改任務 {item} 的狀態記錄不銜接：從「{from}」的變更接在變為「{previous}」的變更之後。")),

  /** {@code RECT-STATUS-NOT-HISTORY-END}: a status other than the one its history ends in. */
  STATUS_NOT_HISTORY_END("RECT-STATUS-NOT-HISTORY-END",
      Label.of("a status other than the one its history ends in", "当前状态与状态记录的最后一项不符", "當前狀態與狀態記錄的最後一項不符"),
      Label.of("Rectification item {item}: status is {status} but the history ends in {last}.",
          "整改任务 {item} 的状态为“{status}”，但状态记录止于“{last}”。",
          "整改任務 {item} 的狀態為「{status}」，但狀態記錄止於「{last}」。")),

  /** {@code RECT-EXTENSION-NOT-LATER}: a deadline extension that does not move the deadline later. */
  EXTENSION_NOT_LATER("RECT-EXTENSION-NOT-LATER",
      Label.of("a deadline extension that does not move the deadline later", "延期后的时限不晚于原时限", "延期後的時限不晚於原時限"),
      Label.of("An extension must move the deadline later: {extended} is not after {current}.",
          "延期须推后完成时限：{extended} 不晚于 {current}。",
          "延期須推後完成時限：{extended} 不晚於 {current}。")),

  /** {@code RECT-EVIDENCE-DESCRIPTION-BLANK}: evidence without a description. */
  EVIDENCE_DESCRIPTION_BLANK("RECT-EVIDENCE-DESCRIPTION-BLANK",
      Label.of("evidence without a description", "佐证材料没有说明", "佐證材料沒有說明"),
      Label.of("The evidence added on {date} must have a description.",
          "{date} 添加的佐证材料须有说明。",
          "{date} 添加的佐證材料須有說明。")),

  /** {@code RECT-SIGN-OFF-VERIFIER-BLANK}: a sign-off that names no verifier. */
  SIGN_OFF_VERIFIER_BLANK("RECT-SIGN-OFF-VERIFIER-BLANK",
      Label.of("a sign-off that names no verifier", "销号记录未注明核验人", "銷號記錄未註明核驗人"),
      Label.of("The sign-off of {date} must name who verified it.",
          "{date} 的销号记录须注明核验人。",
          "{date} 的銷號記錄須註明核驗人。"));

  private final Entry entry;

  RectificationConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }
}
