package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.Out.code;
import static io.github.chuxin.json.Out.date;
import static io.github.chuxin.json.Out.id;
import static io.github.chuxin.json.Out.ids;
import static io.github.chuxin.json.Out.list;
import static io.github.chuxin.json.Out.optDate;
import static io.github.chuxin.json.Out.optId;
import static io.github.chuxin.json.Out.optObject;
import static io.github.chuxin.json.Out.optString;
import static io.github.chuxin.json.Out.strings;

import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
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
import io.github.chuxin.special.SpecialRectificationId;
import java.util.List;

/**
 * The codecs of package {@code io.github.chuxin.rectification}: rectification items with their deadlines,
 * milestones, history, evidence and sign-off.
 */
final class RectificationCodecs {

  private RectificationCodecs() {}

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

  private static final In.Fields RECTIFICATION_ITEM_FIELDS = new In.Fields("a rectification item", "id!", "problems", "linkedItems", "specialRectification", "title!", "measures", "responsibleUnit!", "participatingUnits", "leadLeader", "kind!", "createdOn!", "deadline", "milestones", "status", "history", "progress", "evidence", "completedOn", "signOff");

  static final Codec<RectificationItem> RECTIFICATION_ITEM = codec((g, v) -> {
    g.writeStartObject();
    id(g, "id", v.id());
    ids(g, "problems", v.problems());
    ids(g, "linkedItems", v.linkedItems());
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
        case "linkedItems" -> in.idSet(RectificationId::of, b::addLinkedItems);
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

  /** What package {@code rectification} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(
          new IdType<>(RectificationId.class, RectificationId::of)),
      List.of(ActorRole.class, RectificationKind.class, RectificationStatus.class),
      List.of(
          new Value<>(Extension.class, EXTENSION),
          new Value<>(Deadline.class, DEADLINE),
          new Value<>(Milestone.class, MILESTONE),
          new Value<>(StatusChange.class, STATUS_CHANGE),
          new Value<>(Evidence.class, EVIDENCE),
          new Value<>(SignOff.class, SIGN_OFF),
          new Value<>(RectificationItem.class, RECTIFICATION_ITEM)));
}
