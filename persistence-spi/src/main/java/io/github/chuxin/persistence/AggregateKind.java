package io.github.chuxin.persistence;

import java.util.Set;

/**
 * The kinds of stored aggregates 聚合種類 (聚合种类), each with the query criteria its store answers.
 *
 * <p>What each criterion means for a kind is stated on its constant; the fields behind them are
 * read through the kind's {@link AggregateType}, which is where a kind is described, and from
 * which {@link #criteria()} follows. The contract kit checks queries against exactly these
 * meanings.
 */
public enum AggregateKind {
  /** Organisations: SUBTREE on the organisation itself. */
  ORGANISATION,
  /** Campaigns with their batches and assignments: no criteria, paging only. */
  CAMPAIGN,
  /** Problems: SUBTREE and BATCH on the owner's unit, LEAD_LEADER on the owner's leader. */
  PROBLEM,
  /**
   * Rectification items: SUBTREE and BATCH on the responsible unit, STATUS, DEADLINE_RANGE and
   * OVERDUE on the effective deadline, LEAD_LEADER on the lead leader.
   */
  RECTIFICATION_ITEM,
  /**
   * Special rectifications: SUBTREE and BATCH on the lead unit (none: never matches), DEADLINE_RANGE
   * on the deadline, LEAD_LEADER on the lead leader.
   */
  SPECIAL_RECTIFICATION,
  /** Guidance groups: no criteria, paging only. */
  GUIDANCE_GROUP,
  /** Activities: SUBTREE and BATCH on the unit, DEADLINE_RANGE on the date, LEAD_LEADER on the leader. */
  ACTIVITY,
  /** Leaders: SUBTREE and BATCH on the leader's unit. */
  LEADER,
  /**
   * Leadership bodies, with their meetings kept beside them: SUBTREE and BATCH on the body's unit.
   */
  LEADERSHIP_BODY,
  /**
   * Implementation plans with their reviews: SUBTREE and BATCH on the plan's unit, DEADLINE_RANGE
   * on the date the plan was submitted.
   */
  IMPLEMENTATION_PLAN,
  /**
   * Schedule items (monthly focuses and weekly arrangements), keyed by {@link ScheduleItemKey}:
   * SUBTREE and BATCH on the item's unit, DEADLINE_RANGE on the first day of its window.
   */
  SCHEDULE_ITEM,
  /** Problem lists: SUBTREE and BATCH on the owner's unit, LEAD_LEADER on the owner's leader. */
  PROBLEM_LIST;

  /**
   * Returns the criteria a store of this kind answers, as its {@link AggregateType} derives them.
   *
   * @return an unmodifiable set
   */
  public Set<Criterion> criteria() {
    return AggregateType.of(this).criteria();
  }

  /**
   * Returns the descriptor of this kind.
   *
   * @return {@code AggregateType.of(this)}
   */
  public AggregateType<?, ?> type() {
    return AggregateType.of(this);
  }
}
