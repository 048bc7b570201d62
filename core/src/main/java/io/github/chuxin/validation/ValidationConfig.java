package io.github.chuxin.validation;

import io.github.chuxin.catalogue.CatalogueProvider;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.rectification.RectificationWorkflow;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters of the built-in rules 校驗參數 (校验参数).
 *
 * <p>Immutable. Defaults follow DOMAIN.md: a unit's campaign lasts about three months, and only a
 * window a month or more shorter is worth a warning; a branch has at least 3 full members and at
 * most 50 members; above 100 members a general branch, bureau-level unit, community or village
 * should have a party committee; the standard rectification workflow; each member of a leading
 * group has problems of their own; the library's default catalogues.
 *
 * <pre>{@code
 * ValidationConfig config = ValidationConfig.builder().campaignDurationTolerance(Period.ofWeeks(2)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ValidationConfig {

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
   * Returns how long a unit's campaign is meant to last: about three months (the 2019 batches ran
   * June to end of August and September to end of November, "基本結束": roughly, not a minimum).
   *
   * @return the duration; three months by default
   */
  @Value.Default
  public Period campaignDuration() {
    return Period.ofMonths(3);
  }

  /**
   * Returns how far short of {@link #campaignDuration()} a batch's window may fall before
   * {@code BATCH-TOO-SHORT} warns: Beijing deployed its second batch on 2019-09-08 to end with the
   * batch at the end of November (84 days), which the default passes.
   *
   * @return the tolerance; one month by default
   */
  @Value.Default
  public Period campaignDurationTolerance() {
    return Period.ofMonths(1);
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
   * Returns the kinds of leadership body each of whose members should have problems of their own
   * (檢視問題清單 per leader, "把自己擺進去"), as {@code PROBLEM-BODY-MEMBER-WITHOUT-PROBLEMS} checks.
   *
   * @return the kinds; the leading group by default
   */
  @Value.Default
  public Set<LeadershipBodyKind> bodiesWhoseMembersListProblems() {
    return EnumSet.of(LeadershipBodyKind.LEADING_GROUP);
  }

  /**
   * Returns the catalogues against which codes are checked, such as the areas of special
   * rectification ({@code SPECIAL-AREA-UNKNOWN}).
   *
   * @return the catalogues; {@link CatalogueProvider#defaults()} by default
   */
  @Value.Default
  public CatalogueProvider catalogues() {
    return CatalogueProvider.defaults();
  }

  /**
   * Checks the thresholds.
   *
   * @throws IllegalStateException if a threshold is negative
   */
  @Value.Check
  protected void check() {
    if (minimumBranchFullMembers() < 0 || maximumBranchMembers() < 0 || committeeAboveMembers() < 0) {
      throw new IllegalStateException("validation config: member thresholds must not be negative");
    }
    if (campaignDuration().isNegative() || campaignDurationTolerance().isNegative()) {
      throw new IllegalStateException("validation config: the campaign duration and its tolerance must not be negative");
    }
  }
}
