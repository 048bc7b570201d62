package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.Out.code;
import static io.github.chuxin.json.Out.date;
import static io.github.chuxin.json.Out.id;
import static io.github.chuxin.json.Out.optId;
import static io.github.chuxin.json.Out.optString;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.util.List;

/** The codecs of package {@code io.github.chuxin.activity}: activities. */
final class ActivityCodecs {

  private ActivityCodecs() {}

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

  /** What package {@code activity} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(
          new IdType<>(ActivityId.class, ActivityId::of)),
      List.of(ActivityKind.class),
      List.of(
          new Value<>(Activity.class, ACTIVITY)));
}
