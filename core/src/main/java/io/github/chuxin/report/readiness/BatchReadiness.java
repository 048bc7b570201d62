package io.github.chuxin.report.readiness;

import io.github.chuxin.campaign.BatchId;
import java.util.List;
import java.util.Objects;

/**
 * What the units of a batch still lack before it can close 批次收尾差距 (批次收尾差距).
 *
 * <p>Immutable.
 *
 * @param batch the batch
 * @param units every unit assigned to the batch, in the order of the campaign's assignments
 */
public record BatchReadiness(BatchId batch, List<UnitReadiness> units) {

  /**
   * Copies the list.
   *
   * @param batch the batch
   * @param units every unit assigned to the batch, in the order of the campaign's assignments
   */
  public BatchReadiness {
    Objects.requireNonNull(batch, "batch");
    units = List.copyOf(units);
  }

  /**
   * Tells whether every unit is ready.
   *
   * @return whether the batch can close
   */
  public boolean isReady() {
    return units.stream().allMatch(UnitReadiness::isReady);
  }

  /**
   * Returns the units that are not ready.
   *
   * @return the units with something missing
   */
  public List<UnitReadiness> notReady() {
    return units.stream().filter(u -> !u.isReady()).toList();
  }
}
