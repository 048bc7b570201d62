package io.github.chuxin.persistence;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link Storage} that hands every call to another: the base of an adapter whose public class
 * only wraps its unscoped view, and of decorators (logging, metrics, fault injection in tests).
 *
 * <p>Subclasses supply {@link #delegate()} and override what they change; a store added to the
 * SPI is forwarded here once instead of in every adapter. A subclass that overrides a store getter
 * overrides {@link #store(AggregateType)} too (answering {@code type.namedStoreIn(this)}), since
 * {@link Storage#store} must answer the named getter's store and this class forwards it to the
 * delegate's.
 */
public abstract class ForwardingStorage implements Storage {

  /** Creates the forwarder. */
  protected ForwardingStorage() {}

  /**
   * Returns the storage every call goes to.
   *
   * @return the delegate, not null
   */
  protected abstract Storage delegate();

  @Override
  public Set<Capability> capabilities() {
    return delegate().capabilities();
  }

  @Override
  public OrganisationStore organisations() {
    return delegate().organisations();
  }

  @Override
  public CampaignStore campaigns() {
    return delegate().campaigns();
  }

  @Override
  public ProblemStore problems() {
    return delegate().problems();
  }

  @Override
  public RectificationStore rectifications() {
    return delegate().rectifications();
  }

  @Override
  public SpecialRectificationStore specialRectifications() {
    return delegate().specialRectifications();
  }

  @Override
  public GuidanceStore guidance() {
    return delegate().guidance();
  }

  @Override
  public ActivityStore activities() {
    return delegate().activities();
  }

  @Override
  public LeaderStore leaders() {
    return delegate().leaders();
  }

  @Override
  public LeadershipBodyStore leadershipBodies() {
    return delegate().leadershipBodies();
  }

  @Override
  public PlanStore plans() {
    return delegate().plans();
  }

  @Override
  public ScheduleStore schedule() {
    return delegate().schedule();
  }

  @Override
  public ProblemListStore problemLists() {
    return delegate().problemLists();
  }

  @Override
  public <I extends Identifier, T> AggregateStore<I, T> store(AggregateType<I, T> type) {
    return delegate().store(type);
  }

  @Override
  public <R> R inTransaction(Function<? super Storage, ? extends R> work) {
    return delegate().inTransaction(work);
  }

  @Override
  public Storage scopedTo(OrgId root) {
    return delegate().scopedTo(root);
  }

  @Override
  public Optional<OrgId> scope() {
    return delegate().scope();
  }
}
