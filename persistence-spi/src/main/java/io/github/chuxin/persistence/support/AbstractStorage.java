package io.github.chuxin.persistence.support;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.persistence.ActivityStore;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.LeaderStore;
import io.github.chuxin.persistence.LeadershipBodyStore;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.PlanStore;
import io.github.chuxin.persistence.ProblemListStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.ScheduleStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.UnsupportedCapabilityException;
import io.github.chuxin.persistence.support.TypedStores.Activities;
import io.github.chuxin.persistence.support.TypedStores.Campaigns;
import io.github.chuxin.persistence.support.TypedStores.Leaders;
import io.github.chuxin.persistence.support.TypedStores.Organisations;
import io.github.chuxin.persistence.support.TypedStores.Plans;
import io.github.chuxin.persistence.support.TypedStores.ProblemLists;
import io.github.chuxin.persistence.support.TypedStores.Problems;
import io.github.chuxin.persistence.support.TypedStores.Schedule;
import io.github.chuxin.persistence.support.TypedStores.Specials;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static io.github.chuxin.persistence.AggregateType.ACTIVITY;
import static io.github.chuxin.persistence.AggregateType.CAMPAIGN;
import static io.github.chuxin.persistence.AggregateType.IMPLEMENTATION_PLAN;
import static io.github.chuxin.persistence.AggregateType.LEADER;
import static io.github.chuxin.persistence.AggregateType.ORGANISATION;
import static io.github.chuxin.persistence.AggregateType.PROBLEM;
import static io.github.chuxin.persistence.AggregateType.PROBLEM_LIST;
import static io.github.chuxin.persistence.AggregateType.SCHEDULE_ITEM;
import static io.github.chuxin.persistence.AggregateType.SPECIAL_RECTIFICATION;

/**
 * A skeleton {@link Storage} 存儲骨架 (存储骨架) of one view of an adapter's data (one unit of work
 * or none, one scope or none): its capabilities and scope, the refusal of a scope outside it, and
 * the twelve store getters, derived here once from the {@link AggregateType} descriptors and the
 * adapter's {@link Stores}: one factory for the generic store of any kind, and one for each store
 * with methods of its own (rectification items with their history, guidance groups with their
 * facts, leadership bodies with their meetings). The adapter implements units of work and what
 * its stores need of a view.
 *
 * <p>An adapter whose store of some kind does more than its generic one (the JDBC adapter keeps
 * the organisation tree's paths, for example) overrides that getter.
 *
 * @param <V> the adapter's storage type, which its stores are made for
 */
public abstract class AbstractStorage<V extends AbstractStorage<V>> implements Storage {

  /**
   * Makes an adapter's generic store of any kind, for one of its storages.
   *
   * @param <V> the adapter's storage type
   */
  @FunctionalInterface
  public interface StoreFactory<V> {
    /**
     * Returns the store of a kind, seen through a storage.
     *
     * @param storage the storage, not null
     * @param type the kind's descriptor, not null
     * @param <I> the id type
     * @param <T> the aggregate type
     * @return the store
     */
    <I extends Identifier, T> AggregateStore<I, T> make(V storage, AggregateType<I, T> type);
  }

  /**
   * How an adapter makes its stores for one of its storages; each factory is called by its getter
   * on every call, so it should be cheap (a constructor reference, typically).
   *
   * @param generic makes the generic store of any kind, not null
   * @param rectifications makes the store of rectification items, not null
   * @param guidance makes the store of guidance groups, not null
   * @param leadershipBodies makes the store of leadership bodies, not null
   * @param <V> the adapter's storage type
   */
  public record Stores<V>(StoreFactory<V> generic, Function<? super V, ? extends RectificationStore> rectifications,
      Function<? super V, ? extends GuidanceStore> guidance,
      Function<? super V, ? extends LeadershipBodyStore> leadershipBodies) {

    /**
     * Checks the factories.
     *
     * @param generic not null
     * @param rectifications not null
     * @param guidance not null
     * @param leadershipBodies not null
     */
    public Stores {
      Objects.requireNonNull(generic, "generic");
      Objects.requireNonNull(rectifications, "rectifications");
      Objects.requireNonNull(guidance, "guidance");
      Objects.requireNonNull(leadershipBodies, "leadershipBodies");
    }
  }

