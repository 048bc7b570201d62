package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.Out.code;
import static io.github.chuxin.json.Out.id;
import static io.github.chuxin.json.Out.ids;
import static io.github.chuxin.json.Out.object;
import static io.github.chuxin.json.Out.optDate;
import static io.github.chuxin.json.Out.optId;
import static io.github.chuxin.json.Out.optString;
import static io.github.chuxin.json.Out.strings;

import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import java.util.List;

/** The codecs of package {@code io.github.chuxin.org}: organisations, their member counts and leaders. */
final class OrgCodecs {

  private OrgCodecs() {}

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

  private static final In.Fields ORGANISATION_FIELDS = new In.Fields("an organisation", "id!", "parentId", "kind!", "name!", "members", "declaredSubtreeMembers", "activeFrom", "activeUntil", "homeOrganisations", "coveredUnits", "committeeSize");

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
    if (!v.coveredUnits().isEmpty()) {
      strings(g, "coveredUnits", v.coveredUnits());
    }
    if (v.committeeSize().isPresent()) {
      g.writeNumberField("committeeSize", v.committeeSize().get());
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
        case "homeOrganisations" -> in.idSet(OrgId::of, b::addHomeOrganisations);
        case "coveredUnits" -> in.textSet(b::addCoveredUnits);
        case "committeeSize" -> b.committeeSize(in.integer());
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

  /** What package {@code org} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(
          new IdType<>(LeaderId.class, LeaderId::of),
          new IdType<>(OrgId.class, OrgId::of)),
      List.of(OrgKind.class),
      List.of(
          new Value<>(MemberCount.class, MEMBER_COUNT),
          new Value<>(Organisation.class, ORGANISATION),
          new Value<>(Leader.class, LEADER)));
}
