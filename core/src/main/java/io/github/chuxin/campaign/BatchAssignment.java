package io.github.chuxin.campaign;

import io.github.chuxin.org.OrgId;
import java.util.Objects;

/**
 * The assignment of a unit to a batch 批次安排 (批次安排); the unit's descendants inherit it unless
 * they have their own.
 *
 * @param unit the unit, usually a bureau-level unit, not null
 * @param batch the batch, not null
 */
public record BatchAssignment(OrgId unit, BatchId batch) {

  /**
   * Checks that no component is null.
   *
   * @param unit the unit, usually a bureau-level unit, not null
   * @param batch the batch, not null
   */
  public BatchAssignment {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(batch, "batch");
  }

  /**
   * Returns an assignment.
   *
   * @param unit the unit
   * @param batch the batch
   * @return the assignment
   */
  public static BatchAssignment of(OrgId unit, BatchId batch) {
    return new BatchAssignment(unit, batch);
  }
}
