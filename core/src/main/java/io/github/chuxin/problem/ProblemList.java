package io.github.chuxin.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem list 檢視問題清單 (检视问题清单) of a unit or of one of its leaders.
 *
 * <p>Immutable. The list holds problem identifiers; the problems themselves are stored once.
 */
@Value.Immutable
public abstract class ProblemList {

  /** Only the generated {@code ImmutableProblemList}, in this package, extends this class. */
  ProblemList() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableProblemList.Builder builder() {
    return ImmutableProblemList.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract ProblemListId id();

  /**
   * Returns whose list it is.
   *
   * @return the owner
   */
  public abstract ProblemOwner owner();

  /**
   * Returns the day it was drawn up.
   *
   * @return the day
   */
  public abstract LocalDate compiledOn();

  /**
   * Returns the problems on it, in order.
   *
   * @return the problems
   */
  public abstract List<ProblemId> problems();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract Optional<String> title();
}
