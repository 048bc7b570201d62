package io.github.chuxin.guidance;

import io.github.chuxin.org.OrgId;
import java.util.Objects;

/**
 * The assignment of a guidance group to a unit it guides 聯繫指導 (联系指导).
 *
 * @param group the group, not null
 * @param unit the guided unit, not null
 */
public record GuidanceAssignment(GuidanceGroupId group, OrgId unit) {

  /**
   * Checks that no component is null.
   *
   * @param group the group, not null
   * @param unit the guided unit, not null
   */
  public GuidanceAssignment {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * Returns an assignment.
   *
   * @param group the group
   * @param unit the unit
   * @return the assignment
   */
  public static GuidanceAssignment of(GuidanceGroupId group, OrgId unit) {
    return new GuidanceAssignment(group, unit);
  }
}
