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
import java.util.ArrayList;
import java.util.Collection;
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

  @FunctionalInterface
  interface Reader<T> {
    T read(In in) throws IOException;
  }

  static <T> Codec<T> codec(Writer<T> writer, Reader<T> reader) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, T value) throws IOException {
        writer.write(out, value);
      }

      @Override
      public T read(In in) throws IOException {
        return reader.read(in);
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

  private static final In.Fields LABEL_FIELDS = new In.Fields("a label", "en!", "zh-Hans!", "zh-Hant!");

  static final Codec<Label> LABEL = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("en", v.english());
    g.writeStringField("zh-Hans", v.simplified());
    g.writeStringField("zh-Hant", v.traditional());
    g.writeEndObject();
  }, in -> {
    in.enter(LABEL_FIELDS);
    String en = null;
    String hans = null;
    String hant = null;
    for (String f; (f = in.next(LABEL_FIELDS)) != null; ) {
      switch (f) {
        case "en" -> en = in.string();
        case "zh-Hans" -> hans = in.string();
        case "zh-Hant" -> hant = in.string();
        default -> { }
      }
    }
    String e = en;
    String s = hans;
    String t = hant;
    return in.build("label", () -> Label.of(e, s, t));
  });

  private static final In.Fields DATE_WINDOW_FIELDS = new In.Fields("a date window", "start!", "end!");

  static final Codec<DateWindow> DATE_WINDOW = codec((g, v) -> {
    g.writeStartObject();
    date(g, "start", v.start());
    date(g, "end", v.end());
    g.writeEndObject();
  }, in -> {
    in.enter(DATE_WINDOW_FIELDS);
    LocalDate start = null;
    LocalDate end = null;
    for (String f; (f = in.next(DATE_WINDOW_FIELDS)) != null; ) {
      switch (f) {
        case "start" -> start = in.date();
        case "end" -> end = in.date();
        default -> { }
      }
    }
    LocalDate s = start;
    LocalDate e = end;
    return in.build("date window", () -> DateWindow.ofClosed(s, e));
  });

  private static final In.Fields MEMBER_COUNT_FIELDS = new In.Fields("a member count", "full!", "probationary!");

  static final Codec<MemberCount> MEMBER_COUNT = codec((g, v) -> {
    g.writeStartObject();
    g.writeNumberField("full", v.full());
    g.writeNumberField("probationary", v.probationary());
    g.writeEndObject();
  }, in -> {
    in.enter(MEMBER_COUNT_FIELDS);
    int full = 0;
    int probationary = 0;
    for (String f; (f = in.next(MEMBER_COUNT_FIELDS)) != null; ) {
      switch (f) {
        case "full" -> full = in.integer();
        case "probationary" -> probationary = in.integer();
        default -> { }
      }
    }
    int a = full;
    int b = probationary;
    return in.build("member count", () -> MemberCount.of(a, b));
  });

  private static final In.Fields BATCH_ASSIGNMENT_FIELDS = new In.Fields("a batch assignment", "unit!", "batch!");

  static final Codec<BatchAssignment> BATCH_ASSIGNMENT = codec((g, v) -> {
    g.writeStartObject();
    id(g, "unit", v.unit());
    id(g, "batch", v.batch());
    g.writeEndObject();
  }, in -> {
    in.enter(BATCH_ASSIGNMENT_FIELDS);
    OrgId unit = null;
    BatchId batch = null;
    for (String f; (f = in.next(BATCH_ASSIGNMENT_FIELDS)) != null; ) {
      switch (f) {
        case "unit" -> unit = in.id(OrgId::of);
        case "batch" -> batch = in.id(BatchId::of);
        default -> { }
      }
    }
    return BatchAssignment.of(unit, batch);
  });

  private static final In.Fields GUIDANCE_ASSIGNMENT_FIELDS = new In.Fields("a guidance assignment", "group!", "unit!");

  static final Codec<GuidanceAssignment> GUIDANCE_ASSIGNMENT = codec((g, v) -> {
    g.writeStartObject();
    id(g, "group", v.group());
    id(g, "unit", v.unit());
    g.writeEndObject();
  }, in -> {
    in.enter(GUIDANCE_ASSIGNMENT_FIELDS);
    GuidanceGroupId group = null;
    OrgId unit = null;
    for (String f; (f = in.next(GUIDANCE_ASSIGNMENT_FIELDS)) != null; ) {
      switch (f) {
        case "group" -> group = in.id(GuidanceGroupId::of);
        case "unit" -> unit = in.id(OrgId::of);
        default -> { }
      }
    }
    return GuidanceAssignment.of(group, unit);
  });

  private static final In.Fields PROBLEM_OWNER_FIELDS = new In.Fields("a problem owner", "unit!", "leader");

  static final Codec<ProblemOwner> PROBLEM_OWNER = codec((g, v) -> {
    g.writeStartObject();
    id(g, "unit", v.unit());
    optId(g, "leader", v.leader());
    g.writeEndObject();
  }, in -> {
    in.enter(PROBLEM_OWNER_FIELDS);
    OrgId unit = null;
    LeaderId leader = null;
    for (String f; (f = in.next(PROBLEM_OWNER_FIELDS)) != null; ) {
      switch (f) {
        case "unit" -> unit = in.id(OrgId::of);
        case "leader" -> leader = in.id(LeaderId::of);
        default -> { }
      }
    }
    return new ProblemOwner(unit, Optional.ofNullable(leader));
  });

  private static final In.Fields PROBLEM_CLOSURE_FIELDS = new In.Fields("a problem closure", "date!", "reason!");

  static final Codec<ProblemClosure> PROBLEM_CLOSURE = codec((g, v) -> {
    g.writeStartObject();
    date(g, "date", v.date());
    g.writeStringField("reason", v.reason());
    g.writeEndObject();
  }, in -> {
    in.enter(PROBLEM_CLOSURE_FIELDS);
    LocalDate date = null;
    String reason = null;
    for (String f; (f = in.next(PROBLEM_CLOSURE_FIELDS)) != null; ) {
      switch (f) {
        case "date" -> date = in.date();
        case "reason" -> reason = in.string();
        default -> { }
      }
    }
    return new ProblemClosure(date, reason);
  });

  private static final In.Fields CATALOGUE_ENTRY_FIELDS = new In.Fields("a catalogue entry", "code!", "label!");

  static final Codec<CatalogueEntry> CATALOGUE_ENTRY = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("code", v.code());
    object(g, "label", LABEL, v.label());
    g.writeEndObject();
  }, in -> {
    in.enter(CATALOGUE_ENTRY_FIELDS);
    String code = null;
    Label label = null;
    for (String f; (f = in.next(CATALOGUE_ENTRY_FIELDS)) != null; ) {
      switch (f) {
        case "code" -> code = in.string();
        case "label" -> label = LABEL.read(in);
        default -> { }
      }
    }
    String c = code;
    Label l = label;
    return in.build("catalogue entry", () -> CatalogueEntry.of(c, l));
  });

  private static final In.Fields CATALOGUE_FIELDS = new In.Fields("a catalogue", "name!", "entries");

  static final Codec<Catalogue> CATALOGUE = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("name", v.name());
    list(g, "entries", CATALOGUE_ENTRY, v.entries());
    g.writeEndObject();
  }, in -> {
    in.enter(CATALOGUE_FIELDS);
    String name = null;
    List<CatalogueEntry> entries = new ArrayList<>();
    for (String f; (f = in.next(CATALOGUE_FIELDS)) != null; ) {
      switch (f) {
        case "name" -> name = in.string();
        case "entries" -> in.list(CATALOGUE_ENTRY, entries::add);
        default -> { }
      }
    }
    String n = name;
    return in.build("catalogue", () -> Catalogue.of(n, List.copyOf(entries)));
  });

  // ---- campaign ----

  private static final In.Fields GENERAL_REQUIREMENT_FIELDS = new In.Fields("a general requirement", "phrases!");

  static final Codec<GeneralRequirement> GENERAL_REQUIREMENT = codec((g, v) -> {
    g.writeStartObject();
    list(g, "phrases", LABEL, v.phrases());
    g.writeEndObject();
  }, in -> {
    in.enter(GENERAL_REQUIREMENT_FIELDS);
    var b = GeneralRequirement.builder();
    for (String f; (f = in.next(GENERAL_REQUIREMENT_FIELDS)) != null; ) {
      switch (f) {
        case "phrases" -> in.list(LABEL, b::addPhrases);
        default -> { }
      }
    }
    return in.build("general requirement", b::build);
  });

  private static final In.Fields BATCH_FIELDS = new In.Fields("a batch", "id!", "number!", "name", "window!", "earlyStart");

  static final Codec<Batch> BATCH = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeNumberField("number", v.number());
    object(g, "name", LABEL, v.name());
    object(g, "window", DATE_WINDOW, v.window());
    optDate(g, "earlyStart", v.earlyStart());
    g.writeEndObject();
  }, in -> {
    in.enter(BATCH_FIELDS);
    var b = Batch.builder();
    for (String f; (f = in.next(BATCH_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(BatchId::of));
        case "number" -> b.number(in.integer());
        case "name" -> b.name(LABEL.read(in));
        case "window" -> b.window(DATE_WINDOW.read(in));
        case "earlyStart" -> b.earlyStart(in.date());
        default -> { }
      }
    }
    return in.build("batch", b::build);
  });

  private static final In.Fields CAMPAIGN_FIELDS = new In.Fields("a campaign", "id!", "theme", "generalRequirement", "objectives", "keyMeasures", "dimensions", "zone", "batches", "assignments", "summaryMeeting");

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
    in.enter(CAMPAIGN_FIELDS);
    var b = Campaign.builder();
    for (String f; (f = in.next(CAMPAIGN_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(CampaignId::of));
        case "theme" -> b.theme(LABEL.read(in));
        case "generalRequirement" -> b.generalRequirement(GENERAL_REQUIREMENT.read(in));
        case "objectives" -> b.objectives(in.codes(Objective.class));
        case "keyMeasures" -> b.keyMeasures(in.codes(KeyMeasure.class));
        case "dimensions" -> b.dimensions(in.codes(InPlaceDimension.class));
        case "zone" -> b.zone(in.zone());
        case "batches" -> in.list(BATCH, b::addBatches);
        case "assignments" -> in.list(BATCH_ASSIGNMENT, b::addAssignments);
        case "summaryMeeting" -> b.summaryMeeting(in.date());
        default -> { }
      }
    }
    return in.build("campaign", b::build);
  });

  // ---- organisations ----

  private static final In.Fields ORGANISATION_FIELDS = new In.Fields("an organisation", "id!", "parentId", "kind!", "name!", "members", "declaredSubtreeMembers", "activeFrom", "activeUntil", "homeOrganisations");

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
    in.enter(ORGANISATION_FIELDS);
    var b = Organisation.builder();
    for (String f; (f = in.next(ORGANISATION_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(OrgId::of));
        case "parentId" -> b.parentId(in.id(OrgId::of));
        case "kind" -> b.kind(in.code(OrgKind.class));
        case "name" -> b.name(in.string());
        case "members" -> b.members(MEMBER_COUNT.read(in));
        case "declaredSubtreeMembers" -> b.declaredSubtreeMembers(in.integer());
        case "activeFrom" -> b.activeFrom(in.date());
        case "activeUntil" -> b.activeUntil(in.date());
        case "homeOrganisations" -> in.ids(OrgId::of, b::addHomeOrganisations);
        default -> { }
      }
    }
    return in.build("organisation", b::build);
  });

  private static final In.Fields LEADER_FIELDS = new In.Fields("a leader", "id!", "name!", "title", "unit!");

  static final Codec<Leader> LEADER = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("name", v.name());
    optString(g, "title", v.title());
    id(g, "unit", v.unit());
    g.writeEndObject();
  }, in -> {
    in.enter(LEADER_FIELDS);
    var b = Leader.builder();
    for (String f; (f = in.next(LEADER_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(LeaderId::of));
        case "name" -> b.name(in.string());
        case "title" -> b.title(in.string());
        case "unit" -> b.unit(in.id(OrgId::of));
        default -> { }
      }
    }
    return in.build("leader", b::build);
  });

  // ---- leadership ----

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

  // ---- guidance ----

  private static final In.Fields GUIDANCE_GROUP_FIELDS = new In.Fields("a guidance group", "id!", "name!", "level!", "roles", "members");

  static final Codec<GuidanceGroup> GUIDANCE_GROUP = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    g.writeStringField("name", v.name());
    code(g, "level", v.level());
    codes(g, "roles", v.roles());
    ids(g, "members", v.members());
    g.writeEndObject();
  }, in -> {
    in.enter(GUIDANCE_GROUP_FIELDS);
    var b = GuidanceGroup.builder();
    for (String f; (f = in.next(GUIDANCE_GROUP_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(GuidanceGroupId::of));
        case "name" -> b.name(in.string());
        case "level" -> b.level(in.code(GuidanceLevel.class));
        case "roles" -> b.roles(in.codes(GuidanceRole.class));
        case "members" -> in.ids(LeaderId::of, b::addMembers);
        default -> { }
      }
    }
    return in.build("guidance group", b::build);
  });

  private static final In.Fields FIVE_MUST_RECORD_FIELDS = new In.Fields("a five-musts record", "group!", "unit!", "must!", "date!", "note");

  static final Codec<FiveMustRecord> FIVE_MUST_RECORD = codec((g, v) -> {
    g.writeStartObject();
    id(g, "group", v.group());
    id(g, "unit", v.unit());
    code(g, "must", v.must());
    date(g, "date", v.date());
    optString(g, "note", v.note());
    g.writeEndObject();
  }, in -> {
    in.enter(FIVE_MUST_RECORD_FIELDS);
    var b = FiveMustRecord.builder();
    for (String f; (f = in.next(FIVE_MUST_RECORD_FIELDS)) != null; ) {
      switch (f) {
        case "group" -> b.group(in.id(GuidanceGroupId::of));
        case "unit" -> b.unit(in.id(OrgId::of));
        case "must" -> b.must(in.code(FiveMust.class));
        case "date" -> b.date(in.date());
        case "note" -> b.note(in.string());
        default -> { }
      }
    }
    return in.build("five-musts record", b::build);
  });

  // ---- activities ----

  private static final In.Fields ACTIVITY_FIELDS = new In.Fields("an activity", "id!", "kind!", "unit!", "date!", "topic!", "place", "leader", "attendance");

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
    in.enter(ACTIVITY_FIELDS);
    var b = Activity.builder();
    for (String f; (f = in.next(ACTIVITY_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(ActivityId::of));
        case "kind" -> b.kind(in.code(ActivityKind.class));
        case "unit" -> b.unit(in.id(OrgId::of));
        case "date" -> b.date(in.date());
        case "topic" -> b.topic(in.string());
        case "place" -> b.place(in.string());
        case "leader" -> b.leader(in.id(LeaderId::of));
        case "attendance" -> b.attendance(in.integer());
        default -> { }
      }
    }
    return in.build("activity", b::build);
  });

  // ---- problems ----

  private static final In.Fields PROBLEM_FIELDS = new In.Fields("a problem", "id!", "source!", "owner!", "aspect", "category", "severity", "rootCause", "major", "description!", "discoveredOn!", "sourceReference", "closure");

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
    in.enter(PROBLEM_FIELDS);
    var b = Problem.builder();
    for (String f; (f = in.next(PROBLEM_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(ProblemId::of));
        case "source" -> b.source(in.code(ProblemSource.class));
        case "owner" -> b.owner(PROBLEM_OWNER.read(in));
        case "aspect" -> b.aspect(in.code(OwnerAspect.class));
        case "category" -> b.category(in.string());
        case "severity" -> b.severity(in.code(ProblemSeverity.class));
        case "rootCause" -> b.rootCause(in.string());
        case "major" -> b.major(in.bool());
        case "description" -> b.description(in.string());
        case "discoveredOn" -> b.discoveredOn(in.date());
        case "sourceReference" -> b.sourceReference(in.string());
        case "closure" -> b.closure(PROBLEM_CLOSURE.read(in));
        default -> { }
      }
    }
    return in.build("problem", b::build);
  });

  private static final In.Fields PROBLEM_LIST_FIELDS = new In.Fields("a problem list", "id!", "owner!", "compiledOn!", "problems", "title");

  static final Codec<ProblemList> PROBLEM_LIST = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    object(g, "owner", PROBLEM_OWNER, v.owner());
    date(g, "compiledOn", v.compiledOn());
    ids(g, "problems", v.problems());
    optString(g, "title", v.title());
    g.writeEndObject();
  }, in -> {
    in.enter(PROBLEM_LIST_FIELDS);
    var b = ProblemList.builder();
    for (String f; (f = in.next(PROBLEM_LIST_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(ProblemListId::of));
        case "owner" -> b.owner(PROBLEM_OWNER.read(in));
        case "compiledOn" -> b.compiledOn(in.date());
        case "problems" -> in.ids(ProblemId::of, b::addProblems);
        case "title" -> b.title(in.string());
        default -> { }
      }
    }
    return in.build("problem list", b::build);
  });

  // ---- rectification ----

  private static final In.Fields EXTENSION_FIELDS = new In.Fields("a deadline extension", "newDeadline!", "grantedOn!", "reason!", "approver");

  static final Codec<Extension> EXTENSION = codec((g, v) -> {
    g.writeStartObject();
    date(g, "newDeadline", v.newDeadline());
    date(g, "grantedOn", v.grantedOn());
    g.writeStringField("reason", v.reason());
    optString(g, "approver", v.approver());
    g.writeEndObject();
  }, in -> {
    in.enter(EXTENSION_FIELDS);
    var b = Extension.builder();
    for (String f; (f = in.next(EXTENSION_FIELDS)) != null; ) {
      switch (f) {
        case "newDeadline" -> b.newDeadline(in.date());
        case "grantedOn" -> b.grantedOn(in.date());
        case "reason" -> b.reason(in.string());
        case "approver" -> b.approver(in.string());
        default -> { }
      }
    }
    return in.build("deadline extension", b::build);
  });

  private static final In.Fields DEADLINE_FIELDS = new In.Fields("a deadline", "original!", "extensions");

  static final Codec<Deadline> DEADLINE = codec((g, v) -> {
    g.writeStartObject();
    date(g, "original", v.original());
    list(g, "extensions", EXTENSION, v.extensions());
    g.writeEndObject();
  }, in -> {
    in.enter(DEADLINE_FIELDS);
    var b = Deadline.builder();
    for (String f; (f = in.next(DEADLINE_FIELDS)) != null; ) {
      switch (f) {
        case "original" -> b.original(in.date());
        case "extensions" -> in.list(EXTENSION, b::addExtensions);
        default -> { }
      }
    }
    return in.build("deadline", b::build);
  });

  private static final In.Fields MILESTONE_FIELDS = new In.Fields("a milestone", "dueOn!", "description!", "reachedOn");

  static final Codec<Milestone> MILESTONE = codec((g, v) -> {
    g.writeStartObject();
    date(g, "dueOn", v.dueOn());
    g.writeStringField("description", v.description());
    optDate(g, "reachedOn", v.reachedOn());
    g.writeEndObject();
  }, in -> {
    in.enter(MILESTONE_FIELDS);
    var b = Milestone.builder();
    for (String f; (f = in.next(MILESTONE_FIELDS)) != null; ) {
      switch (f) {
        case "dueOn" -> b.dueOn(in.date());
        case "description" -> b.description(in.string());
        case "reachedOn" -> b.reachedOn(in.date());
        default -> { }
      }
    }
    return in.build("milestone", b::build);
  });

  private static final In.Fields STATUS_CHANGE_FIELDS = new In.Fields("a status change", "from!", "to!", "at!", "role!", "actor", "note");

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
    in.enter(STATUS_CHANGE_FIELDS);
    var b = StatusChange.builder();
    for (String f; (f = in.next(STATUS_CHANGE_FIELDS)) != null; ) {
      switch (f) {
        case "from" -> b.from(in.code(RectificationStatus.class));
        case "to" -> b.to(in.code(RectificationStatus.class));
        case "at" -> b.at(in.instant());
        case "role" -> b.role(in.code(ActorRole.class));
        case "actor" -> b.actor(in.string());
        case "note" -> b.note(in.string());
        default -> { }
      }
    }
    return in.build("status change", b::build);
  });

  private static final In.Fields EVIDENCE_FIELDS = new In.Fields("evidence", "description!", "reference", "addedOn!");

  static final Codec<Evidence> EVIDENCE = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("description", v.description());
    optString(g, "reference", v.reference());
    date(g, "addedOn", v.addedOn());
    g.writeEndObject();
  }, in -> {
    in.enter(EVIDENCE_FIELDS);
    var b = Evidence.builder();
    for (String f; (f = in.next(EVIDENCE_FIELDS)) != null; ) {
      switch (f) {
        case "description" -> b.description(in.string());
        case "reference" -> b.reference(in.string());
        case "addedOn" -> b.addedOn(in.date());
        default -> { }
      }
    }
    return in.build("evidence", b::build);
  });

  private static final In.Fields SIGN_OFF_FIELDS = new In.Fields("a sign-off", "date!", "verifiedBy!", "note");

  static final Codec<SignOff> SIGN_OFF = codec((g, v) -> {
    g.writeStartObject();
    date(g, "date", v.date());
    g.writeStringField("verifiedBy", v.verifiedBy());
    optString(g, "note", v.note());
    g.writeEndObject();
  }, in -> {
    in.enter(SIGN_OFF_FIELDS);
    var b = SignOff.builder();
    for (String f; (f = in.next(SIGN_OFF_FIELDS)) != null; ) {
      switch (f) {
        case "date" -> b.date(in.date());
        case "verifiedBy" -> b.verifiedBy(in.string());
        case "note" -> b.note(in.string());
        default -> { }
      }
    }
    return in.build("sign-off", b::build);
  });

  private static final In.Fields RECTIFICATION_ITEM_FIELDS = new In.Fields("a rectification item", "id!", "problems", "specialRectification", "title!", "measures", "responsibleUnit!", "participatingUnits", "leadLeader", "kind!", "createdOn!", "deadline", "milestones", "status", "history", "progress", "evidence", "completedOn", "signOff");

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
    in.enter(RECTIFICATION_ITEM_FIELDS);
    var b = RectificationItem.builder();
    for (String f; (f = in.next(RECTIFICATION_ITEM_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(RectificationId::of));
        case "problems" -> in.ids(ProblemId::of, b::addProblems);
        case "specialRectification" -> b.specialRectification(in.id(SpecialRectificationId::of));
        case "title" -> b.title(in.string());
        case "measures" -> in.strings(b::addMeasures);
        case "responsibleUnit" -> b.responsibleUnit(in.id(OrgId::of));
        case "participatingUnits" -> in.ids(OrgId::of, b::addParticipatingUnits);
        case "leadLeader" -> b.leadLeader(in.id(LeaderId::of));
        case "kind" -> b.kind(in.code(RectificationKind.class));
        case "createdOn" -> b.createdOn(in.date());
        case "deadline" -> b.deadline(DEADLINE.read(in));
        case "milestones" -> in.list(MILESTONE, b::addMilestones);
        case "status" -> b.status(in.code(RectificationStatus.class));
        case "history" -> in.list(STATUS_CHANGE, b::addHistory);
        case "progress" -> b.progress(in.string());
        case "evidence" -> in.list(EVIDENCE, b::addEvidence);
        case "completedOn" -> b.completedOn(in.date());
        case "signOff" -> b.signOff(SIGN_OFF.read(in));
        default -> { }
      }
    }
    return in.build("rectification item", b::build);
  });

  // ---- special rectification ----

  private static final In.Fields SPECIAL_RECTIFICATION_FIELDS = new In.Fields("a special rectification", "id!", "area!", "title!", "objectives", "problems", "measures", "responsibleDepartments", "deadline", "leadLeader", "leadUnit", "participatingUnits", "mechanisms");

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
    in.enter(SPECIAL_RECTIFICATION_FIELDS);
    var b = SpecialRectification.builder();
    for (String f; (f = in.next(SPECIAL_RECTIFICATION_FIELDS)) != null; ) {
      switch (f) {
        case "id" -> b.id(in.id(SpecialRectificationId::of));
        case "area" -> b.area(in.string());
        case "title" -> b.title(in.string());
        case "objectives" -> in.strings(b::addObjectives);
        case "problems" -> in.ids(ProblemId::of, b::addProblems);
        case "measures" -> in.strings(b::addMeasures);
        case "responsibleDepartments" -> in.ids(OrgId::of, b::addResponsibleDepartments);
        case "deadline" -> b.deadline(in.date());
        case "leadLeader" -> b.leadLeader(in.id(LeaderId::of));
        case "leadUnit" -> b.leadUnit(in.id(OrgId::of));
        case "participatingUnits" -> in.ids(OrgId::of, b::addParticipatingUnits);
        case "mechanisms" -> b.mechanisms(in.codes(DrivingMechanism.class));
        default -> { }
      }
    }
    return in.build("special rectification", b::build);
  });
}
