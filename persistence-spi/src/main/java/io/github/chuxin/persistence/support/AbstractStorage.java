package io.github.chuxin.persistence.support;

import static io.github.chuxin.persistence.AggregateType.ACTIVITY;
import static io.github.chuxin.persistence.AggregateType.CAMPAIGN;
import static io.github.chuxin.persistence.AggregateType.IMPLEMENTATION_PLAN;
import static io.github.chuxin.persistence.AggregateType.LEADER;
import static io.github.chuxin.persistence.AggregateType.ORGANISATION;
import static io.github.chuxin.persistence.AggregateType.PROBLEM;
import static io.github.chuxin.persistence.AggregateType.PROBLEM_LIST;
import static io.github.chuxin.persistence.AggregateType.SCHEDULE_ITEM;
import static io.github.chuxin.persistence.AggregateType.SPECIAL_RECTIFICATION;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ActivityStore;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.LeaderStore;
import io.github.chuxin.persistence.LeadershipBodyStore;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.PlanStore;
import io.github.chuxin.persistence.ProblemListStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.ScheduleStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.UnsupportedCapabilityException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A skeleton {@link Storage} 存儲骨架 (存储骨架) of one view of an adapter's data: the adapter's
 * unit of work the view reads and writes through (or its handle on the committed data) and a
 * scope. Derived here once: the capabilities, the scope and {@link #scopedTo}, and the twelve
 * store getters, from the {@link AggregateType} descriptors and the adapter's {@link Stores}: one
 * factory for the generic store of any kind, and one for each store with methods of its own
 * (rectification items with their history, guidance groups with their facts, leadership bodies
 * with their meetings). The adapter implements units of work, the subtree test of its stored
 * tree, and what its stores need of a view.
 *
 * <p>An adapter whose store of some kind does more than its generic one (the JDBC adapter keeps
 * the organisation tree's paths, for example) overrides that getter.
 *
 * @param <V> the adapter's view type, which its stores are made for
 * @param <W> the adapter's type of unit of work (or of handle on the committed data)
 */
public abstract class AbstractStorage<V extends AbstractStorage<V, W>, W> implements Storage {

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
   * How an adapter makes its views and stores; each factory is called on every call of its getter,
   * so it should be cheap (a constructor reference, typically).
   *
   * @param views makes a view of a unit of work and a scope, not null
   * @param generic makes the generic store of any kind, not null
   * @param rectifications makes the store of rectification items, not null
   * @param guidance makes the store of guidance groups, not null
   * @param leadershipBodies makes the store of leadership bodies, not null
   * @param <V> the adapter's view type
   * @param <W> the adapter's type of unit of work
   */
  public record Stores<V, W>(BiFunction<? super W, Optional<OrgId>, ? extends V> views, StoreFactory<V> generic,
      Function<? super V, ? extends RectificationStore> rectifications,
      Function<? super V, ? extends GuidanceStore> guidance,
      Function<? super V, ? extends LeadershipBodyStore> leadershipBodies) {}

  private final Set<Capability> capabilities;
  private final W work;
  private final Optional<OrgId> scope;
  private final Stores<V, W> stores;

  /**
   * Creates the skeleton of a view.
   *
   * @param capabilities what the adapter can do, not null
   * @param work the unit of work the view reads and writes through, or the adapter's handle on the
   *     committed data, not null
   * @param scope the root of the view's scope, or empty if unscoped
   * @param stores how the adapter makes its views and stores, not null
   */
  protected AbstractStorage(Set<Capability> capabilities, W work, Optional<OrgId> scope, Stores<V, W> stores) {
    this.capabilities = Set.copyOf(capabilities);
    this.work = Objects.requireNonNull(work, "work");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.stores = Objects.requireNonNull(stores, "stores");
  }

  /**
   * Returns the unit of work this view reads and writes through (or the handle on the committed
   * data).
   *
   * @return what the view was made with
   */
  protected final W work() {
    return work;
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
    return stores.views().apply(work, Optional.of(unit));
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

  @SuppressWarnings("unchecked")
  private V self() {
    return (V) this;
  }

  /**
   * Returns this storage's generic store of a kind, from the adapter's generic factory.
   *
   * @param type the kind's descriptor, not null
   * @param <I> the id type
   * @param <T> the aggregate type
   * @return the store
   */
  protected final <I extends Identifier, T> AggregateStore<I, T> generic(AggregateType<I, T> type) {
    return stores.generic().make(self(), type);
  }

  /*
   * The store interfaces that add nothing to AggregateStore, each over the adapter's generic store
   * of its kind.
   */

  /** A store that hands every call to a generic one. */
  private interface Forwarding<I extends Identifier, T> extends AggregateStore<I, T> {

    AggregateStore<I, T> delegate();

    @Override
    default AggregateKind kind() {
      return delegate().kind();
    }

    @Override
    default I idOf(T value) {
      return delegate().idOf(value);
    }

    @Override
    default Optional<Versioned<T>> find(I id) {
      return delegate().find(id);
    }

    @Override
    default Versioned<T> save(T value, ExpectedRevision expected) {
      return delegate().save(value, expected);
    }

    @Override
    default List<Versioned<T>> saveAll(List<T> values) {
      return delegate().saveAll(values);
    }

    @Override
    default Page<Versioned<T>> query(Query query) {
      return delegate().query(query);
    }

    @Override
    default long count(Query query) {
      return delegate().count(query);
    }
  }

  private record Organisations(AggregateStore<OrgId, Organisation> delegate)
      implements OrganisationStore, Forwarding<OrgId, Organisation> {}

  private record Campaigns(AggregateStore<CampaignId, Campaign> delegate)
      implements CampaignStore, Forwarding<CampaignId, Campaign> {}

  private record Problems(AggregateStore<ProblemId, Problem> delegate) implements ProblemStore, Forwarding<ProblemId, Problem> {}

  private record Specials(AggregateStore<SpecialRectificationId, SpecialRectification> delegate)
      implements SpecialRectificationStore, Forwarding<SpecialRectificationId, SpecialRectification> {}

  private record Activities(AggregateStore<ActivityId, Activity> delegate) implements ActivityStore,
      Forwarding<ActivityId, Activity> {}

  private record Leaders(AggregateStore<LeaderId, Leader> delegate) implements LeaderStore, Forwarding<LeaderId, Leader> {}

  private record Plans(AggregateStore<PlanId, ImplementationPlan> delegate)
      implements PlanStore, Forwarding<PlanId, ImplementationPlan> {}

  private record Schedule(AggregateStore<ScheduleItemKey, ScheduleItem> delegate)
      implements ScheduleStore, Forwarding<ScheduleItemKey, ScheduleItem> {}

  private record ProblemLists(AggregateStore<ProblemListId, ProblemList> delegate)
      implements ProblemListStore, Forwarding<ProblemListId, ProblemList> {}

  // one getter per kind, one line each: the table of the SPI's stores
  @Override public OrganisationStore organisations() { return new Organisations(generic(ORGANISATION)); }
  @Override public CampaignStore campaigns() { return new Campaigns(generic(CAMPAIGN)); }
  @Override public ProblemStore problems() { return new Problems(generic(PROBLEM)); }
  @Override public RectificationStore rectifications() { return stores.rectifications().apply(self()); }
  @Override public SpecialRectificationStore specialRectifications() { return new Specials(generic(SPECIAL_RECTIFICATION)); }
  @Override public GuidanceStore guidance() { return stores.guidance().apply(self()); }
  @Override public ActivityStore activities() { return new Activities(generic(ACTIVITY)); }
  @Override public LeaderStore leaders() { return new Leaders(generic(LEADER)); }
  @Override public LeadershipBodyStore leadershipBodies() { return stores.leadershipBodies().apply(self()); }
  @Override public PlanStore plans() { return new Plans(generic(IMPLEMENTATION_PLAN)); }
  @Override public ScheduleStore schedule() { return new Schedule(generic(SCHEDULE_ITEM)); }
  @Override public ProblemListStore problemLists() { return new ProblemLists(generic(PROBLEM_LIST)); }
}
