package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.Out.codes;
import static io.github.chuxin.json.Out.id;
import static io.github.chuxin.json.Out.ids;
import static io.github.chuxin.json.Out.optDate;
import static io.github.chuxin.json.Out.optId;
import static io.github.chuxin.json.Out.strings;

import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.special.DrivingMechanism;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.util.List;

/** The codecs of package {@code io.github.chuxin.special}: special rectifications. */
final class SpecialCodecs {

  private SpecialCodecs() {}

  private static final In.Fields SPECIAL_RECTIFICATION_FIELDS = new In.Fields("a special rectification", "id!", "area!", "title!", "objectives", "problems", "measures", "responsibleDepartments", "deadline", "leadLeader", "overallLeaders", "leadUnit", "participatingUnits", "mechanisms");

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
    ids(g, "overallLeaders", v.overallLeaders());
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
        case "overallLeaders" -> in.idSet(LeaderId::of, b::addOverallLeaders);
        case "leadUnit" -> b.leadUnit(in.id(OrgId::of));
        case "participatingUnits" -> in.ids(OrgId::of, b::addParticipatingUnits);
        case "mechanisms" -> b.mechanisms(in.codes(DrivingMechanism.class));
        default -> { }
      }
    }
    return in.build("special rectification", b::build);
  });

  /** What package {@code special} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(
          new IdType<>(SpecialRectificationId.class, SpecialRectificationId::of)),
      List.of(DrivingMechanism.class),
      List.of(
          new Value<>(SpecialRectification.class, SPECIAL_RECTIFICATION)));
}
