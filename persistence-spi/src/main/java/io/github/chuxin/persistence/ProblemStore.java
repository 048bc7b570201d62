package io.github.chuxin.persistence;

import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.Problem;

/**
 * The store of problems found and listed for rectification 問題存儲 (问题存储).
 *
 * <p>The criteria it answers are those of {@link AggregateKind}.
 */
public interface ProblemStore extends AggregateStore<ProblemId, Problem> {
}
