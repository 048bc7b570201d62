package io.github.chuxin.persistence;

import io.github.chuxin.id.Identifier;

/**
 * A skeleton {@link Storage} 存儲骨架 (存储骨架) whose store getters come from one generic factory:
 * an adapter implements {@link #store(AggregateType)} once, for every kind, and the getters of the
 * kinds whose stores add nothing to {@link AggregateStore} are derived here from the
 * {@link AggregateType} descriptors. The adapter still implements the three stores with methods of
 * their own ({@link #rectifications()}, {@link #guidance()}, {@link #leadershipBodies()}), the
 * capabilities, units of work and scopes.
 *
 * <p>An adapter whose store of some kind does more than its generic one (the JDBC adapter keeps
 * the organisation tree's paths, for example) overrides that getter.
 */
public abstract class AbstractStorage implements Storage {

  /** Creates the skeleton. */
  protected AbstractStorage() {}

  /**
   * Returns this storage's generic store of a kind, seen through this storage's unit of work and
   * scope. Called by every derived getter, so it should be cheap.
   *
   * @param type the kind's descriptor, not null
   * @param <I> the id type
   * @param <T> the aggregate type
   * @return the store
   */
  protected abstract <I extends Identifier, T> AggregateStore<I, T> store(AggregateType<I, T> type);

  @Override
  public OrganisationStore organisations() {
    return new TypedStores.Organisations(store(AggregateType.ORGANISATION));
  }

  @Override
  public CampaignStore campaigns() {
    return new TypedStores.Campaigns(store(AggregateType.CAMPAIGN));
  }

  @Override
  public ProblemStore problems() {
    return new TypedStores.Problems(store(AggregateType.PROBLEM));
  }

  @Override
  public SpecialRectificationStore specialRectifications() {
    return new TypedStores.Specials(store(AggregateType.SPECIAL_RECTIFICATION));
  }

  @Override
  public ActivityStore activities() {
    return new TypedStores.Activities(store(AggregateType.ACTIVITY));
  }

  @Override
  public LeaderStore leaders() {
    return new TypedStores.Leaders(store(AggregateType.LEADER));
  }

  @Override
  public PlanStore plans() {
    return new TypedStores.Plans(store(AggregateType.IMPLEMENTATION_PLAN));
  }

  @Override
  public ScheduleStore schedule() {
    return new TypedStores.Schedule(store(AggregateType.SCHEDULE_ITEM));
  }

  @Override
  public ProblemListStore problemLists() {
    return new TypedStores.ProblemLists(store(AggregateType.PROBLEM_LIST));
  }
}
