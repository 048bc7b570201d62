package io.github.chuxin.leadership;

import io.github.chuxin.guidance.GuidanceGroupId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review of an implementation plan by a guidance group 實施方案必審 (实施方案必审).
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class PlanReview {

  /** Only the generated {@code ImmutablePlanReview}, in this package, extends this class. */
  PlanReview() {
  }

  /** The outcome of a review. */
  public enum Outcome {
    /** The plan was approved. */
    APPROVED,
    /** The plan was returned for revision. */
    RETURNED_FOR_REVISION
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutablePlanReview.Builder builder() {
    return ImmutablePlanReview.builder();
  }

  /**
   * Returns the reviewing group.
   *
   * @return the group
   */
  public abstract GuidanceGroupId group();

  /**
   * Returns the day of the review.
   *
   * @return the day
   */
  public abstract LocalDate reviewedOn();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * Returns the reviewers' comments.
   *
   * @return the comments
   */
  public abstract Optional<String> comments();
}
