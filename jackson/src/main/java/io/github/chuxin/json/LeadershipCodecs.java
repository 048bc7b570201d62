package io.github.chuxin.json;

import static io.github.chuxin.json.CampaignCodecs.DATE_WINDOW;
import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.Out.code;
import static io.github.chuxin.json.Out.date;
import static io.github.chuxin.json.Out.id;
import static io.github.chuxin.json.Out.ids;
import static io.github.chuxin.json.Out.list;
import static io.github.chuxin.json.Out.object;
import static io.github.chuxin.json.Out.optString;

import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import io.github.chuxin.leadership.Cadence;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.PlanReview;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.util.List;

/**
 * The codecs of package {@code io.github.chuxin.leadership}: leadership bodies, meetings, implementation plans
 * with their reviews, and the schedule.
 */
final class LeadershipCodecs {

  private LeadershipCodecs() {}

  private static final In.Fields LEADERSHIP_BODY_FIELDS = new In.Fields("a leadership body", "id!", "kind!", "unit!", "members");

  static final Codec<LeadershipBody> LEADERSHIP_BODY = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    code(g, "kind", v.kind());
    id(g, "unit", v.unit());
    ids(g, "members", v.members());
    g.writeEndObject();
  }, in -> {
    in.enter(LEADERSHIP_BODY_FIELDS);
    var b = LeadershipBody.builder();
    for (String f; (f = in.next(LEADERSHIP_BODY_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(LeadershipBodyId::of));
        case "kind" -> b.kind(in.code(LeadershipBodyKind.class));
        case "unit" -> b.unit(in.id(OrgId::of));
        case "members" -> in.ids(LeaderId::of, b::addMembers);
        default -> { }
      }
    }
    return in.build("leadership body", b::build);
  });

  private static final In.Fields MEETING_FIELDS = new In.Fields("a meeting", "body!", "kind!", "date!", "topic");

  static final Codec<Meeting> MEETING = codec((g, v) -> {
    g.writeStartObject();
    id(g, "body", v.body());
    code(g, "kind", v.kind());
    date(g, "date", v.date());
    optString(g, "topic", v.topic());
    g.writeEndObject();
  }, in -> {
    in.enter(MEETING_FIELDS);
    var b = Meeting.builder();
    for (String f; (f = in.next(MEETING_FIELDS)) != null; ) {
      switch (f) {
        case "body" -> b.body(in.id(LeadershipBodyId::of));
        case "kind" -> b.kind(in.code(MeetingKind.class));
        case "date" -> b.date(in.date());
        case "topic" -> b.topic(in.string());
        default -> { }
      }
    }
    return in.build("meeting", b::build);
  });

  private static final In.Fields PLAN_REVIEW_FIELDS = new In.Fields("a plan review", "group!", "reviewedOn!", "outcome!", "comments");

  static final Codec<PlanReview> PLAN_REVIEW = codec((g, v) -> {
    g.writeStartObject();
    id(g, "group", v.group());
    date(g, "reviewedOn", v.reviewedOn());
    code(g, "outcome", v.outcome());
    optString(g, "comments", v.comments());
    g.writeEndObject();
  }, in -> {
    in.enter(PLAN_REVIEW_FIELDS);
    var b = PlanReview.builder();
    for (String f; (f = in.next(PLAN_REVIEW_FIELDS)) != null; ) {
      switch (f) {
        case "group" -> b.group(in.id(GuidanceGroupId::of));
        case "reviewedOn" -> b.reviewedOn(in.date());
        case "outcome" -> b.outcome(in.code(PlanReview.Outcome.class));
        case "comments" -> b.comments(in.string());
        default -> { }
      }
    }
    return in.build("plan review", b::build);
  });

  private static final In.Fields PLAN_FIELDS = new In.Fields("an implementation plan", "id!", "unit!", "title!", "submittedOn!", "reviews");

  static final Codec<ImplementationPlan> PLAN = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    id(g, "unit", v.unit());
    g.writeStringField("title", v.title());
    date(g, "submittedOn", v.submittedOn());
    list(g, "reviews", PLAN_REVIEW, v.reviews());
    g.writeEndObject();
  }, in -> {
    in.enter(PLAN_FIELDS);
    var b = ImplementationPlan.builder();
    for (String f; (f = in.next(PLAN_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(PlanId::of));
        case "unit" -> b.unit(in.id(OrgId::of));
        case "title" -> b.title(in.string());
        case "submittedOn" -> b.submittedOn(in.date());
        case "reviews" -> in.list(PLAN_REVIEW, b::addReviews);
        default -> { }
      }
    }
    return in.build("implementation plan", b::build);
  });

  private static final In.Fields SCHEDULE_ITEM_FIELDS = new In.Fields("a schedule item", "unit!", "kind!", "window!", "title!", "measure");

  static final Codec<ScheduleItem> SCHEDULE_ITEM = codec((g, v) -> {
    g.writeStartObject();
    id(g, "unit", v.unit());
    code(g, "kind", v.kind());
    object(g, "window", DATE_WINDOW, v.window());
    g.writeStringField("title", v.title());
    if (v.measure().isPresent()) {
      code(g, "measure", v.measure().get());
    }
    g.writeEndObject();
  }, in -> {
    in.enter(SCHEDULE_ITEM_FIELDS);
    var b = ScheduleItem.builder();
    for (String f; (f = in.next(SCHEDULE_ITEM_FIELDS)) != null; ) {
      switch (f) {
        case "unit" -> b.unit(in.id(OrgId::of));
        case "kind" -> b.kind(in.code(ScheduleItem.Kind.class));
        case "window" -> b.window(DATE_WINDOW.read(in));
        case "title" -> b.title(in.string());
        case "measure" -> b.measure(in.code(KeyMeasure.class));
        default -> { }
      }
    }
    return in.build("schedule item", b::build);
  });

  /** What package {@code leadership} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(
          new IdType<>(LeadershipBodyId.class, LeadershipBodyId::of),
          new IdType<>(PlanId.class, PlanId::of)),
      List.of(Cadence.class, LeadershipBodyKind.class, MeetingKind.class, PlanReview.Outcome.class,
          ScheduleItem.Kind.class),
      List.of(
          new Value<>(LeadershipBody.class, LEADERSHIP_BODY),
          new Value<>(Meeting.class, MEETING),
          new Value<>(PlanReview.class, PLAN_REVIEW),
          new Value<>(ImplementationPlan.class, PLAN),
          new Value<>(ScheduleItem.class, SCHEDULE_ITEM)));
}
