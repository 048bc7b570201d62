package io.github.chuxin.persistence;

import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.PlanId;

/**
 * The store of implementation plans with their reviews 實施方案存儲 (实施方案存储).
 *
 * <p>A plan, reviews included, is one aggregate: a review is added by writing the plan again with
 * the revision read. The criteria it answers are those of {@link AggregateKind}.
 */
public interface PlanStore extends AggregateStore<PlanId, ImplementationPlan> {
}
