package io.github.chuxin.report.ranking;

import io.github.chuxin.report.rollup.ProblemState;
import io.github.chuxin.report.rollup.RollupFigures;
import java.util.OptionalDouble;

/**
 * A figure to rank units by 排名指標 (排名指标), with the direction in which it is better.
 */
public enum RankMetric {
  /** Completion rate, higher is better; units without items have no value and rank last. */
  COMPLETION_RATE(true) {
    @Override
    public OptionalDouble value(RollupFigures figures) {
      return figures.completionRate();
    }
  },
  /** On-time rate, higher is better; units with no done item with a deadline rank last. */
  ON_TIME_RATE(true) {
    @Override
    public OptionalDouble value(RollupFigures figures) {
      return figures.onTimeRate();
    }
  },
  /** Overdue items, fewer is better. */
  OVERDUE_COUNT(false) {
    @Override
    public OptionalDouble value(RollupFigures figures) {
      return OptionalDouble.of(figures.overdue());
    }
  },
  /** Items due soon, fewer is better. */
  DUE_SOON_COUNT(false) {
    @Override
    public OptionalDouble value(RollupFigures figures) {
      return OptionalDouble.of(figures.dueSoon());
    }
  },
  /** Open problems (answered by no item, not closed), fewer is better. */
  OPEN_PROBLEMS(false) {
    @Override
    public OptionalDouble value(RollupFigures figures) {
      return OptionalDouble.of(figures.problems(ProblemState.OPEN));
    }
  },
  /** Done items, more is better. */
  DONE_COUNT(true) {
    @Override
    public OptionalDouble value(RollupFigures figures) {
      return OptionalDouble.of(figures.done());
    }
  };

  private final boolean higherIsBetter;

  RankMetric(boolean higherIsBetter) {
    this.higherIsBetter = higherIsBetter;
  }

  /**
   * Returns the metric's value in some figures.
   *
   * @param figures the figures, not null
   * @return the value, or empty when it is undefined (a rate over nothing)
   */
  public abstract OptionalDouble value(RollupFigures figures);

  /**
   * Tells whether a higher value ranks first.
   *
   * @return whether higher is better
   */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }
}
