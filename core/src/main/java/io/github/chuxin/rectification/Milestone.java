package io.github.chuxin.rectification;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A milestone or review date 階段目標 (阶段目标) of a long-term rectification item.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class Milestone {

  /** Only the generated {@code ImmutableMilestone}, in this package, extends this class. */
  Milestone() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableMilestone.Builder builder() {
    return ImmutableMilestone.builder();
  }

  /**
   * Returns the day it is due or reviewed, inclusive.
   *
   * @return the day
   */
  public abstract LocalDate dueOn();

  /**
   * Returns what is to be reached.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the day it was reached, if it was.
   *
   * @return the day reached
   */
  public abstract Optional<LocalDate> reachedOn();
}
