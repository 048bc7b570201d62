package io.github.chuxin.persistence.support;

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
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.LeaderStore;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.PlanStore;
import io.github.chuxin.persistence.ProblemListStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.ScheduleStore;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.util.List;
import java.util.Optional;

/**
 * The store interfaces that add nothing to {@link AggregateStore}, each over an adapter's generic
 * store of its kind: what lets {@link AbstractStorage} derive their getters.
 */
final class TypedStores {

  private TypedStores() {
  }

  /** A store that hands every call to a generic one. */
  interface Forwarding<I extends Identifier, T> extends AggregateStore<I, T> {

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

  record Organisations(AggregateStore<OrgId, Organisation> delegate)
      implements OrganisationStore, Forwarding<OrgId, Organisation> {}

  record Campaigns(AggregateStore<CampaignId, Campaign> delegate)
      implements CampaignStore, Forwarding<CampaignId, Campaign> {}

  record Problems(AggregateStore<ProblemId, Problem> delegate) implements ProblemStore, Forwarding<ProblemId, Problem> {}

  record Specials(AggregateStore<SpecialRectificationId, SpecialRectification> delegate)
      implements SpecialRectificationStore, Forwarding<SpecialRectificationId, SpecialRectification> {}

  record Activities(AggregateStore<ActivityId, Activity> delegate) implements ActivityStore,
      Forwarding<ActivityId, Activity> {}

  record Leaders(AggregateStore<LeaderId, Leader> delegate) implements LeaderStore, Forwarding<LeaderId, Leader> {}

  record Plans(AggregateStore<PlanId, ImplementationPlan> delegate)
      implements PlanStore, Forwarding<PlanId, ImplementationPlan> {}

  record Schedule(AggregateStore<ScheduleItemKey, ScheduleItem> delegate)
      implements ScheduleStore, Forwarding<ScheduleItemKey, ScheduleItem> {}

  record ProblemLists(AggregateStore<ProblemListId, ProblemList> delegate)
      implements ProblemListStore, Forwarding<ProblemListId, ProblemList> {}
}
