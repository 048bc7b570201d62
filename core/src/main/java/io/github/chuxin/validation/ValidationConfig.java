package io.github.chuxin.validation;

import io.github.chuxin.leadership.Cadence;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.rectification.RectificationWorkflow;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The parameters of the built-in rules 校驗參數 (校验参数).
 *
 * <p>Immutable. Defaults follow DOMAIN.md: a unit's campaign lasts at least three months; a
 * branch has at least 3 full members and at most 50 members; from 100 members a bureau-level unit
 * should have a party committee and a general branch should become one; a joint branch covers at
 * most 5 units; a branch with 7 or more full members has a branch committee; a temporary
 * organisation that lasts 6 months or more should be a regular branch; the standard
 * rectification workflow.
 *
 * <pre>{@code
 * ValidationConfig config = ValidationConfig.builder().minimumCampaignDuration(Period.ofMonths(2)).build();
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

  @Value.Check
  protected void check() {
    if (minimumBranchFullMembers() < 0 || maximumBranchMembers() < 0 || committeeFromMembers() < 0
        || maximumJointBranchUnits() < 0 || branchCommitteeFromFullMembers() < 0) {
      throw new IllegalStateException("validation config: member and unit thresholds must not be negative");
    }
    if (regularBranchFromDuration().isNegative()) {
      throw new IllegalStateException("validation config: the duration of a temporary organisation must not be negative");
    }
    if (minimumCampaignDuration().isNegative()) {
      throw new IllegalStateException("validation config: the minimum duration must not be negative");
    }
  }
}
