package io.github.chuxin.benchmarks;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON baseline's data: plain Java records with the same fields as the snapshot document,
 * dates, ids and codes already as strings, for plain Jackson to write and read with no module.
 */
public final class Mirror {

  private Mirror() {}

  /** A label. */
  public record L(String en, String zhHans, String zhHant) {}

  /** A window. */
  public record W(String start, String end) {}

  /** A batch. */
  public record B(String id, int number, L name, W window, String earlyStart) {}

  /** The campaign. */
  public record C(String id, L theme, List<L> phrases, List<String> objectives, List<String> keyMeasures,
      List<String> dimensions, String zone, List<B> batches, List<List<String>> assignments, String summaryMeeting) {}

  /** Member counts. */
  public record M(int full, int probationary) {}

  /** An organisation. */
  public record O(String id, String parentId, String kind, String name, M members, Integer declaredSubtreeMembers,
      String activeFrom, String activeUntil, List<String> homeOrganisations) {}

  /** A leader. */
  public record Ld(String id, String name, String title, String unit) {}

  /** A leadership body. */
  public record Lb(String id, String kind, String unit, List<String> members) {}

  /** A meeting. */
  public record Mt(String body, String kind, String date, String topic) {}

  /** A plan review. */
  public record Pr(String group, String reviewedOn, String outcome, String comments) {}

  /** A plan. */
  public record Pl(String id, String unit, String title, String submittedOn, List<Pr> reviews) {}

  /** A schedule item. */
  public record S(String unit, String kind, W window, String title, String measure) {}

  /** A guidance group. */
  public record G(String id, String name, String level, List<String> roles, List<String> members) {}

  /** A guidance assignment. */
  public record Ga(String group, String unit) {}

  /** A five-musts record. */
  public record F(String group, String unit, String must, String date, String note) {}

  /** An activity. */
  public record A(String id, String kind, String unit, String date, String topic, String place, String leader,
      int attendance) {}

  /** A problem owner. */
  public record Ow(String unit, String leader) {}

  /** A problem closure. */
  public record Cl(String date, String reason) {}

  /** A problem. */
  public record P(String id, String source, Ow owner, String aspect, String category, String severity,
      String rootCause, boolean major, String description, String discoveredOn, String sourceReference, Cl closure) {}

  /** A problem list. */
  public record Pls(String id, Ow owner, String compiledOn, List<String> problems, String title) {}

  /** An extension. */
  public record X(String newDeadline, String grantedOn, String reason, String approver) {}

  /** A deadline. */
  public record D(String original, List<X> extensions) {}

  /** A milestone. */
  public record Ms(String dueOn, String description, String reachedOn) {}

  /** A status change. */
  public record Sc(String from, String to, String at, String role, String actor, String note) {}

  /** Evidence. */
  public record E(String description, String reference, String addedOn) {}

  /** A sign-off. */
  public record So(String date, String verifiedBy, String note) {}

  /** A rectification item. */
  public record R(String id, List<String> problems, String specialRectification, String title, List<String> measures,
      String responsibleUnit, List<String> participatingUnits, String leadLeader, String kind, String createdOn,
      D deadline, List<Ms> milestones, String status, List<Sc> history, String progress, List<E> evidence,
      String completedOn, So signOff) {}

  /** A special rectification. */
  public record Sp(String id, String area, String title, List<String> objectives, List<String> problems,
      List<String> measures, List<String> responsibleDepartments, String deadline, String leadLeader,
      String leadUnit, List<String> participatingUnits, List<String> mechanisms) {}

  /** The whole document. */
  public record Doc(int formatVersion, C campaign, List<O> organisations, List<Ld> leaders, List<Lb> leadershipBodies,
      List<Mt> meetings, List<Pl> plans, List<S> schedule, List<G> guidanceGroups, List<Ga> guidanceAssignments,
      List<F> fiveMustRecords, List<A> activities, List<P> problems, List<Pls> problemLists,
      List<R> rectifications, List<Sp> specialRectifications) {}

