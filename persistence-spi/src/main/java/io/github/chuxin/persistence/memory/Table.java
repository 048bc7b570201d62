package io.github.chuxin.persistence.memory;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.special.SpecialRectification;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the in-memory store reads the fields queries and scopes need from one kind of aggregate.
 *
 * @param <T> the aggregate type
 */
record Table<T>(AggregateKind kind, Class<T> type, Function<T, String> key, boolean shared,
    Function<T, Optional<OrgId>> unit, Function<T, Optional<RectificationStatus>> status,
    Function<T, Optional<LocalDate>> deadline, Function<T, Optional<LeaderId>> leader) {

  static final Table<Organisation> ORGANISATIONS = new Table<>(AggregateKind.ORGANISATION, Organisation.class,
      o -> o.id().value(), false, o -> Optional.of(o.id()), o -> Optional.empty(), o -> Optional.empty(),
      o -> Optional.empty());

  static final Table<Campaign> CAMPAIGNS = new Table<>(AggregateKind.CAMPAIGN, Campaign.class,
      c -> c.id().value(), true, c -> Optional.empty(), c -> Optional.empty(), c -> Optional.empty(),
      c -> Optional.empty());

  static final Table<Problem> PROBLEMS = new Table<>(AggregateKind.PROBLEM, Problem.class,
      p -> p.id().value(), false, p -> Optional.of(p.owner().unit()), p -> Optional.empty(),
      p -> Optional.empty(), p -> p.owner().leader());

  static final Table<RectificationItem> RECTIFICATIONS = new Table<>(AggregateKind.RECTIFICATION_ITEM,
      RectificationItem.class, r -> r.id().value(), false, r -> Optional.of(r.responsibleUnit()),
      r -> Optional.of(r.status()), RectificationItem::effectiveDeadline, RectificationItem::leadLeader);

  static final Table<SpecialRectification> SPECIALS = new Table<>(AggregateKind.SPECIAL_RECTIFICATION,
      SpecialRectification.class, s -> s.id().value(), false, SpecialRectification::leadUnit,
      s -> Optional.empty(), SpecialRectification::deadline, SpecialRectification::leadLeader);

  static final Table<GuidanceGroup> GUIDANCE_GROUPS = new Table<>(AggregateKind.GUIDANCE_GROUP,
      GuidanceGroup.class, g -> g.id().value(), true, g -> Optional.empty(), g -> Optional.empty(),
      g -> Optional.empty(), g -> Optional.empty());

  static final Table<Activity> ACTIVITIES = new Table<>(AggregateKind.ACTIVITY, Activity.class,
      a -> a.id().value(), false, a -> Optional.of(a.unit()), a -> Optional.empty(),
      a -> Optional.of(a.date()), Activity::leader);

  static final Table<Leader> LEADERS = new Table<>(AggregateKind.LEADER, Leader.class,
      l -> l.id().value(), false, l -> Optional.of(l.unit()), l -> Optional.empty(),
      l -> Optional.empty(), l -> Optional.empty());

  static final Table<LeadershipBody> BODIES = new Table<>(AggregateKind.LEADERSHIP_BODY, LeadershipBody.class,
      b -> b.id().value(), false, b -> Optional.of(b.unit()), b -> Optional.empty(),
      b -> Optional.empty(), b -> Optional.empty());

  static final Table<ImplementationPlan> PLANS = new Table<>(AggregateKind.IMPLEMENTATION_PLAN,
      ImplementationPlan.class, p -> p.id().value(), false, p -> Optional.of(p.unit()), p -> Optional.empty(),
      p -> Optional.of(p.submittedOn()), p -> Optional.empty());

  static final Table<ScheduleItem> SCHEDULE = new Table<>(AggregateKind.SCHEDULE_ITEM, ScheduleItem.class,
      i -> ScheduleItemKey.of(i).value(), false, i -> Optional.of(i.unit()), i -> Optional.empty(),
      i -> Optional.of(i.window().start()), i -> Optional.empty());

  static final Table<ProblemList> PROBLEM_LISTS = new Table<>(AggregateKind.PROBLEM_LIST, ProblemList.class,
      l -> l.id().value(), false, l -> Optional.of(l.owner().unit()), l -> Optional.empty(),
      l -> Optional.empty(), l -> l.owner().leader());
}
