package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.Out.code;
import static io.github.chuxin.json.Out.date;
import static io.github.chuxin.json.Out.id;
import static io.github.chuxin.json.Out.ids;
import static io.github.chuxin.json.Out.object;
import static io.github.chuxin.json.Out.optId;
import static io.github.chuxin.json.Out.optObject;
import static io.github.chuxin.json.Out.optString;

import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.OwnerAspect;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSeverity;
import io.github.chuxin.problem.ProblemSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The codecs of package {@code io.github.chuxin.problem}: problems, their owners and closures, and problem lists. */
final class ProblemCodecs {

  private ProblemCodecs() {}

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

  /** What package {@code problem} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(
          new IdType<>(ProblemId.class, ProblemId::of),
          new IdType<>(ProblemListId.class, ProblemListId::of)),
      List.of(OwnerAspect.class, ProblemSeverity.class, ProblemSource.class),
      List.of(
          new Value<>(ProblemOwner.class, PROBLEM_OWNER),
          new Value<>(ProblemClosure.class, PROBLEM_CLOSURE),
          new Value<>(Problem.class, PROBLEM),
          new Value<>(ProblemList.class, PROBLEM_LIST)));
}