  /**
   * Mirrors a snapshot.
   *
   * @param s the snapshot
   * @return the records
   */
  public static Doc of(CampaignSnapshot s) {
    var c = s.campaign();
    C campaign = new C(c.id().value(), l(c.theme()), c.generalRequirement().phrases().stream().map(Mirror::l).toList(),
        codes(c.objectives()), codes(c.keyMeasures()), codes(c.dimensions()), c.zone().getId(),
        c.batches().stream().map(Mirror::b).toList(),
        c.assignments().stream().map(a -> List.of(a.unit().value(), a.batch().value())).toList(),
        str(c.summaryMeeting()));
    return new Doc(1, campaign,
        s.organisations().stream().map(o -> new O(o.id().value(), id(o.parentId()), code(o.kind()), o.name(),
            new M(o.members().full(), o.members().probationary()), o.declaredSubtreeMembers().orElse(null),
            str(o.activeFrom()), str(o.activeUntil()), ids(o.homeOrganisations()))).toList(),
        s.leaders().stream().map(l -> new Ld(l.id().value(), l.name(), l.title().orElse(null), l.unit().value())).toList(),
        s.leadershipBodies().stream().map(b -> new Lb(b.id().value(), code(b.kind()), b.unit().value(),
            ids(b.members()))).toList(),
        s.meetings().stream().map(m -> new Mt(m.body().value(), code(m.kind()), m.date().toString(),
            m.topic().orElse(null))).toList(),
        s.plans().stream().map(p -> new Pl(p.id().value(), p.unit().value(), p.title(), p.submittedOn().toString(),
            p.reviews().stream().map(r -> new Pr(r.group().value(), r.reviewedOn().toString(), code(r.outcome()),
                r.comments().orElse(null))).toList())).toList(),
        s.schedule().stream().map(i -> new S(i.unit().value(), code(i.kind()),
            new W(i.window().start().toString(), i.window().end().toString()), i.title(),
            i.measure().map(Mirror::code).orElse(null))).toList(),
        s.guidanceGroups().stream().map(g -> new G(g.id().value(), g.name(), code(g.level()), codes(g.roles()),
            ids(g.members()))).toList(),
        s.guidanceAssignments().stream().map(a -> new Ga(a.group().value(), a.unit().value())).toList(),
        s.fiveMustRecords().stream().map(f -> new F(f.group().value(), f.unit().value(), code(f.must()),
            f.date().toString(), f.note().orElse(null))).toList(),
        s.activities().stream().map(a -> new A(a.id().value(), code(a.kind()), a.unit().value(), a.date().toString(),
            a.topic(), a.place().orElse(null), id(a.leader()), a.attendance())).toList(),
        s.problems().stream().map(p -> new P(p.id().value(), code(p.source()),
            new Ow(p.owner().unit().value(), id(p.owner().leader())), code(p.aspect()), p.category().orElse(null),
            code(p.severity()), p.rootCause().orElse(null), p.major(), p.description(), p.discoveredOn().toString(),
            p.sourceReference().orElse(null),
            p.closure().map(x -> new Cl(x.date().toString(), x.reason())).orElse(null))).toList(),
        s.problemLists().stream().map(p -> new Pls(p.id().value(),
            new Ow(p.owner().unit().value(), id(p.owner().leader())), p.compiledOn().toString(), ids(p.problems()),
            p.title().orElse(null))).toList(),
        s.rectifications().stream().map(Mirror::r).toList(),
        s.specialRectifications().stream().map(p -> new Sp(p.id().value(), p.area(), p.title(), p.objectives(),
            ids(p.problems()), p.measures(), ids(p.responsibleDepartments()), str(p.deadline()), id(p.leadLeader()),
            id(p.leadUnit()), ids(p.participatingUnits()), codes(p.mechanisms()))).toList());
  }

  private static R r(RectificationItem i) {
    return new R(i.id().value(), ids(i.problems()), id(i.specialRectification()), i.title(), i.measures(),
        i.responsibleUnit().value(), ids(i.participatingUnits()), id(i.leadLeader()), code(i.kind()),
        i.createdOn().toString(),
        i.deadline().map(d -> new D(d.original().toString(), d.extensions().stream().map(x -> new X(
            x.newDeadline().toString(), x.grantedOn().toString(), x.reason(), x.approver().orElse(null))).toList()))
            .orElse(null),
        i.milestones().stream().map(m -> new Ms(m.dueOn().toString(), m.description(), str(m.reachedOn()))).toList(),
        code(i.status()),
        i.history().stream().map(h -> new Sc(code(h.from()), code(h.to()), h.at().toString(), code(h.role()),
            h.actor().orElse(null), h.note().orElse(null))).toList(),
        i.progress().orElse(null),
        i.evidence().stream().map(e -> new E(e.description(), e.reference().orElse(null), e.addedOn().toString())).toList(),
        str(i.completedOn()),
        i.signOff().map(o -> new So(o.date().toString(), o.verifiedBy(), o.note().orElse(null))).orElse(null));
  }

  private static B b(Batch b) {
    return new B(b.id().value(), b.number(), l(b.name()), new W(b.window().start().toString(), b.window().end().toString()),
        str(b.earlyStart()));
  }

  private static L l(Label l) {
    return new L(l.english(), l.simplified(), l.traditional());
  }

  private static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<String> codes(java.util.Collection<? extends Enum<?>> es) {
    return es.stream().map(Mirror::code).toList();
  }

  private static String id(Optional<? extends Identifier> id) {
    return id.map(Identifier::value).orElse(null);
  }

  private static List<String> ids(java.util.Collection<? extends Identifier> ids) {
    return ids.stream().map(Identifier::value).toList();
  }

  private static String str(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }
}
