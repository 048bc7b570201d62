package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.I18nCodecs.LABEL;
import static io.github.chuxin.json.Out.codes;
import static io.github.chuxin.json.Out.date;
import static io.github.chuxin.json.Out.id;
import static io.github.chuxin.json.Out.list;
import static io.github.chuxin.json.Out.object;
import static io.github.chuxin.json.Out.optDate;

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
import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import java.util.List;

/**
 * The codecs of package {@code io.github.chuxin.campaign}: the campaign, its batches and their windows, and batch
 * assignments.
 */
final class CampaignCodecs {

  private CampaignCodecs() {}

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

  /** What package {@code campaign} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(
          new IdType<>(BatchId.class, BatchId::of),
          new IdType<>(CampaignId.class, CampaignId::of)),
      List.of(InPlaceDimension.class, KeyMeasure.class, Objective.class),
      List.of(
          new Value<>(DateWindow.class, DATE_WINDOW),
          new Value<>(BatchAssignment.class, BATCH_ASSIGNMENT),
          new Value<>(GeneralRequirement.class, GENERAL_REQUIREMENT),
          new Value<>(Batch.class, BATCH),
          new Value<>(Campaign.class, CAMPAIGN)));
}
