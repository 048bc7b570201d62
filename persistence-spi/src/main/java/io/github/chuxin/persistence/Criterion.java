package io.github.chuxin.persistence;

/**
 * A criterion of a {@link Query} 查詢條件 (查询条件); each {@link AggregateKind} names the ones it
 * answers, and a store refuses a query that uses another with {@link IllegalArgumentException}.
 */
public enum Criterion {
  /** The aggregate's unit lies in a unit's subtree (the unit itself included). */
  SUBTREE,
  /** The aggregate's status is one of a set. */
  STATUS,
  /** The aggregate's (effective) deadline, or date, lies in a closed range. */
  DEADLINE_RANGE,
  /** The effective deadline is before a date and the aggregate is not done. */
  OVERDUE,
  /** The aggregate's unit belongs to a batch (own assignment or nearest assigned ancestor's). */
  BATCH,
  /** The aggregate's lead (or responsible) leader is a given leader. */
  LEAD_LEADER
}
