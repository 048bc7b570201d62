package io.github.chuxin.report.ledger;

/**
 * The order of the ledger's rows 排序 (排序). Ties keep the order of the items in the
 * campaign's data.
 */
public enum LedgerOrder {
  /** By effective deadline, earliest first; items without a deadline last. */
  DEADLINE,
  /** By responsible unit in the tree's pre-order, so a subtree's rows stay together. */
  UNIT,
  /** By status, in the order of {@link io.github.chuxin.rectification.RectificationStatus}. */
  STATUS,
  /** In the order of the items in the campaign's data. */
  INPUT
}
