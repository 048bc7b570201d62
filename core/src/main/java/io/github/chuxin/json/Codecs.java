package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.GeneralRequirement;
import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.campaign.Objective;
import io.github.chuxin.catalogue.Catalogue;
import io.github.chuxin.catalogue.CatalogueEntry;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.guidance.GuidanceRole;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.i18n.Term;
import io.github.chuxin.id.Identifier;
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
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.OwnerAspect;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSeverity;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.Milestone;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.SignOff;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.special.DrivingMechanism;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The codec of every model type: one place that fixes the JSON shape for the module and the snapshot. */
final class Codecs {

  private Codecs() {}

  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator out, T value) throws IOException;
  }

  static <T> Codec<T> codec(Writer<T> writer, Function<In, T> reader) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, T value) throws IOException {
        writer.write(out, value);
      }

      @Override
      public T read(In in) {
        return reader.apply(in);
      }
    };
  }

  // ---- writing helpers ----

  static void id(JsonGenerator g, String name, Identifier id) throws IOException {
    g.writeStringField(name, id.value());
  }

  static void optId(JsonGenerator g, String name, Optional<? extends Identifier> id) throws IOException {
    if (id.isPresent()) {
      id(g, name, id.get());
    }
  }

  static void ids(JsonGenerator g, String name, Collection<? extends Identifier> ids) throws IOException {
    g.writeArrayFieldStart(name);
    for (Identifier id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  static void optString(JsonGenerator g, String name, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      g.writeStringField(name, text.get());
    }
  }

  static void strings(JsonGenerator g, String name, Collection<String> texts) throws IOException {
    g.writeArrayFieldStart(name);
    for (String text : texts) {
      g.writeString(text);
    }
    g.writeEndArray();
  }

  static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
    g.writeStringField(name, date.toString());
  }

  static void optDate(JsonGenerator g, String name, Optional<LocalDate> date) throws IOException {
    if (date.isPresent()) {
      date(g, name, date.get());
    }
  }

  static void code(JsonGenerator g, String name, Enum<?> constant) throws IOException {
    g.writeStringField(name, Codes.code(constant));
  }

  static void codes(JsonGenerator g, String name, Collection<? extends Enum<?>> constants) throws IOException {
    g.writeArrayFieldStart(name);
    for (Enum<?> constant : constants) {
      g.writeString(Codes.code(constant));
    }
    g.writeEndArray();
  }

  static <T> void object(JsonGenerator g, String name, Codec<T> codec, T value) throws IOException {
    g.writeFieldName(name);
    codec.write(g, value);
  }

  static <T> void optObject(JsonGenerator g, String name, Codec<T> codec, Optional<T> value) throws IOException {
    if (value.isPresent()) {
      object(g, name, codec, value.get());
    }
  }

  static <T> void list(JsonGenerator g, String name, Codec<T> codec, Collection<T> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (T value : values) {
      codec.write(g, value);
    }
    g.writeEndArray();
  }

  // ---- scalars ----

  static final Codec<LocalDate> LOCAL_DATE = codec((g, v) -> g.writeString(v.toString()), In::date);
  static final Codec<Instant> INSTANT = codec((g, v) -> g.writeString(v.toString()), In::instant);
  static final Codec<ZoneId> ZONE_ID = codec((g, v) -> g.writeString(v.getId()), In::zone);

  static <I extends Identifier> Codec<I> identifier(Function<String, I> of) {
    return codec((g, v) -> g.writeString(v.value()), in -> in.id(of));
  }

  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return codec((g, v) -> g.writeString(Codes.code(v)), in -> in.code(type));
  }

  /** Every identifier type of the model with its factory. */
  static final List<IdType<?>> ID_TYPES = List.of(
      new IdType<>(ActivityId.class, ActivityId::of), new IdType<>(BatchId.class, BatchId::of),
      new IdType<>(CampaignId.class, CampaignId::of), new IdType<>(GuidanceGroupId.class, GuidanceGroupId::of),
      new IdType<>(LeadershipBodyId.class, LeadershipBodyId::of), new IdType<>(PlanId.class, PlanId::of),
      new IdType<>(LeaderId.class, LeaderId::of), new IdType<>(OrgId.class, OrgId::of),
      new IdType<>(ProblemId.class, ProblemId::of), new IdType<>(ProblemListId.class, ProblemListId::of),
      new IdType<>(RectificationId.class, RectificationId::of),
      new IdType<>(SpecialRectificationId.class, SpecialRectificationId::of));

  /** Every enum type of the model; each is written as its lower-case code. */
  static final List<Class<? extends Enum<?>>> ENUM_TYPES = List.of(
      ActivityKind.class, InPlaceDimension.class, KeyMeasure.class, Objective.class, FiveMust.class,
      GuidanceLevel.class, GuidanceRole.class, Language.class, Term.class, Cadence.class,
      LeadershipBodyKind.class, MeetingKind.class, PlanReview.Outcome.class, ScheduleItem.Kind.class,
      OrgKind.class, OwnerAspect.class, ProblemSeverity.class, ProblemSource.class, ActorRole.class,
      RectificationKind.class, RectificationStatus.class, DrivingMechanism.class);

  /** An identifier type and its factory. */
  record IdType<I extends Identifier>(Class<I> type, Function<String, I> of) {
    Codec<I> codec() {
      return identifier(of);
    }
  }

  // ---- small values ----

  static final Codec<Label> LABEL = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("en", v.english());
    g.writeStringField("zh-Hans", v.simplified());
    g.writeStringField("zh-Hant", v.traditional());
    g.writeEndObject();
  }, in -> {
    in.object("a label", "en", "zh-Hans", "zh-Hant");
    String en = in.string("en");
    String hans = in.string("zh-Hans");
    String hant = in.string("zh-Hant");
    return in.build("label", () -> Label.of(en, hans, hant));
  });

  static final Codec<DateWindow> DATE_WINDOW = codec((g, v) -> {
    g.writeStartObject();
    date(g, "start", v.start());
    date(g, "end", v.end());
    g.writeEndObject();
  }, in -> {
    in.object("a date window", "start", "end");
    LocalDate start = in.date("start");
    LocalDate end = in.date("end");
    return in.build("date window", () -> DateWindow.ofClosed(start, end));
  });

  static final Codec<MemberCount> MEMBER_COUNT = codec((g, v) -> {
    g.writeStartObject();
    g.writeNumberField("full", v.full());
    g.writeNumberField("probationary", v.probationary());
    g.writeEndObject();
  }, in -> {
    in.object("a member count", "full", "probationary");
    int full = in.integer("full");
    int probationary = in.integer("probationary");
    return in.build("member count", () -> MemberCount.of(full, probationary));
  });

  static final Codec<BatchAssignment> BATCH_ASSIGNMENT = codec((g, v) -> {
    g.writeStartObject();
    id(g, "unit", v.unit());
    id(g, "batch", v.batch());
    g.writeEndObject();
  }, in -> {
    in.object("a batch assignment", "unit", "batch");
    return BatchAssignment.of(in.id("unit", OrgId::of), in.id("batch", BatchId::of));
  });

  static final Codec<GuidanceAssignment> GUIDANCE_ASSIGNMENT = codec((g, v) -> {
    g.writeStartObject();
    id(g, "group", v.group());
    id(g, "unit", v.unit());
    g.writeEndObject();
  }, in -> {
    in.object("a guidance assignment", "group", "unit");
    return GuidanceAssignment.of(in.id("group", GuidanceGroupId::of), in.id("unit", OrgId::of));
  });

  static final Codec<ProblemOwner> PROBLEM_OWNER = codec((g, v) -> {
    g.writeStartObject();
    id(g, "unit", v.unit());
    optId(g, "leader", v.leader());
    g.writeEndObject();
  }, in -> {
    in.object("a problem owner", "unit", "leader");
    return new ProblemOwner(in.id("unit", OrgId::of), in.optId("leader", LeaderId::of));
  });

  static final Codec<ProblemClosure> PROBLEM_CLOSURE = codec((g, v) -> {
    g.writeStartObject();
    date(g, "date", v.date());
    g.writeStringField("reason", v.reason());
    g.writeEndObject();
  }, in -> {
    in.object("a problem closure", "date", "reason");
    return new ProblemClosure(in.date("date"), in.string("reason"));
  });

  static final Codec<CatalogueEntry> CATALOGUE_ENTRY = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("code", v.code());
    object(g, "label", LABEL, v.label());
    g.writeEndObject();
  }, in -> {
    in.object("a catalogue entry", "code", "label");
    String code = in.string("code");
    Label label = in.object("label", LABEL);
    return in.build("catalogue entry", () -> CatalogueEntry.of(code, label));
  });

  static final Codec<Catalogue> CATALOGUE = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("name", v.name());
    list(g, "entries", CATALOGUE_ENTRY, v.entries());
    g.writeEndObject();
  }, in -> {
    in.object("a catalogue", "name", "entries");
    String name = in.string("name");
    List<CatalogueEntry> entries = in.list("entries", CATALOGUE_ENTRY);
    return in.build("catalogue", () -> Catalogue.of(name, entries));
  });

  // ---- campaign ----

  static final Codec<GeneralRequirement> GENERAL_REQUIREMENT = codec((g, v) -> {
    g.writeStartObject();
    list(g, "phrases", LABEL, v.phrases());
    g.writeEndObject();
  }, in -> {
    in.object("a general requirement", "phrases");
    List<Label> phrases = in.field("phrases").elements().stream().map(LABEL::read).toList();
    return in.build("general requirement", () -> GeneralRequirement.builder().phrases(phrases).build());
  });

  static final Codec<Batch> BATCH = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeNumberField("number", v.number());
    object(g, "name", LABEL, v.name());
    object(g, "window", DATE_WINDOW, v.window());
    optDate(g, "earlyStart", v.earlyStart());
    g.writeEndObject();
  }, in -> {
    in.object("a batch", "id", "number", "name", "window", "earlyStart");
    var b = Batch.builder().id(in.id("id", BatchId::of)).number(in.integer("number"))
        .window(in.object("window", DATE_WINDOW)).earlyStart(in.optDate("earlyStart"));
    in.optObject("name", LABEL).ifPresent(b::name);
    return in.build("batch", b::build);
  });

  static final Codec<Campaign> CAMPAIGN = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    object(g, "theme", LABEL, v.theme());
    object(g, "generalRequirement", GENERAL_REQUIREMENT, v.generalRequirement());
    codes(g, "objectives", v.objectives());
    codes(g, "keyMeasures", v.keyMeasures());
    codes(g, "dimensions", v.dimensions());
    g.writeStringField("zone", v.zone().getId());
    list(g, "batches", BATCH, v.batches());
    list(g, "assignments", BATCH_ASSIGNMENT, v.assignments());
    optDate(g, "summaryMeeting", v.summaryMeeting());
    g.writeEndObject();
  }, in -> {
    in.object("a campaign", "id", "theme", "generalRequirement", "objectives", "keyMeasures", "dimensions", "zone",
        "batches", "assignments", "summaryMeeting");
    var b = Campaign.builder().id(in.id("id", CampaignId::of)).batches(in.list("batches", BATCH))
        .assignments(in.list("assignments", BATCH_ASSIGNMENT)).summaryMeeting(in.optDate("summaryMeeting"));
    in.optObject("theme", LABEL).ifPresent(b::theme);
    in.optObject("generalRequirement", GENERAL_REQUIREMENT).ifPresent(b::generalRequirement);
    in.codes("objectives", Objective.class).ifPresent(b::objectives);
    in.codes("keyMeasures", KeyMeasure.class).ifPresent(b::keyMeasures);
    in.codes("dimensions", InPlaceDimension.class).ifPresent(b::dimensions);
    in.optional("zone").map(In::zone).ifPresent(b::zone);
    return in.build("campaign", b::build);
  });

  // ---- organisations ----

  static final Codec<Organisation> ORGANISATION = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    optId(g, "parentId", v.parentId());
    code(g, "kind", v.kind());
    g.writeStringField("name", v.name());
    object(g, "members", MEMBER_COUNT, v.members());
    if (v.declaredSubtreeMembers().isPresent()) {
      g.writeNumberField("declaredSubtreeMembers", v.declaredSubtreeMembers().get());
    }
    optDate(g, "activeFrom", v.activeFrom());
    optDate(g, "activeUntil", v.activeUntil());
    if (!v.homeOrganisations().isEmpty()) {
      ids(g, "homeOrganisations", v.homeOrganisations());
    }
    g.writeEndObject();
  }, in -> {
    in.object("an organisation", "id", "parentId", "kind", "name", "members", "declaredSubtreeMembers",
        "activeFrom", "activeUntil", "homeOrganisations");
    var b = Organisation.builder().id(in.id("id", OrgId::of)).parentId(in.optId("parentId", OrgId::of))
        .kind(in.code("kind", OrgKind.class)).name(in.string("name"))
        .declaredSubtreeMembers(in.optional("declaredSubtreeMembers").map(In::integer))
        .activeFrom(in.optDate("activeFrom")).activeUntil(in.optDate("activeUntil"))
        .homeOrganisations(new LinkedHashSet<>(in.ids("homeOrganisations", OrgId::of)));
    in.optObject("members", MEMBER_COUNT).ifPresent(b::members);
    return in.build("organisation", b::build);
  });

  static final Codec<Leader> LEADER = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("name", v.name());
    optString(g, "title", v.title());
    id(g, "unit", v.unit());
    g.writeEndObject();
  }, in -> {
    in.object("a leader", "id", "name", "title", "unit");
    var b = Leader.builder().id(in.id("id", LeaderId::of)).name(in.string("name"))
        .title(in.optString("title")).unit(in.id("unit", OrgId::of));
    return in.build("leader", b::build);
  });

  // ---- leadership ----

  static final Codec<LeadershipBody> LEADERSHIP_BODY = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    code(g, "kind", v.kind());
    id(g, "unit", v.unit());
    ids(g, "members", v.members());
    g.writeEndObject();
  }, in -> {
    in.object("a leadership body", "id", "kind", "unit", "members");
    var b = LeadershipBody.builder().id(in.id("id", LeadershipBodyId::of))
        .kind(in.code("kind", LeadershipBodyKind.class)).unit(in.id("unit", OrgId::of))
        .members(in.ids("members", LeaderId::of));
    return in.build("leadership body", b::build);
  });

  static final Codec<Meeting> MEETING = codec((g, v) -> {
    g.writeStartObject();
    id(g, "body", v.body());
    code(g, "kind", v.kind());
    date(g, "date", v.date());
    optString(g, "topic", v.topic());
    g.writeEndObject();
  }, in -> {
    in.object("a meeting", "body", "kind", "date", "topic");
    var b = Meeting.builder().body(in.id("body", LeadershipBodyId::of)).kind(in.code("kind", MeetingKind.class))
        .date(in.date("date")).topic(in.optString("topic"));
    return in.build("meeting", b::build);
  });

  static final Codec<PlanReview> PLAN_REVIEW = codec((g, v) -> {
    g.writeStartObject();
    id(g, "group", v.group());
    date(g, "reviewedOn", v.reviewedOn());
    code(g, "outcome", v.outcome());
    optString(g, "comments", v.comments());
    g.writeEndObject();
  }, in -> {
    in.object("a plan review", "group", "reviewedOn", "outcome", "comments");
    var b = PlanReview.builder().group(in.id("group", GuidanceGroupId::of)).reviewedOn(in.date("reviewedOn"))
        .outcome(in.code("outcome", PlanReview.Outcome.class)).comments(in.optString("comments"));
    return in.build("plan review", b::build);
  });

  static final Codec<ImplementationPlan> PLAN = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    id(g, "unit", v.unit());
    g.writeStringField("title", v.title());
    date(g, "submittedOn", v.submittedOn());
    list(g, "reviews", PLAN_REVIEW, v.reviews());
    g.writeEndObject();
  }, in -> {
    in.object("an implementation plan", "id", "unit", "title", "submittedOn", "reviews");
    var b = ImplementationPlan.builder().id(in.id("id", PlanId::of)).unit(in.id("unit", OrgId::of))
        .title(in.string("title")).submittedOn(in.date("submittedOn")).reviews(in.list("reviews", PLAN_REVIEW));
    return in.build("implementation plan", b::build);
  });

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
    in.object("a schedule item", "unit", "kind", "window", "title", "measure");
    var b = ScheduleItem.builder().unit(in.id("unit", OrgId::of)).kind(in.code("kind", ScheduleItem.Kind.class))
        .window(in.object("window", DATE_WINDOW)).title(in.string("title"))
        .measure(in.optional("measure").map(m -> m.code(KeyMeasure.class)));
    return in.build("schedule item", b::build);
  });

  // ---- guidance ----

  static final Codec<GuidanceGroup> GUIDANCE_GROUP = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("name", v.name());
    code(g, "level", v.level());
    codes(g, "roles", v.roles());
    ids(g, "members", v.members());
    g.writeEndObject();
  }, in -> {
    in.object("a guidance group", "id", "name", "level", "roles", "members");
    var b = GuidanceGroup.builder().id(in.id("id", GuidanceGroupId::of)).name(in.string("name"))
        .level(in.code("level", GuidanceLevel.class)).members(in.ids("members", LeaderId::of));
    in.codes("roles", GuidanceRole.class).ifPresent(b::roles);
    return in.build("guidance group", b::build);
  });

  static final Codec<FiveMustRecord> FIVE_MUST_RECORD = codec((g, v) -> {
    g.writeStartObject();
    id(g, "group", v.group());
    id(g, "unit", v.unit());
    code(g, "must", v.must());
    date(g, "date", v.date());
    optString(g, "note", v.note());
    g.writeEndObject();
  }, in -> {
    in.object("a five-musts record", "group", "unit", "must", "date", "note");
    var b = FiveMustRecord.builder().group(in.id("group", GuidanceGroupId::of)).unit(in.id("unit", OrgId::of))
        .must(in.code("must", FiveMust.class)).date(in.date("date")).note(in.optString("note"));
    return in.build("five-musts record", b::build);
  });

  // ---- activities ----

  static final Codec<Activity> ACTIVITY = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    code(g, "kind", v.kind());
    id(g, "unit", v.unit());
    date(g, "date", v.date());
    g.writeStringField("topic", v.topic());
    optString(g, "place", v.place());
    optId(g, "leader", v.leader());
    g.writeNumberField("attendance", v.attendance());
    g.writeEndObject();
  }, in -> {
    in.object("an activity", "id", "kind", "unit", "date", "topic", "place", "leader", "attendance");
    var b = Activity.builder().id(in.id("id", ActivityId::of)).kind(in.code("kind", ActivityKind.class))
        .unit(in.id("unit", OrgId::of)).date(in.date("date")).topic(in.string("topic"))
        .place(in.optString("place")).leader(in.optId("leader", LeaderId::of));
    in.optional("attendance").map(In::integer).ifPresent(b::attendance);
    return in.build("activity", b::build);
  });

  // ---- problems ----

  static final Codec<Problem> PROBLEM = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    code(g, "source", v.source());
    object(g, "owner", PROBLEM_OWNER, v.owner());
    code(g, "aspect", v.aspect());
    optString(g, "category", v.category());
    code(g, "severity", v.severity());
    optString(g, "rootCause", v.rootCause());
    g.writeBooleanField("major", v.major());
    g.writeStringField("description", v.description());
    date(g, "discoveredOn", v.discoveredOn());
    optString(g, "sourceReference", v.sourceReference());
    optObject(g, "closure", PROBLEM_CLOSURE, v.closure());
    g.writeEndObject();
  }, in -> {
    in.object("a problem", "id", "source", "owner", "aspect", "category", "severity", "rootCause", "major",
        "description", "discoveredOn", "sourceReference", "closure");
    var b = Problem.builder().id(in.id("id", ProblemId::of)).source(in.code("source", ProblemSource.class))
        .owner(in.object("owner", PROBLEM_OWNER)).category(in.optString("category"))
        .rootCause(in.optString("rootCause")).description(in.string("description"))
        .discoveredOn(in.date("discoveredOn")).sourceReference(in.optString("sourceReference"))
        .closure(in.optObject("closure", PROBLEM_CLOSURE));
    in.optional("aspect").map(a -> a.code(OwnerAspect.class)).ifPresent(b::aspect);
    in.optional("severity").map(s -> s.code(ProblemSeverity.class)).ifPresent(b::severity);
    in.optional("major").map(In::bool).ifPresent(b::major);
    return in.build("problem", b::build);
  });

  static final Codec<ProblemList> PROBLEM_LIST = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    object(g, "owner", PROBLEM_OWNER, v.owner());
    date(g, "compiledOn", v.compiledOn());
    ids(g, "problems", v.problems());
    optString(g, "title", v.title());
    g.writeEndObject();
  }, in -> {
    in.object("a problem list", "id", "owner", "compiledOn", "problems", "title");
    var b = ProblemList.builder().id(in.id("id", ProblemListId::of)).owner(in.object("owner", PROBLEM_OWNER))
        .compiledOn(in.date("compiledOn")).problems(in.ids("problems", ProblemId::of)).title(in.optString("title"));
    return in.build("problem list", b::build);
  });

  // ---- rectification ----

  static final Codec<Extension> EXTENSION = codec((g, v) -> {
    g.writeStartObject();
    date(g, "newDeadline", v.newDeadline());
    date(g, "grantedOn", v.grantedOn());
    g.writeStringField("reason", v.reason());
    optString(g, "approver", v.approver());
    g.writeEndObject();
  }, in -> {
    in.object("a deadline extension", "newDeadline", "grantedOn", "reason", "approver");
    var b = Extension.builder().newDeadline(in.date("newDeadline")).grantedOn(in.date("grantedOn"))
        .reason(in.string("reason")).approver(in.optString("approver"));
    return in.build("deadline extension", b::build);
  });

  static final Codec<Deadline> DEADLINE = codec((g, v) -> {
    g.writeStartObject();
    date(g, "original", v.original());
    list(g, "extensions", EXTENSION, v.extensions());
    g.writeEndObject();
  }, in -> {
    in.object("a deadline", "original", "extensions");
    var b = Deadline.builder().original(in.date("original")).extensions(in.list("extensions", EXTENSION));
    return in.build("deadline", b::build);
  });

  static final Codec<Milestone> MILESTONE = codec((g, v) -> {
    g.writeStartObject();
    date(g, "dueOn", v.dueOn());
    g.writeStringField("description", v.description());
    optDate(g, "reachedOn", v.reachedOn());
    g.writeEndObject();
  }, in -> {
    in.object("a milestone", "dueOn", "description", "reachedOn");
    var b = Milestone.builder().dueOn(in.date("dueOn")).description(in.string("description"))
        .reachedOn(in.optDate("reachedOn"));
    return in.build("milestone", b::build);
  });

  static final Codec<StatusChange> STATUS_CHANGE = codec((g, v) -> {
    g.writeStartObject();
    code(g, "from", v.from());
    code(g, "to", v.to());
    g.writeStringField("at", v.at().toString());
    code(g, "role", v.role());
    optString(g, "actor", v.actor());
    optString(g, "note", v.note());
    g.writeEndObject();
  }, in -> {
    in.object("a status change", "from", "to", "at", "role", "actor", "note");
    var b = StatusChange.builder().from(in.code("from", RectificationStatus.class))
        .to(in.code("to", RectificationStatus.class)).at(in.instant("at")).role(in.code("role", ActorRole.class))
        .actor(in.optString("actor")).note(in.optString("note"));
    return in.build("status change", b::build);
  });

  static final Codec<Evidence> EVIDENCE = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("description", v.description());
    optString(g, "reference", v.reference());
    date(g, "addedOn", v.addedOn());
    g.writeEndObject();
  }, in -> {
    in.object("evidence", "description", "reference", "addedOn");
    var b = Evidence.builder().description(in.string("description")).reference(in.optString("reference"))
        .addedOn(in.date("addedOn"));
    return in.build("evidence", b::build);
  });

  static final Codec<SignOff> SIGN_OFF = codec((g, v) -> {
    g.writeStartObject();
    date(g, "date", v.date());
    g.writeStringField("verifiedBy", v.verifiedBy());
    optString(g, "note", v.note());
    g.writeEndObject();
  }, in -> {
    in.object("a sign-off", "date", "verifiedBy", "note");
    var b = SignOff.builder().date(in.date("date")).verifiedBy(in.string("verifiedBy")).note(in.optString("note"));
    return in.build("sign-off", b::build);
  });

  static final Codec<RectificationItem> RECTIFICATION_ITEM = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    ids(g, "problems", v.problems());
    optId(g, "specialRectification", v.specialRectification());
    g.writeStringField("title", v.title());
    strings(g, "measures", v.measures());
    id(g, "responsibleUnit", v.responsibleUnit());
    ids(g, "participatingUnits", v.participatingUnits());
    optId(g, "leadLeader", v.leadLeader());
    code(g, "kind", v.kind());
    date(g, "createdOn", v.createdOn());
    optObject(g, "deadline", DEADLINE, v.deadline());
    list(g, "milestones", MILESTONE, v.milestones());
    code(g, "status", v.status());
    list(g, "history", STATUS_CHANGE, v.history());
    optString(g, "progress", v.progress());
    list(g, "evidence", EVIDENCE, v.evidence());
    optDate(g, "completedOn", v.completedOn());
    optObject(g, "signOff", SIGN_OFF, v.signOff());
    g.writeEndObject();
  }, in -> {
    in.object("a rectification item", "id", "problems", "specialRectification", "title", "measures",
        "responsibleUnit", "participatingUnits", "leadLeader", "kind", "createdOn", "deadline", "milestones",
        "status", "history", "progress", "evidence", "completedOn", "signOff");
    var b = RectificationItem.builder().id(in.id("id", RectificationId::of)).problems(in.ids("problems", ProblemId::of))
        .specialRectification(in.optId("specialRectification", SpecialRectificationId::of))
        .title(in.string("title")).measures(in.strings("measures"))
        .responsibleUnit(in.id("responsibleUnit", OrgId::of))
        .participatingUnits(in.ids("participatingUnits", OrgId::of)).leadLeader(in.optId("leadLeader", LeaderId::of))
        .kind(in.code("kind", RectificationKind.class)).createdOn(in.date("createdOn"))
        .deadline(in.optObject("deadline", DEADLINE)).milestones(in.list("milestones", MILESTONE))
        .history(in.list("history", STATUS_CHANGE)).progress(in.optString("progress"))
        .evidence(in.list("evidence", EVIDENCE)).completedOn(in.optDate("completedOn"))
        .signOff(in.optObject("signOff", SIGN_OFF));
    in.optional("status").map(s -> s.code(RectificationStatus.class)).ifPresent(b::status);
    return in.build("rectification item", b::build);
  });

  // ---- special rectification ----

  static final Codec<SpecialRectification> SPECIAL_RECTIFICATION = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("area", v.area());
    g.writeStringField("title", v.title());
    strings(g, "objectives", v.objectives());
    ids(g, "problems", v.problems());
    strings(g, "measures", v.measures());
    ids(g, "responsibleDepartments", v.responsibleDepartments());
    optDate(g, "deadline", v.deadline());
    optId(g, "leadLeader", v.leadLeader());
    optId(g, "leadUnit", v.leadUnit());
    ids(g, "participatingUnits", v.participatingUnits());
    codes(g, "mechanisms", v.mechanisms());
    g.writeEndObject();
  }, in -> {
    in.object("a special rectification", "id", "area", "title", "objectives", "problems", "measures",
        "responsibleDepartments", "deadline", "leadLeader", "leadUnit", "participatingUnits", "mechanisms");
    var b = SpecialRectification.builder().id(in.id("id", SpecialRectificationId::of)).area(in.string("area"))
        .title(in.string("title")).objectives(in.strings("objectives")).problems(in.ids("problems", ProblemId::of))
        .measures(in.strings("measures")).responsibleDepartments(in.ids("responsibleDepartments", OrgId::of))
        .deadline(in.optDate("deadline")).leadLeader(in.optId("leadLeader", LeaderId::of))
        .leadUnit(in.optId("leadUnit", OrgId::of)).participatingUnits(in.ids("participatingUnits", OrgId::of));
    in.codes("mechanisms", DrivingMechanism.class).ifPresent(b::mechanisms);
    return in.build("special rectification", b::build);
  });
}
