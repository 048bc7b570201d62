package io.github.chuxin.report.ledger;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import io.github.chuxin.i18n.Term;

/**
 * A column of the rectification ledger 臺賬 (台账) and data table 整改數據表 (整改数据表), in
 * export order; its label is the header in each language.
 */
public enum LedgerColumn implements Labelled {
  /** 編號 (编号): the item's identifier. */
  ITEM(Label.of("item", "编号", "編號")),
  /** 問題表現 (问题表现): the problems the item answers, or its title if none is found. */
  PROBLEM(Label.of("problem", "问题表现", "問題表現")),
  /** 整改舉措 (整改举措): the measures. */
  MEASURES(Term.MEASURES.label()),
  /** 責任單位 (责任单位): the responsible unit's name. */
  RESPONSIBLE_UNIT(Term.RESPONSIBLE_UNIT.label()),
  /** 牽頭領導 (牵头领导): the lead leader's name. */
  LEAD_LEADER(Term.LEAD_LEADER.label()),
  /** 完成時限 (完成时限): the effective deadline, after extensions. */
  DEADLINE(Term.DEADLINE.label()),
  /** 整改狀態 (整改状态): the status. */
  STATUS(Label.of("status", "整改状态", "整改狀態")),
  /** 整改進展 (整改进展): the free-text progress. */
  PROGRESS(Term.PROGRESS.label()),
  /** 完成日期 (完成日期): the completion date. */
  COMPLETED_ON(Label.of("completed on", "完成日期", "完成日期"));

  private final Label label;

  LedgerColumn(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
