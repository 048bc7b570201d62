package io.github.chuxin.persistence.support;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.TreeCycleException;
import java.util.Optional;

/**
 * The stored organisation tree and campaigns 已存組織樹 (已存组织树), as a store that holds its
 * aggregates in memory reads them: what {@link AggregateMatcher} needs for subtrees, scopes, batch
 * membership and the tree's cycle check.
 *
 * <p>Implemented by a store's snapshot of what it holds (the in-memory reference store and the
 * file-store example implement it on their immutable states). A store that answers queries
 * otherwise, such as the JDBC adapter in SQL, does not need it.
 */
public interface UnitTree {

  /**
   * Returns a stored organisation.
   *
   * @param id the organisation's id, not null
   * @return the organisation, or empty if it is not stored
   */
  Optional<Organisation> organisation(OrgId id);

  /**
   * Returns how many organisations are stored; it bounds every walk up the tree.
   *
   * @return the number of stored organisations
   */
  int organisationCount();

  /**
   * Returns the stored campaigns, whose batch assignments decide batch membership.
   *
   * @return the campaigns, in any order
   */
  Iterable<Campaign> campaigns();

  /**
   * Tells whether a unit lies in a root's subtree (the root itself included), following the
   * stored parents. A unit whose parent is not stored ends the walk.
   *
   * @param root the subtree's root, not null
   * @param unit the unit, not null
   * @return true if the unit is the root or one of its stored descendants
   */
  default boolean isInSubtree(OrgId root, OrgId unit) {
    OrgId current = unit;
    for (int steps = organisationCount() + 1; steps > 0; steps--) {
      if (current.equals(root)) {
        return true;
      }
      Optional<OrgId> parent = organisation(current).flatMap(Organisation::parentId);
      if (parent.isEmpty()) {
        return false;
      }
      current = parent.get();
    }
    return false;
  }

  /**
   * Refuses a unit whose parent lies in the unit's own subtree as stored. A parent that is not
   * stored is no cycle (a snapshot may save a child before its parent).
   *
   * @param unit the unit about to be written, not null
   * @throws TreeCycleException if the write would close a cycle
   */
  default void requireNoCycle(Organisation unit) {
    if (unit.parentId().isPresent() && isInSubtree(unit.id(), unit.parentId().get())) {
      throw new TreeCycleException(unit.id(), unit.parentId().get());
    }
  }
}
