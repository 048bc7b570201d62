package io.github.chuxin.persistence.memory;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ActivityStore;
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
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
}
