package io.github.chuxin.persistence;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of stored aggregates 聚合種類 (聚合种类), each with the query criteria its store answers.
 *
 * <p>What each criterion means for a kind is stated on its constant; the contract kit checks
 * queries against exactly these meanings.
 */
public enum AggregateKind {
  /** Organisations: SUBTREE on the organisation itself. */
  ORGANISATION(EnumSet.of(Criterion.SUBTREE)),
  /** Campaigns with their batches and assignments: no criteria, paging only. */
  CAMPAIGN(EnumSet.noneOf(Criterion.class)),
  /** Problems: SUBTREE and BATCH on the owner's unit, LEAD_LEADER on the owner's leader. */
  PROBLEM(EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.LEAD_LEADER)),
  /**
   * Rectification items: SUBTREE and BATCH on the responsible unit, STATUS, DEADLINE_RANGE and
   * OVERDUE on the effective deadline, LEAD_LEADER on the lead leader.
   */
  RECTIFICATION_ITEM(EnumSet.allOf(Criterion.class)),
  /**
   * Special rectifications: SUBTREE and BATCH on the lead unit (none: never matches), DEADLINE_RANGE
   * on the deadline, LEAD_LEADER on the lead leader.
   */
  SPECIAL_RECTIFICATION(EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.DEADLINE_RANGE, Criterion.LEAD_LEADER)),
  /** Guidance groups: no criteria, paging only. */
  GUIDANCE_GROUP(EnumSet.noneOf(Criterion.class)),
  /** Activities: SUBTREE and BATCH on the unit, DEADLINE_RANGE on the date, LEAD_LEADER on the leader. */
  ACTIVITY(EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.DEADLINE_RANGE, Criterion.LEAD_LEADER)),
  /** Leaders: SUBTREE and BATCH on the leader's unit. */
  LEADER(EnumSet.of(Criterion.SUBTREE, Criterion.BATCH)),
  /**
   * Leadership bodies, with their meetings kept beside them: SUBTREE and BATCH on the body's unit.
   */
  LEADERSHIP_BODY(EnumSet.of(Criterion.SUBTREE, Criterion.BATCH)),
  /**
   * Implementation plans with their reviews: SUBTREE and BATCH on the plan's unit, DEADLINE_RANGE
   * on the date the plan was submitted.
   */
  IMPLEMENTATION_PLAN(EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.DEADLINE_RANGE)),
  /**
   * Schedule items (monthly focuses and weekly arrangements), keyed by {@link ScheduleItemKey}:
   * SUBTREE and BATCH on the item's unit, DEADLINE_RANGE on the first day of its window.
   */
  SCHEDULE_ITEM(EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.DEADLINE_RANGE)),
  /** Problem lists: SUBTREE and BATCH on the owner's unit, LEAD_LEADER on the owner's leader. */
  PROBLEM_LIST(EnumSet.of(Criterion.SUBTREE, Criterion.BATCH, Criterion.LEAD_LEADER));

  private final Set<Criterion> criteria;

  AggregateKind(Set<Criterion> criteria) {
    this.criteria = Set.copyOf(criteria);
  }

  /**
   * Returns the criteria a store of this kind answers.
   *
   * @return an unmodifiable set
   */
  public Set<Criterion> criteria() {
    return criteria;
  }
}
