package io.github.chuxin.leadership;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit's implementation plan 實施方案 (实施方案), or a standing committee's work plan
 * 工作方案 (工作方案), with its reviews by guidance groups.
 *
 * <p>Immutable. Reviews are not before the plan's submission.
 */
@Value.Immutable
public abstract class ImplementationPlan {

  /** Only the generated {@code ImmutableImplementationPlan}, in this package, extends this class. */
  ImplementationPlan() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} {@code LEADERSHIP-PLAN-REVIEWED-BEFORE-SUBMITTED} if a review is dated before the plan was
   * submitted.
   *
   * @return the builder
   */
  public static ImmutableImplementationPlan.Builder builder() {
    return ImmutableImplementationPlan.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract PlanId id();

  /**
   * Returns the unit the plan is for.
   *
   * @return the unit
   */
  public abstract OrgId unit();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the day the plan was submitted.
   *
   * @return the day
   */
  public abstract LocalDate submittedOn();

  /**
   * Returns the reviews, in order.
   *
   * @return the reviews
   */
  public abstract List<PlanReview> reviews();

  /**
   * Returns the latest review, if any.
   *
   * @return the latest review
   */
  public Optional<PlanReview> latestReview() {
    return reviews().isEmpty() ? Optional.empty() : Optional.of(reviews().get(reviews().size() - 1));
  }

  /**
   * Tells whether the latest review approved the plan.
   *
   * @return whether the plan is approved
   */
  public boolean isApproved() {
    return latestReview().map(r -> r.outcome() == PlanReview.Outcome.APPROVED).orElse(false);
  }

  /** Refuses a review before submission ({@link LeadershipConstraint#PLAN_REVIEWED_BEFORE_SUBMITTED}). */
  @Value.Check
  protected void check() {
    for (PlanReview review : reviews()) {
      if (review.reviewedOn().isBefore(submittedOn())) {
        throw LeadershipConstraint.PLAN_REVIEWED_BEFORE_SUBMITTED.refusal(
            ElementPath.of("plan", id()).then("review", review.reviewedOn()), "plan", id().value(),
            "reviewed", review.reviewedOn().toString(), "submitted", submittedOn().toString());
      }
    }
  }
}
