package io.github.chuxin.report.card;

import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.report.readiness.UnitEvidence;
import io.github.chuxin.report.rollup.RollupFigures;

/**
 * The criteria by which a report card judges the four "in place" dimensions 到位標準 (到位标准).
 * Replaceable: pass your own to {@link ReportCards}.
 */
@FunctionalInterface
public interface InPlacePolicy {

  /**
   * Assesses one dimension of one unit.
   *
   * @param dimension the dimension, not null
   * @param evidence the unit's own records, not null
   * @param figures the roll-up figures of the unit's subtree, not null
   * @return the assessment
   */
  DimensionAssessment assess(InPlaceDimension dimension, UnitEvidence evidence, RollupFigures figures);

  /**
   * Returns the default policy, {@link DefaultInPlacePolicy}.
   *
   * @return the default
   */
  static InPlacePolicy defaults() {
    return DefaultInPlacePolicy.INSTANCE;
  }
}
