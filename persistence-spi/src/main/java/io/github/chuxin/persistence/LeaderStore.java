package io.github.chuxin.persistence;

import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;

/**
 * The store of leaders 領導幹部存儲 (领导干部存储).
 *
 * <p>A leader belongs to the subtree of its unit. The criteria it answers are those of
 * {@link AggregateKind}.
 */
public interface LeaderStore extends AggregateStore<LeaderId, Leader> {
}
