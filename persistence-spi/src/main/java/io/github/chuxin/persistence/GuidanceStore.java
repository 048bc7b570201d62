package io.github.chuxin.persistence;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import java.util.List;

/**
 * The store of guidance groups, their assignments to units and their five-musts records
 * 巡迴指導存儲 (巡回指导存储).
 *
 * <p>Groups are versioned aggregates; assignments and five-musts records are facts, added once
 * (adding one twice keeps one) and read per group. A scoped store shows and accepts only the
 * facts whose unit lies in its subtree; groups are shared reference data, readable but not
 * writable through a scope.
 */
public interface GuidanceStore extends AggregateStore<GuidanceGroupId, GuidanceGroup> {

  /**
   * Records that a group guides a unit.
   *
   * @param assignment the assignment, not null
   * @throws ScopeViolationException if scoped and the unit lies outside
   */
  void assign(GuidanceAssignment assignment);

  /**
   * Returns a group's assignments, in the order they were added.
   *
   * @param group the group, not null
   * @return an unmodifiable list
   */
  List<GuidanceAssignment> assignments(GuidanceGroupId group);

  /**
   * Records one of the five musts done by a group at a unit.
   *
   * @param record the record, not null
   * @throws ScopeViolationException if scoped and the unit lies outside
   */
  void record(FiveMustRecord record);

  /**
   * Returns a group's five-musts records, in the order they were added.
   *
   * @param group the group, not null
   * @return an unmodifiable list
   */
  List<FiveMustRecord> records(GuidanceGroupId group);
}
