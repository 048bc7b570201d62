package io.github.chuxin.report.readiness;

import io.github.chuxin.org.OrgId;
import java.util.List;
import java.util.Objects;

/**
 * What one unit still lacks before its batch can close 收尾差距 (收尾差距).
 *
 * <p>Immutable.
 *
 * @param unit the unit
 * @param missing the requirements not yet met, in the order of {@link Requirement}
 */
public record UnitReadiness(OrgId unit, List<Requirement> missing) {

  /**
   * Copies the list.
   *
   * @param unit the unit
   * @param missing the requirements not yet met, in the order of {@link Requirement}
   */
  public UnitReadiness {
    Objects.requireNonNull(unit, "unit");
    missing = List.copyOf(missing);
  }

  /**
   * Tells whether nothing is missing.
   *
   * @return whether the unit is ready
   */
  public boolean isReady() {
    return missing.isEmpty();
  }
}
