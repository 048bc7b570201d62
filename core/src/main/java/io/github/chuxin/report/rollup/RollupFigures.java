package io.github.chuxin.report.rollup;

import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The figures of one unit's subtree, or of any set of units, on one date 匯總數據 (汇总数据):
 * units and members, problems by source and state, rectification items by status and kind,
 * completion, overdue, on-time and due-soon figures.
 *
 * <p>Immutable. Rates are empty when their denominator is zero. Definitions (dates are
 * inclusive days in the campaign's zone; the rules are those of {@link io.github.chuxin.time.TimeRules}):
 * an item is <em>done</em> if its status {@linkplain RectificationStatus#isDone() is done};
 * <em>overdue</em> if not done and its effective deadline is before the date; <em>due soon</em>
 * if not done and its deadline is in [date, date + N]; a done item with a deadline is
 * <em>on time</em> unless its completion date is after the effective deadline.
 */
public final class RollupFigures {

  private final int units;
  private final long members;
  private final int[] values;

  RollupFigures(int units, long members, int[] values) {
    this.units = units;
    this.members = members;
    this.values = values;
  }

  /**
   * Returns figures that are all zero, the identity of {@link #plus}.
   *
   * @return the zero figures
   */
  public static RollupFigures zero() {
    return new RollupFigures(0, 0, new int[Figure.COUNT]);
  }

  int get(Figure figure) {
    return values[figure.ordinal()];
  }

  /**
   * Returns the sum of these figures and others.
   *
   * @param other the other figures, not null
   * @return the sum
   */
  public RollupFigures plus(RollupFigures other) {
    int[] sum = values.clone();
    for (int f = 0; f < sum.length; f++) {
      sum[f] += other.values[f];
    }
    return new RollupFigures(units + other.units, members + other.members, sum);
  }

  /**
   * Returns these figures minus others, as when a subtree's own unit is taken from its total.
   *
   * @param other the other figures, not null
   * @return the difference
   */
  public RollupFigures minus(RollupFigures other) {
    int[] difference = values.clone();
    for (int f = 0; f < difference.length; f++) {
      difference[f] -= other.values[f];
    }
    return new RollupFigures(units - other.units, members - other.members, difference);
  }

  /**
   * Returns the number of units and party organisations that count in totals: temporary party
   * organisations, and whatever is set up inside them, are not among them (see
   * {@link #temporaryOrganisations()}).
   *
   * @return the units
   */
  public int units() {
    return units;
  }

  /**
   * Returns the number of party organisations 黨組織 (党组织) among the units, local party
   * committees (市委, 區委) and party groups included, temporary organisations not.
   *
   * @return the party organisations
   */
  public int partyOrganisations() {
    return get(Figure.PARTY_ORGANISATIONS);
  }

  /**
   * Returns the number of temporary party organisations 臨時黨組織 (临时党组织), with the
   * organisations set up inside them, that the other figures leave out: their members are counted
   * in their home organisations ({@link io.github.chuxin.org.OrgTree#countsInTotals(int)}).
   *
   * @return the temporary organisations, counted apart
   */
  public int temporaryOrganisations() {
    return get(Figure.TEMPORARY_ORGANISATIONS);
  }

  /**
   * Returns the party members, full and probationary, of the units that
   * {@linkplain io.github.chuxin.org.OrgTree#countsInTotals(int) count in totals} (not those of
   * temporary organisations, who are counted at home).
   *
   * @return the members
   */
  public long members() {
    return members;
  }

  /**
   * Returns the number of problems owned by the units.
   *
   * @return the problems
   */
  public int problems() {
    int total = 0;
    for (ProblemSource source : ProblemSource.values()) {
      total += problems(source);
    }
    return total;
  }

  /**
   * Returns the number of problems from a source.
   *
   * @param source the source, not null
   * @return the problems
   */
  public int problems(ProblemSource source) {
    return get(Figure.of(source));
  }

  /**
   * Returns the number of problems in a state.
   *
   * @param state the state, not null
   * @return the problems
   */
  public int problems(ProblemState state) {
    return switch (state) {
      case OPEN -> get(Figure.PROBLEMS_OPEN);
      case ANSWERED -> get(Figure.PROBLEMS_ANSWERED);
      case CLOSED -> problems() - get(Figure.PROBLEMS_OPEN) - get(Figure.PROBLEMS_ANSWERED);
    };
  }

  /**
   * Returns the number of rectification items whose responsible unit is among the units.
   *
   * @return the items
   */
  public int items() {
    int total = 0;
    for (RectificationStatus status : RectificationStatus.values()) {
      total += items(status);
    }
    return total;
  }

  /**
   * Returns the number of items in a status.
   *
   * @param status the status, not null
   * @return the items
   */
  public int items(RectificationStatus status) {
    return get(Figure.of(status));
  }

  /**
   * Returns the number of items of a kind.
   *
   * @param kind the kind, not null
   * @return the items
   */
  public int items(RectificationKind kind) {
    return switch (kind) {
      case IMMEDIATE -> get(Figure.ITEMS_IMMEDIATE);
      case TIME_BOUND -> get(Figure.ITEMS_TIME_BOUND);
      case LONG_TERM -> items() - get(Figure.ITEMS_IMMEDIATE) - get(Figure.ITEMS_TIME_BOUND);
    };
  }

  /**
   * Returns the number of done items.
   *
   * @return the done items
   */
  public int done() {
    int total = 0;
    for (RectificationStatus status : RectificationStatus.values()) {
      if (status.isDone()) {
        total += items(status);
      }
    }
    return total;
  }

  /**
   * Returns the number of overdue items.
   *
   * @return the overdue items
   */
  public int overdue() {
    return get(Figure.ITEMS_OVERDUE);
  }

  /**
   * Returns the number of items due within the roll-up's horizon of N days.
   *
   * @return the items due soon
   */
  public int dueSoon() {
    return get(Figure.ITEMS_DUE_SOON);
  }

  /**
   * Returns the number of done items that have a deadline: the denominator of the on-time rate.
   *
   * @return the done items with a deadline
   */
  public int doneWithDeadline() {
    return get(Figure.ITEMS_DONE_WITH_DEADLINE);
  }

  /**
   * Returns the number of done items with a deadline that were not completed late.
   *
   * @return the items done on time
   */
  public int doneOnTime() {
    return get(Figure.ITEMS_DONE_ON_TIME);
  }

  /**
   * Returns done items over all items.
   *
   * @return the completion rate in [0, 1], or empty when there are no items
   */
  public OptionalDouble completionRate() {
    int items = items();
    return items == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) done() / items);
  }

  /**
   * Returns items done on time over done items with a deadline.
   *
   * @return the on-time rate in [0, 1], or empty when no done item has a deadline
   */
  public OptionalDouble onTimeRate() {
    int denominator = doneWithDeadline();
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) doneOnTime() / denominator);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RollupFigures f && f.units == units && f.members == members
        && Arrays.equals(f.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) * 31 + Long.hashCode(members) * 17 + units;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RollupFigures{units=").append(units).append(", members=").append(members);
    for (Figure figure : Figure.values()) {
      text.append(", ").append(figure.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(values[figure.ordinal()]);
    }
    return text.append('}').toString();
  }
}
