package io.github.chuxin.report.rollup;

import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;

/**
 * The integer columns a {@link Rollup} keeps per unit 統計指標 (统计指标), each summed over the
 * unit's subtree. Members are kept apart, as a {@code long}.
 *
 * <p>Derived figures are not stored: units come from the tree's subtree sizes less the temporary
 * organisations (and what is inside them), which count toward no total; totals of
 * problems and items are sums of their sources and statuses, closed problems are the total
 * minus the open and answered ones, and long-term items are the total minus the other kinds.
 */
enum Figure {
  PARTY_ORGANISATIONS,
  /** Temporary organisations and the organisations inside them: counted apart, never in totals. */
  TEMPORARY_ORGANISATIONS,
  PROBLEMS_RESEARCH,
  PROBLEMS_SOLICITED_OPINIONS,
  PROBLEMS_SELF_EXAMINATION,
  PROBLEMS_CITIZEN_REQUESTS,
  PROBLEMS_GUIDANCE_FEEDBACK,
  PROBLEMS_SPECIAL_RECTIFICATION,
  PROBLEMS_OPEN,
  PROBLEMS_ANSWERED,
  ITEMS_PLANNED,
  ITEMS_IN_PROGRESS,
  ITEMS_SUBMITTED,
  ITEMS_RETURNED,
  ITEMS_COMPLETED,
  ITEMS_STAGE_COMPLETED,
  ITEMS_SIGNED_OFF,
  ITEMS_REOPENED,
  ITEMS_IMMEDIATE,
  ITEMS_TIME_BOUND,
  ITEMS_OVERDUE,
  ITEMS_DUE_SOON,
  ITEMS_DONE_WITH_DEADLINE,
  ITEMS_DONE_ON_TIME;

  static final int COUNT = values().length;
  private static final Figure[] VALUES = values();

  static Figure of(ProblemSource source) {
    return VALUES[PROBLEMS_RESEARCH.ordinal() + source.ordinal()];
  }

  static Figure of(RectificationStatus status) {
    return VALUES[ITEMS_PLANNED.ordinal() + status.ordinal()];
  }

  static {
    if (ProblemSource.values().length != 6 || RectificationStatus.values().length != 8
        || RectificationKind.values().length != 3) {
      throw new ExceptionInInitializerError("Figure is out of step with the model's enums");
    }
  }
}
