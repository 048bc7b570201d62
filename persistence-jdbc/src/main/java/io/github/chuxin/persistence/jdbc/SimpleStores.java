package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.persistence.ActivityStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
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
}
