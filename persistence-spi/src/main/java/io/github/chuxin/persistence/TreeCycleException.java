package io.github.chuxin.persistence;

import io.github.chuxin.org.OrgId;

/**
 * A write that would hang a unit inside its own subtree 組織樹成環 (组织树成环): nothing was written.
 *
 * <p>Thrown by {@link OrganisationStore#save} and {@link OrganisationStore#saveAll} when the
 * parent given to a unit is the unit itself or one of its descendants as stored (or as given in the
 * same bulk call). Two writers that move A under B and B under A at the same time cannot both
 * succeed: every adapter serialises such moves, so at most one is stored and the other gets this
 * exception. The caller may re-read the tree and decide again.
 */
public final class TreeCycleException extends StorageRefusedException {

  private static final long serialVersionUID = 1L;

  /** The parent that would have closed the cycle. */
  private final OrgId parent;

  /**
   * Creates the exception.
   *
   * @param unit the unit being written, not null
   * @param parent the parent it was given, which lies in its own subtree, not null
   */
  public TreeCycleException(OrgId unit, OrgId parent) {
    super("organisation " + unit.value() + " cannot be placed under " + parent.value() + ": "
        + parent.value() + " lies in " + unit.value() + "'s own subtree, so the tree would have a cycle;"
        + " nothing was written", AggregateKind.ORGANISATION, unit);
    this.parent = parent;
  }

  /**
   * Returns the unit being written, the same as {@link #id()}.
   *
   * @return its id
   */
  public OrgId unit() {
    return id();
  }

  /**
   * Returns the unit being written.
   *
   * @return its id
   */
  @Override
  public OrgId id() {
    return (OrgId) super.id();
  }

  /**
   * Returns the parent the unit was given.
   *
   * @return the parent's id
   */
  public OrgId parent() {
    return parent;
  }
}
