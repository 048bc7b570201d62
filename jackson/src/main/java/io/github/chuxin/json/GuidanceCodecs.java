package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.Out.code;
import static io.github.chuxin.json.Out.codes;
import static io.github.chuxin.json.Out.date;
import static io.github.chuxin.json.Out.id;
import static io.github.chuxin.json.Out.ids;
import static io.github.chuxin.json.Out.optString;

import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.guidance.GuidanceRole;
import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.util.List;

/**
 * The codecs of package {@code io.github.chuxin.guidance}: guidance groups, their assignments to units and
 * five-musts records.
 */
final class GuidanceCodecs {

  private GuidanceCodecs() {}

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

  private static final In.Fields FIVE_MUST_RECORD_FIELDS = new In.Fields("a five-musts record", "group!", "unit!", "must!", "date!", "note",
      "talkedWith");

  static final Codec<FiveMustRecord> FIVE_MUST_RECORD = codec((g, v) -> {
    g.writeStartObject();
    id(g, "group", v.group());
    id(g, "unit", v.unit());
    code(g, "must", v.must());
    date(g, "date", v.date());
    optString(g, "note", v.note());
    // written only when named, so that a record without talks keeps the form (and the stored hash) it had before
    if (!v.talkedWith().isEmpty()) {
      ids(g, "talkedWith", v.talkedWith());
    }
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
        case "talkedWith" -> in.idSet(LeaderId::of, b::addTalkedWith);
        default -> { }
      }
    }
    return in.build("five-musts record", b::build);
  });

  /** What package {@code guidance} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(
          new IdType<>(GuidanceGroupId.class, GuidanceGroupId::of)),
      List.of(FiveMust.class, GuidanceLevel.class, GuidanceRole.class),
      List.of(
          new Value<>(GuidanceAssignment.class, GUIDANCE_ASSIGNMENT),
          new Value<>(GuidanceGroup.class, GUIDANCE_GROUP),
          new Value<>(FiveMustRecord.class, FIVE_MUST_RECORD)));
}
