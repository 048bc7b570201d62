package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.special.SpecialRectification;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one kind of aggregate lies in its table: the id, the JSON payload of the whole value, and
 * the real columns the queries filter on (every one indexed). The column names are fixed here,
 * in the code: they are the allow-list of what a query may filter or sort on.
 */
record Mapping<T>(AggregateKind kind, String table, Class<T> type, Function<T, String> key, boolean shared,
    Function<T, Optional<OrgId>> unit, List<Column<T>> columns) {

  /** A real column: its name, its JDBC type, how to read it from the aggregate. */
  record Column<T>(String name, int sqlType, Function<T, Object> value) {
  }

  static final Mapping<Organisation> ORGANISATIONS = new Mapping<>(AggregateKind.ORGANISATION, "chuxin_organisation",
      Organisation.class, o -> o.id().value(), false, o -> Optional.of(o.id()),
      List.of(new Column<>("parent_id", Types.VARCHAR, o -> o.parentId().map(OrgId::value).orElse(null)),
          // computed by the store from the stored tree: see Organisations
          new Column<>("path", Types.VARCHAR, o -> null)));

  static final Mapping<Campaign> CAMPAIGNS = new Mapping<>(AggregateKind.CAMPAIGN, "chuxin_campaign",
      Campaign.class, c -> c.id().value(), true, c -> Optional.empty(), List.of());

  static final Mapping<Problem> PROBLEMS = new Mapping<>(AggregateKind.PROBLEM, "chuxin_problem", Problem.class,
      p -> p.id().value(), false, p -> Optional.of(p.owner().unit()),
      List.of(new Column<>("unit_id", Types.VARCHAR, p -> p.owner().unit().value()),
          new Column<>("lead_leader", Types.VARCHAR, p -> value(p.owner().leader()))));

  static final Mapping<RectificationItem> RECTIFICATIONS = new Mapping<>(AggregateKind.RECTIFICATION_ITEM,
      "chuxin_rectification_item", RectificationItem.class, r -> r.id().value(), false,
      r -> Optional.of(r.responsibleUnit()),
      List.of(new Column<>("unit_id", Types.VARCHAR, r -> r.responsibleUnit().value()),
          new Column<>("lead_leader", Types.VARCHAR, r -> value(r.leadLeader())),
          new Column<>("status", Types.VARCHAR, r -> r.status().name()),
          new Column<>("deadline", Types.DATE, r -> r.effectiveDeadline().orElse(null)),
          new Column<>("done", Types.BOOLEAN, r -> r.status().isDone())));

  static final Mapping<SpecialRectification> SPECIALS = new Mapping<>(AggregateKind.SPECIAL_RECTIFICATION,
      "chuxin_special_rectification", SpecialRectification.class, s -> s.id().value(), false,
      SpecialRectification::leadUnit,
      List.of(new Column<>("unit_id", Types.VARCHAR, s -> value(s.leadUnit())),
          new Column<>("lead_leader", Types.VARCHAR, s -> value(s.leadLeader())),
          new Column<>("deadline", Types.DATE, s -> s.deadline().orElse(null))));

  static final Mapping<GuidanceGroup> GUIDANCE_GROUPS = new Mapping<>(AggregateKind.GUIDANCE_GROUP,
      "chuxin_guidance_group", GuidanceGroup.class, g -> g.id().value(), true, g -> Optional.empty(), List.of());

  static final Mapping<Activity> ACTIVITIES = new Mapping<>(AggregateKind.ACTIVITY, "chuxin_activity",
      Activity.class, a -> a.id().value(), false, a -> Optional.of(a.unit()),
      List.of(new Column<>("unit_id", Types.VARCHAR, a -> a.unit().value()),
          new Column<>("lead_leader", Types.VARCHAR, a -> value(a.leader())),
          new Column<>("deadline", Types.DATE, Activity::date)));

  static final Mapping<Leader> LEADERS = new Mapping<>(AggregateKind.LEADER, "chuxin_leader", Leader.class,
      l -> l.id().value(), false, l -> Optional.of(l.unit()),
      List.of(new Column<>("unit_id", Types.VARCHAR, l -> l.unit().value())));

  static final Mapping<LeadershipBody> BODIES = new Mapping<>(AggregateKind.LEADERSHIP_BODY,
      "chuxin_leadership_body", LeadershipBody.class, b -> b.id().value(), false, b -> Optional.of(b.unit()),
      List.of(new Column<>("unit_id", Types.VARCHAR, b -> b.unit().value())));

  static final Mapping<ImplementationPlan> PLANS = new Mapping<>(AggregateKind.IMPLEMENTATION_PLAN,
      "chuxin_implementation_plan", ImplementationPlan.class, p -> p.id().value(), false,
      p -> Optional.of(p.unit()),
      List.of(new Column<>("unit_id", Types.VARCHAR, p -> p.unit().value()),
          new Column<>("deadline", Types.DATE, ImplementationPlan::submittedOn)));

  static final Mapping<ScheduleItem> SCHEDULE = new Mapping<>(AggregateKind.SCHEDULE_ITEM, "chuxin_schedule_item",
      ScheduleItem.class, i -> ScheduleItemKey.of(i).value(), false, i -> Optional.of(i.unit()),
      List.of(new Column<>("unit_id", Types.VARCHAR, i -> i.unit().value()),
          new Column<>("deadline", Types.DATE, i -> i.window().start())));

  static final Mapping<ProblemList> PROBLEM_LISTS = new Mapping<>(AggregateKind.PROBLEM_LIST, "chuxin_problem_list",
      ProblemList.class, l -> l.id().value(), false, l -> Optional.of(l.owner().unit()),
      List.of(new Column<>("unit_id", Types.VARCHAR, l -> l.owner().unit().value()),
          new Column<>("lead_leader", Types.VARCHAR, l -> value(l.owner().leader()))));

  private static Object value(Optional<? extends Identifier> id) {
    return id.map(Identifier::value).orElse(null);
  }
}
