package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.persistence.ActivityStore;
import io.github.chuxin.persistence.LeaderStore;
import io.github.chuxin.persistence.PlanStore;
import io.github.chuxin.persistence.ProblemListStore;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.ScheduleStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;

/** The stores whose aggregates are one row each, with nothing else to write. */
final class SimpleStores {

  private SimpleStores() {
  }

  static final class Problems extends JdbcStore<ProblemId, Problem> implements ProblemStore {
    Problems(JdbcStorage.View view) {
      super(view, Mapping.PROBLEMS, Problem::id);
    }
  }

  static final class Specials extends JdbcStore<SpecialRectificationId, SpecialRectification>
      implements SpecialRectificationStore {
    Specials(JdbcStorage.View view) {
      super(view, Mapping.SPECIALS, SpecialRectification::id);
    }
  }

  static final class Activities extends JdbcStore<ActivityId, Activity> implements ActivityStore {
    Activities(JdbcStorage.View view) {
      super(view, Mapping.ACTIVITIES, Activity::id);
    }
  }

  static final class Leaders extends JdbcStore<LeaderId, Leader> implements LeaderStore {
    Leaders(JdbcStorage.View view) {
      super(view, Mapping.LEADERS, Leader::id);
    }
  }

  static final class Plans extends JdbcStore<PlanId, ImplementationPlan> implements PlanStore {
    Plans(JdbcStorage.View view) {
      super(view, Mapping.PLANS, ImplementationPlan::id);
    }
  }

  static final class Schedule extends JdbcStore<ScheduleItemKey, ScheduleItem> implements ScheduleStore {
    Schedule(JdbcStorage.View view) {
      super(view, Mapping.SCHEDULE, ScheduleItemKey::of);
    }
  }

  static final class ProblemLists extends JdbcStore<ProblemListId, ProblemList> implements ProblemListStore {
    ProblemLists(JdbcStorage.View view) {
      super(view, Mapping.PROBLEM_LISTS, ProblemList::id);
    }
  }
}
