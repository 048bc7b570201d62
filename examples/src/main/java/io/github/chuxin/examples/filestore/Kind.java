package io.github.chuxin.examples.filestore;

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
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the file store needs to know about one kind of aggregate: its Java type (to read its files
 * back), its key (the id's value; the file name is made from it) and the fields that queries and
 * scopes read. {@link AggregateKind} says which criterion reads which field; this table says how.
 *
 * @param kind the kind, also the name of its folder
 * @param type the aggregate's class
 * @param key the id's value of an aggregate
 * @param shared whether it is shared reference data (readable through any scope, writable through none)
 * @param unit the unit SUBTREE, BATCH and scopes look at
 * @param status the status STATUS and OVERDUE look at
 * @param deadline the date DEADLINE_RANGE and OVERDUE look at
 * @param leader the leader LEAD_LEADER looks at
 * @param <T> the aggregate type
 */
record Kind<T>(AggregateKind kind, Class<T> type, Function<T, String> key, boolean shared,
    Function<T, Optional<OrgId>> unit, Function<T, Optional<RectificationStatus>> status,
    Function<T, Optional<LocalDate>> deadline, Function<T, Optional<LeaderId>> leader) {

  private static <T> Kind<T> plain(AggregateKind kind, Class<T> type, Function<T, String> key,
      Function<T, Optional<OrgId>> unit) {
    return new Kind<>(kind, type, key, false, unit, v -> Optional.empty(), v -> Optional.empty(),
        v -> Optional.empty());
  }

  static final Kind<Organisation> ORGANISATIONS = plain(AggregateKind.ORGANISATION, Organisation.class,
      o -> o.id().value(), o -> Optional.of(o.id()));

  static final Kind<Campaign> CAMPAIGNS = new Kind<>(AggregateKind.CAMPAIGN, Campaign.class, c -> c.id().value(),
      true, c -> Optional.empty(), c -> Optional.empty(), c -> Optional.empty(), c -> Optional.empty());

  static final Kind<Problem> PROBLEMS = new Kind<>(AggregateKind.PROBLEM, Problem.class, p -> p.id().value(),
      false, p -> Optional.of(p.owner().unit()), p -> Optional.empty(), p -> Optional.empty(),
      p -> p.owner().leader());

  static final Kind<RectificationItem> RECTIFICATIONS = new Kind<>(AggregateKind.RECTIFICATION_ITEM,
      RectificationItem.class, r -> r.id().value(), false, r -> Optional.of(r.responsibleUnit()),
      r -> Optional.of(r.status()), RectificationItem::effectiveDeadline, RectificationItem::leadLeader);

  static final Kind<SpecialRectification> SPECIALS = new Kind<>(AggregateKind.SPECIAL_RECTIFICATION,
      SpecialRectification.class, s -> s.id().value(), false, SpecialRectification::leadUnit,
      s -> Optional.empty(), SpecialRectification::deadline, SpecialRectification::leadLeader);

  static final Kind<GuidanceGroup> GUIDANCE_GROUPS = new Kind<>(AggregateKind.GUIDANCE_GROUP, GuidanceGroup.class,
      g -> g.id().value(), true, g -> Optional.empty(), g -> Optional.empty(), g -> Optional.empty(),
      g -> Optional.empty());

  static final Kind<Activity> ACTIVITIES = new Kind<>(AggregateKind.ACTIVITY, Activity.class, a -> a.id().value(),
      false, a -> Optional.of(a.unit()), a -> Optional.empty(), a -> Optional.of(a.date()), Activity::leader);

  static final Kind<Leader> LEADERS = plain(AggregateKind.LEADER, Leader.class, l -> l.id().value(),
      l -> Optional.of(l.unit()));

  static final Kind<LeadershipBody> BODIES = plain(AggregateKind.LEADERSHIP_BODY, LeadershipBody.class,
      b -> b.id().value(), b -> Optional.of(b.unit()));

  static final Kind<ImplementationPlan> PLANS = new Kind<>(AggregateKind.IMPLEMENTATION_PLAN,
      ImplementationPlan.class, p -> p.id().value(), false, p -> Optional.of(p.unit()), p -> Optional.empty(),
      p -> Optional.of(p.submittedOn()), p -> Optional.empty());

  static final Kind<ScheduleItem> SCHEDULE = new Kind<>(AggregateKind.SCHEDULE_ITEM, ScheduleItem.class,
      i -> ScheduleItemKey.of(i).value(), false, i -> Optional.of(i.unit()), i -> Optional.empty(),
      i -> Optional.of(i.window().start()), i -> Optional.empty());

  static final Kind<ProblemList> PROBLEM_LISTS = new Kind<>(AggregateKind.PROBLEM_LIST, ProblemList.class,
      l -> l.id().value(), false, l -> Optional.of(l.owner().unit()), l -> Optional.empty(),
      l -> Optional.empty(), l -> l.owner().leader());

  /** Every kind, in the order their folders are read on open. */
  static final List<Kind<?>> ALL = List.of(ORGANISATIONS, CAMPAIGNS, PROBLEMS, RECTIFICATIONS, SPECIALS,
      GUIDANCE_GROUPS, ACTIVITIES, LEADERS, BODIES, PLANS, SCHEDULE, PROBLEM_LISTS);

  /** The folder of this kind's files, e.g. {@code rectification_item}. */
  String folder() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
