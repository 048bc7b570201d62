package io.github.chuxin.campaign;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * One of the four key measures 重點措施 (重点措施), which run through the whole campaign
 * 貫穿始終 (贯穿始终).
 */
public enum KeyMeasure implements Labelled {
  /** 學習教育 (学习教育): study and education. */
  STUDY_AND_EDUCATION(Label.of("study and education", "学习教育", "學習教育")),
  /** 調查研究 (调查研究): investigation and research. */
  INVESTIGATION_AND_RESEARCH(Label.of("investigation and research", "调查研究", "調查研究")),
  /** 檢視問題 (检视问题): examining problems. */
  EXAMINING_PROBLEMS(Label.of("examining problems", "检视问题", "檢視問題")),
  /** 整改落實 (整改落实): rectification and implementation. */
  RECTIFICATION(Label.of("rectification and implementation", "整改落实", "整改落實"));

  private final Label label;

  KeyMeasure(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