  private final Set<Capability> capabilities;
  private final Optional<OrgId> scope;
  private final Stores<V> stores;

  /**
   * Creates the skeleton of a view.
   *
   * @param capabilities what the adapter can do, not null
   * @param scope the root of the view's scope, or empty if unscoped
   * @param stores how the adapter makes its stores, not null
   */
  protected AbstractStorage(Set<Capability> capabilities, Optional<OrgId> scope, Stores<V> stores) {
    this.capabilities = Set.copyOf(capabilities);
    this.scope = Objects.requireNonNull(scope, "scope");
    this.stores = Objects.requireNonNull(stores, "stores");
  }

  @Override
  public final Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public final Optional<OrgId> scope() {
    return scope;
  }

  /**
   * Refuses a call that needs a capability this storage does not declare.
   *
   * @param capability the capability the call needs, not null
   * @throws UnsupportedCapabilityException if it is not declared
   */
  public final void requireCapability(Capability capability) {
    if (!supports(capability)) {
      throw new UnsupportedCapabilityException(capability);
    }
  }

  /**
   * Returns a view of this one limited to a unit's subtree, which must lie in this view's scope.
   *
   * @param unit the subtree's root, not null
   * @return the scoped view
   * @throws UnsupportedCapabilityException if the storage does not declare SCOPED_READS
   * @throws ScopeViolationException if this view is scoped and the unit lies outside its subtree
   */
  @Override
  public final Storage scopedTo(OrgId unit) {
    Objects.requireNonNull(unit, "unit");
    requireCapability(Capability.SCOPED_READS);
    if (scope.isPresent() && !isInSubtree(scope.get(), unit)) {
      throw new ScopeViolationException(AggregateKind.ORGANISATION, unit, scope.get());
    }
    return scopedView(unit);
  }

  /**
   * Tells whether a unit lies in a root's subtree (the root itself included), as this view reads
   * the stored tree.
   *
   * @param root the subtree's root, not null
   * @param unit the unit, not null
   * @return true if it does
   */
  protected abstract boolean isInSubtree(OrgId root, OrgId unit);

  /**
   * Returns this view (same unit of work) with another scope.
   *
   * @param root the new scope's root, not null, already checked
   * @return the view
   */
  protected abstract V scopedView(OrgId root);

  @SuppressWarnings("unchecked")
  private V self() {
    return (V) this;
  }

  /**
   * Returns this storage's generic store of a kind.
   *
   * @param type the kind's descriptor, not null
   * @param <I> the id type
   * @param <T> the aggregate type
   * @return the store, from the generic factory
   */
  protected final <I extends Identifier, T> AggregateStore<I, T> store(AggregateType<I, T> type) {
    return stores.generic().make(self(), type);
  }

  // one getter per kind, one line each: the table of the SPI's stores
  @Override public OrganisationStore organisations() { return new Organisations(store(ORGANISATION)); }
  @Override public CampaignStore campaigns() { return new Campaigns(store(CAMPAIGN)); }
  @Override public ProblemStore problems() { return new Problems(store(PROBLEM)); }
  @Override public RectificationStore rectifications() { return stores.rectifications().apply(self()); }
  @Override public SpecialRectificationStore specialRectifications() { return new Specials(store(SPECIAL_RECTIFICATION)); }
  @Override public GuidanceStore guidance() { return stores.guidance().apply(self()); }
  @Override public ActivityStore activities() { return new Activities(store(ACTIVITY)); }
  @Override public LeaderStore leaders() { return new Leaders(store(LEADER)); }
  @Override public LeadershipBodyStore leadershipBodies() { return stores.leadershipBodies().apply(self()); }
  @Override public PlanStore plans() { return new Plans(store(IMPLEMENTATION_PLAN)); }
  @Override public ScheduleStore schedule() { return new Schedule(store(SCHEDULE_ITEM)); }
  @Override public ProblemListStore problemLists() { return new ProblemLists(store(PROBLEM_LIST)); }
}
