package io.github.chuxin.persistence;

import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;

/**
 * The store of problem lists 問題清單存儲 (问题清单存储).
 *
 * <p>A list refers to its problems by id; the problems themselves are in
 * {@link Storage#problems()}. The criteria it answers are those of {@link AggregateKind}: the
 * subtree and batch of the owner's unit, and the owner's leader.
 */
public interface ProblemListStore extends AggregateStore<ProblemListId, ProblemList> {
}
