package io.github.chuxin.report.card;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * The state of one "in place" dimension 到位情況 (到位情况) on a report card.
 */
public enum DimensionState implements Labelled {
  /** 到位 (到位): every criterion met. */
  IN_PLACE(Label.of("in place", "到位", "到位")),
  /** 基本到位 (基本到位): some criteria met. */
  PARTLY(Label.of("partly in place", "基本到位", "基本到位")),
  /** 不到位 (不到位): no criterion met. */
  NOT_IN_PLACE(Label.of("not in place", "不到位", "不到位"));

  private final Label label;

  DimensionState(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns the state of a dimension given how many of its criteria are met.
   *
   * @param met criteria met
   * @param total criteria in all
   * @return in place if all, not in place if none, partly otherwise
   */
  public static DimensionState of(int met, int total) {
    return met == total ? IN_PLACE : met == 0 ? NOT_IN_PLACE : PARTLY;
  }
}
