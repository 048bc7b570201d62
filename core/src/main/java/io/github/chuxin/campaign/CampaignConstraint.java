package io.github.chuxin.campaign;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on the campaign, its batches and its general requirement 主題教育約束
 * (主题教育约束) that {@link DateWindow}, {@link Batch}, {@link Campaign} and
 * {@link GeneralRequirement} enforce when they are built. {@code BATCH-WINDOW-INVERTED} is the
 * code of every inverted {@link DateWindow}, a batch's or another's.
 *
 * <p>A value that breaks one cannot be built: its factory or builder throws a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} with the constant's code. The
 * validation catalogue lists each as a rule enforced at construction. Codes are API: they are
 * never renumbered or reused.
 */
public enum CampaignConstraint implements ModelConstraint {

  /** {@code BATCH-WINDOW-INVERTED}: a window that ends before it starts. */
  WINDOW_INVERTED("BATCH-WINDOW-INVERTED",
      Label.of("a batch window that ends before it starts", "批次时间起止倒置", "批次時間起止倒置"),
      Label.of("Date window {start}..{end} is inverted: it ends before it starts.",
          "时间段 {start}..{end} 起止倒置：结束日期早于开始日期。",
          "時間段 {start}..{end} 起止倒置：結束日期早於開始日期。")),

  /** {@code BATCH-NUMBER-NOT-POSITIVE}: a batch numbered below 1. */
  NUMBER_NOT_POSITIVE("BATCH-NUMBER-NOT-POSITIVE",
      Label.of("a batch numbered below 1", "批次序号小于1", "批次序號小於1"),
      Label.of("Batch {batch}: number must be at least 1, was {number}.",
          "批次 {batch} 的序号至少为1，实为 {number}。",
          "批次 {batch} 的序號至少為1，實為 {number}。")),

  /** {@code BATCH-EARLY-START-NOT-BEFORE-WINDOW}: an early start on or after the window's first day. */
  EARLY_START_NOT_BEFORE_WINDOW("BATCH-EARLY-START-NOT-BEFORE-WINDOW",
      Label.of("an early start not before the batch's window", "提前启动日期不早于批次开始日期", "提前啟動日期不早於批次開始日期"),
      Label.of("Batch {batch}: early start {early} must be before the window's start {start}.",
          "批次 {batch} 的提前启动日期 {early} 应早于批次开始日期 {start}。",
          "批次 {batch} 的提前啟動日期 {early} 應早於批次開始日期 {start}。")),

  /** {@code BATCH-DUPLICATE-ID}: two batches of a campaign share an id. */
  DUPLICATE_BATCH_ID("BATCH-DUPLICATE-ID",
      Label.of("two batches share an id", "两个批次的标识相同", "兩個批次的標識相同"),
      Label.of("Campaign {campaign}: duplicate batch id {batch}.",
          "主题教育 {campaign} 中批次标识 {batch} 重复。",
          "主題教育 {campaign} 中批次標識 {batch} 重複。")),

  /** {@code BATCH-DUPLICATE-NUMBER}: two batches of a campaign share a number. */
  DUPLICATE_BATCH_NUMBER("BATCH-DUPLICATE-NUMBER",
      Label.of("two batches share a number", "两个批次的序号相同", "兩個批次的序號相同"),
      Label.of("Campaign {campaign}: duplicate batch number {number}.",
          "主题教育 {campaign} 中批次序号 {number} 重复。",
          "主題教育 {campaign} 中批次序號 {number} 重複。")),

  /** {@code CAMPAIGN-REQUIREMENT-PHRASES}: a general requirement not of four phrases. */
  REQUIREMENT_PHRASES("CAMPAIGN-REQUIREMENT-PHRASES",
      Label.of("a general requirement not of four phrases", "总要求不是四句", "總要求不是四句"),
      Label.of("The general requirement has {expected} phrases, not {count}.",
          "总要求应为 {expected} 句，实为 {count} 句。",
          "總要求應為 {expected} 句，實為 {count} 句。")),

  /** {@code CAMPAIGN-REQUIREMENT-PHRASE-LENGTH}: a phrase of the general requirement not of three characters. */
  REQUIREMENT_PHRASE_LENGTH("CAMPAIGN-REQUIREMENT-PHRASE-LENGTH",
      Label.of("a phrase of the general requirement not of three characters", "总要求的一句不是三个字", "總要求的一句不是三個字"),
      Label.of("Each phrase of the general requirement has {expected} characters; '{phrase}' has {length}.",
          "总要求每句 {expected} 个字，'{phrase}' 有 {length} 个字。",
          "總要求每句 {expected} 個字，'{phrase}' 有 {length} 個字。"));

  private final Entry entry;

  CampaignConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }

  /**
   * Returns where the constraint comes from: the seed's "twelve characters" for the general
   * requirement's, the data's integrity for the batches'.
   *
   * @return the source
   */
  @Override
  public RuleSource source() {
    return switch (this) {
      case REQUIREMENT_PHRASES, REQUIREMENT_PHRASE_LENGTH ->
          RuleSource.seed("seed ¶1: 落實“十二字”總要求 (守初心、擔使命、找差距、抓落實: four phrases of three characters)");
      default -> ModelConstraint.super.source();
    };
  }
}
