package io.github.chuxin.validation;

import io.github.chuxin.rectification.RectificationWorkflow;
import java.time.Period;
import org.immutables.value.Value;

/**
 * The parameters of the built-in rules 校驗參數 (校验参数).
 *
 * <p>Immutable. Defaults follow DOMAIN.md: a unit's campaign lasts at least three months; a
 * branch has at least 3 full members and at most 50 members; above 100 members a general branch,
 * bureau-level unit, community or village should have a party committee; the standard
 * rectification workflow.
 *
 * <pre>{@code
 * ValidationConfig config = ValidationConfig.builder().minimumCampaignDuration(Period.ofMonths(2)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ValidationConfig {

  /** Only the generated {@code ImmutableValidationConfig}, in this package, extends this class. */
  ValidationConfig() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableValidationConfig.Builder builder() {
    return ImmutableValidationConfig.builder();
  }

  /**
   * Returns the defaults.
   *
   * @return the default configuration
   */
  public static ValidationConfig defaults() {
    return builder().build();
  }

  /**
   * Returns the shortest a batch's window may last.
   *
   * @return the duration; three months by default
   */
  @Value.Default
  public Period minimumCampaignDuration() {
    return Period.ofMonths(3);
  }

  /**
   * Returns the fewest full members a branch should have.
   *
   * @return the minimum; 3 by default
   */
  @Value.Default
  public int minimumBranchFullMembers() {
    return 3;
  }

  /**
   * Returns the most members a branch should have.
   *
   * @return the maximum; 50 by default
   */
  @Value.Default
  public int maximumBranchMembers() {
    return 50;
  }

  /**
   * Returns the member count above which a unit should have a party committee.
   *
   * @return the threshold; 100 by default
   */
  @Value.Default
  public int committeeAboveMembers() {
    return 100;
  }

  /**
   * Returns the workflow against which status histories are checked.
   *
   * @return the workflow; the standard one by default
   */
  @Value.Default
  public RectificationWorkflow workflow() {
    return RectificationWorkflow.standard();
  }

  /**
   * Checks the configuration when it is built: no member threshold and no minimum duration is negative.
   *
   * @throws IllegalStateException if one is
   */
  @Value.Check
  protected void check() {
    if (minimumBranchFullMembers() < 0 || maximumBranchMembers() < 0 || committeeAboveMembers() < 0) {
      throw new IllegalStateException("validation config: member thresholds must not be negative");
    }
    if (minimumCampaignDuration().isNegative()) {
      throw new IllegalStateException("validation config: the minimum duration must not be negative");
    }
  }
}
