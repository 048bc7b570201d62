package io.github.chuxin.persistence;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A storage 存儲 (存储): the family of stores of one database, its declared capabilities, units of
 * work and scoped views. This is what an adapter implements and what the contract kit tests.
 *
 * <p>Implementations are thread-safe. Campaigns and guidance groups are shared reference data: a
 * scoped storage reads them all but refuses to write them. Everything else belongs to a unit (for
 * meetings: their body's unit) and is read and written through a scope only inside its subtree.
 */
public interface Storage {

  /**
   * Returns what this storage can do.
   *
   * @return an unmodifiable set
   */
  Set<Capability> capabilities();

  /**
   * Tells whether this storage declares a capability.
   *
   * @param capability the capability, not null
   * @return true if declared
   */
  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * Returns the store of organisations.
   *
   * @return the store
   */
  OrganisationStore organisations();

  /**
   * Returns the store of campaigns.
   *
   * @return the store
   */
  CampaignStore campaigns();

  /**
   * Returns the store of problems.
   *
   * @return the store
   */
  ProblemStore problems();

  /**
   * Returns the store of rectification items.
   *
   * @return the store
   */
  RectificationStore rectifications();

  /**
   * Returns the store of special rectifications.
   *
   * @return the store
   */
  SpecialRectificationStore specialRectifications();

  /**
   * Returns the store of guidance groups and records.
   *
   * @return the store
   */
  GuidanceStore guidance();

  /**
   * Returns the store of activities.
   *
   * @return the store
   */
  ActivityStore activities();

  /**
   * Returns the store of leaders.
   *
   * @return the store
   */
  LeaderStore leaders();

  /**
   * Returns the store of leadership bodies and their meetings.
   *
   * @return the store
   */
  LeadershipBodyStore leadershipBodies();

  /**
   * Returns the store of implementation plans.
   *
   * @return the store
   */
  PlanStore plans();

  /**
   * Returns the store of the schedule: monthly focuses and weekly arrangements.
   *
   * @return the store
   */
  ScheduleStore schedule();

  /**
   * Returns the store of problem lists.
   *
   * @return the store
   */
  ProblemListStore problemLists();

  /**
   * Returns the store of a kind: the same store as the kind's named getter ({@link #problems()}
   * for {@link AggregateType#PROBLEM}, and so on), and for a kind without one the adapter's store
   * of it. Generic code (imports, exports, the contract kit) reaches every kind through this.
   *
   * <p>The default answers through the named getters and refuses a kind without one; a storage
   * built on {@code io.github.chuxin.persistence.support.AbstractStorage} has a store of every kind.
   *
   * @param type the kind's descriptor, not null
   * @param <I> the id type
   * @param <T> the aggregate type
   * @return the store
   * @throws UnsupportedOperationException if this storage has no store of the kind
   */
  default <I extends Identifier, T> AggregateStore<I, T> store(AggregateType<I, T> type) {
    return type.namedStoreIn(this).orElseThrow(
        () -> new UnsupportedOperationException("this storage has no store of " + type.kind()));
  }

  /**
   * Runs a unit of work that commits all or nothing: the work writes through the storage it is
   * given; if it returns, every write becomes visible at once; if it throws, none does and the
   * exception propagates. Needs {@link Capability#TRANSACTIONS}.
   *
   * <p>Called on the storage a unit of work was given, this runs the work inside that same unit of
   * work, which it joins: its writes commit or vanish with the outer work's. The storage a work is
   * given serves that work only: once the work has ended, every call on it (and on the stores and
   * scoped views obtained from it) fails with {@link IllegalStateException} and writes nothing.
   *
   * @param work the work, not null
   * @param <R> the result type
   * @return what the work returned
   * @throws UnsupportedCapabilityException if the storage does not declare TRANSACTIONS
   */
  <R> R inTransaction(Function<? super Storage, ? extends R> work);

  /**
   * Returns a view that reads only the subtree of a unit and refuses writes outside it. Needs
   * {@link Capability#SCOPED_READS}. A scope never widens: a scoped storage scopes only to a unit
   * of its own subtree.
   *
   * @param root the subtree's root, not null
   * @return the scoped storage
   * @throws UnsupportedCapabilityException if the storage does not declare SCOPED_READS
   * @throws ScopeViolationException if this storage is scoped and the root lies outside its subtree
   */
  Storage scopedTo(OrgId root);

  /**
   * Returns this storage's scope.
   *
   * @return the root of the subtree it is limited to, or empty if unscoped
   */
  Optional<OrgId> scope();
}
