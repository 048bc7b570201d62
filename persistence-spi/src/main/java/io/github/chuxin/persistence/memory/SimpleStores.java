package io.github.chuxin.persistence.memory;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ActivityStore;
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.LeaderStore;
import io.github.chuxin.persistence.PlanStore;
import io.github.chuxin.persistence.ProblemListStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.ScheduleStore;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;

/** The in-memory stores that add nothing to the generic shape. */
final class SimpleStores {

  private SimpleStores() {
  }

  static final class Organisations extends MemoryStore<OrgId, Organisation> implements OrganisationStore {
    Organisations(InMemoryStorage.View view) {
      super(view, Table.ORGANISATIONS, Organisation::id);
    }

    /**
     * Refuses a parent that lies in the unit's own subtree. Writes are serialised (one lock, or the
     * unit of work's private state), so two racing moves are checked one after the other and the
     * second sees the first. A parent not stored ends the walk: a missing parent is not a cycle.
     */
    @Override
    void refuseInvalid(State state, Organisation value) {
      if (value.parentId().isPresent() && state.isInSubtree(value.id(), value.parentId().get())) {
        throw new TreeCycleException(value.id(), value.parentId().get());
      }
    }
  }

  static final class Campaigns extends MemoryStore<CampaignId, Campaign> implements CampaignStore {
    Campaigns(InMemoryStorage.View view) {
      super(view, Table.CAMPAIGNS, Campaign::id);
    }
  }

  static final class Problems extends MemoryStore<ProblemId, Problem> implements ProblemStore {
    Problems(InMemoryStorage.View view) {
      super(view, Table.PROBLEMS, Problem::id);
    }
  }

  static final class Specials extends MemoryStore<SpecialRectificationId, SpecialRectification>
      implements SpecialRectificationStore {
    Specials(InMemoryStorage.View view) {
      super(view, Table.SPECIALS, SpecialRectification::id);
    }
  }

  static final class Activities extends MemoryStore<ActivityId, Activity> implements ActivityStore {
    Activities(InMemoryStorage.View view) {
      super(view, Table.ACTIVITIES, Activity::id);
    }
  }

  static final class Leaders extends MemoryStore<LeaderId, Leader> implements LeaderStore {
    Leaders(InMemoryStorage.View view) {
      super(view, Table.LEADERS, Leader::id);
    }
  }

  static final class Plans extends MemoryStore<PlanId, ImplementationPlan> implements PlanStore {
    Plans(InMemoryStorage.View view) {
      super(view, Table.PLANS, ImplementationPlan::id);
    }
  }

  static final class Schedule extends MemoryStore<ScheduleItemKey, ScheduleItem> implements ScheduleStore {
    Schedule(InMemoryStorage.View view) {
      super(view, Table.SCHEDULE, ScheduleItemKey::of);
    }
  }

  static final class ProblemLists extends MemoryStore<ProblemListId, ProblemList> implements ProblemListStore {
    ProblemLists(InMemoryStorage.View view) {
      super(view, Table.PROBLEM_LISTS, ProblemList::id);
    }
  }
}
