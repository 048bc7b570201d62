package io.github.chuxin.problem;

import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who owns a problem 問題主體 (问题主体): a unit, or a leader of a unit.
 *
 * <p>Immutable.
 *
 * @param unit the unit, not null; for a leader, the leader's unit
 * @param leader the leader, or empty when the unit itself owns the problem
 */
public record ProblemOwner(OrgId unit, Optional<LeaderId> leader) {

  /**
   * Checks that no component is null.
   *
   * @param unit the unit, not null; for a leader, the leader's unit
   * @param leader the leader, or empty when the unit itself owns the problem
   */
  public ProblemOwner {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(leader, "leader");
  }

  /**
   * Returns a unit as owner.
   *
   * @param unit the unit
   * @return the owner
   */
  public static ProblemOwner unit(OrgId unit) {
    return new ProblemOwner(unit, Optional.empty());
  }

  /**
   * Returns a leader of a unit as owner.
   *
   * @param unit the leader's unit
   * @param leader the leader
   * @return the owner
   */
  public static ProblemOwner leader(OrgId unit, LeaderId leader) {
    return new ProblemOwner(unit, Optional.of(leader));
  }
}
