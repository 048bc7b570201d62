package io.github.chuxin.validation;

import io.github.chuxin.catalogue.CatalogueProvider;
import io.github.chuxin.leadership.Cadence;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.rectification.RectificationWorkflow;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters of the built-in rules 校驗參數 (校验参数).
 *
 * <p>Immutable. Defaults follow DOMAIN.md: a unit's campaign lasts about three months, and only a
 * window more than a month shorter is worth a warning; a branch has at least 3 full members and at
 * most 50 members; from 100 members a bureau-level unit should have a party committee and a
 * general branch should become one; a joint branch covers at most 5 units; a branch with 7 or more
 * full members has a branch committee; a temporary organisation that lasts 6 months or more should
 * be a regular branch; the leading group meets monthly and the campaign office weekly; the
 * standard rectification workflow; each member of a leading group has problems of their own; the
 * library's default catalogues.
 *
 * <pre>{@code
 * ValidationConfig config = ValidationConfig.builder().campaignDurationTolerance(Period.ofWeeks(2)).build();
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
   * Returns the member count from which (inclusive: "100人以上") a bureau-level unit should have a
   * party committee and a general branch should be re-designated one.
   *
   * @return the threshold; 100 by default
   */
  @Value.Default
  public int committeeFromMembers() {
    return 100;
  }

  /**
   * Returns the most units a joint branch 聯合黨支部 (联合党支部) should cover.
   *
   * @return the maximum; 5 by default
   */
  @Value.Default
  public int maximumJointBranchUnits() {
    return 5;
  }

  /**
   * Returns the full-member count from which (inclusive) a branch should have a branch committee
   * 支部委員會 (支部委员会) rather than only a secretary.
   *
   * @return the threshold; 7 by default
   */
  @Value.Default
  public int branchCommitteeFromFullMembers() {
    return 7;
  }

  /**
   * Returns how long (inclusive of both days) a temporary organisation may exist before its
   * project or work, lasting that long or more, should have a regular branch instead.
   *
   * @return the duration; 6 months by default
   */
  @Value.Default
  public Period regularBranchFromDuration() {
    return Period.ofMonths(6);
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
   * Returns the cadence at which each kind of regular meeting is expected, for
   * {@code LEADERSHIP-MEETING-GAP}: a leadership body that holds no meeting of a kind in a whole
   * week or month of its campaign window is warned about. A kind absent from the map is not
   * checked. Entries given to the builder replace the default map, they do not add to it: to change
   * one kind, give every kind to be checked.
   *
   * @return the cadences; by default each kind's own ({@link MeetingKind#cadence()}): the leading
   *     group monthly, the office's three meetings weekly (seed ¶5)
   */
  @Value.Default
  public Map<MeetingKind, Cadence> meetingCadences() {
    Map<MeetingKind, Cadence> cadences = new EnumMap<>(MeetingKind.class);
    for (MeetingKind kind : MeetingKind.values()) {
      cadences.put(kind, kind.cadence());
    }
    return cadences;
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
   * Checks the configuration when it is built: no threshold, duration or tolerance is negative.
   *
   * @throws IllegalStateException if one is
   */
  @Value.Check
  protected void check() {
    if (minimumBranchFullMembers() < 0 || maximumBranchMembers() < 0 || committeeFromMembers() < 0
        || maximumJointBranchUnits() < 0 || branchCommitteeFromFullMembers() < 0) {
      throw new IllegalStateException("validation config: member and unit thresholds must not be negative");
    }
    if (regularBranchFromDuration().isNegative()) {
      throw new IllegalStateException("validation config: the duration of a temporary organisation must not be negative");
    }
    if (campaignDuration().isNegative() || campaignDurationTolerance().isNegative()) {
      throw new IllegalStateException("validation config: the campaign duration and its tolerance must not be negative");
    }
  }
}
