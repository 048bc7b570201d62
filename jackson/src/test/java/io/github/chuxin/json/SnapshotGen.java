package io.github.chuxin.json;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.campaign.Objective;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.guidance.GuidanceRole;
import io.github.chuxin.i18n.Label;
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
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.special.DrivingMechanism;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A small generator of valid campaign snapshots for the JSON tests (core cannot use the testkit). Texts mix
 * ASCII, Chinese, quotes, backslashes, control characters and characters outside the BMP; optional fields are
 * present about half the time.
 */
final class SnapshotGen {

  private static final int[] ALPHABET = ("aZ09 -_.,\"\\/'<>&{}[]:\n\t\u0001\u007f\u00e9\u00a0初心使命黨\u3000"
      + new String(Character.toChars(0x1F600)) + new String(Character.toChars(0x20000))).codePoints().toArray();
  private static final ZoneId[] ZONES = {ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("+08:00"),
      ZoneId.of("America/Los_Angeles")};

  private final RandomnessSource in;

  private SnapshotGen(RandomnessSource in) {
    this.in = in;
  }

  static Gen<CampaignSnapshot> snapshots() {
    return in -> new SnapshotGen(in).snapshot();
  }

  int between(int min, int max) {
    return integers().between(min, max).generate(in);
  }

  boolean chance() {
    return between(0, 1) == 1;
  }

  <T> Optional<T> maybe(Supplier<T> value) {
    return chance() ? Optional.of(value.get()) : Optional.empty();
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[between(0, values.length - 1)];
  }

  <E extends Enum<E>> EnumSet<E> some(Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E value : type.getEnumConstants()) {
      if (chance()) {
        set.add(value);
      }
    }
    return set;
  }

  <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }

  <T> List<T> list(int max, IntFunction<T> element) {
    int n = between(0, max);
    List<T> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(element.apply(i));
    }
    return result;
  }

  /** Any text, possibly empty or blank. */
  String text() {
    StringBuilder b = new StringBuilder();
    int n = between(0, 12);
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(ALPHABET[between(0, ALPHABET.length - 1)]);
    }
    return b.toString();
  }

  /** A text with at least one letter. */
  String word() {
    return "w" + text();
  }

  String id(String prefix, int i) {
    return prefix + "-" + i + (chance() ? "" : " 初心/" + between(0, 999));
  }

  LocalDate date() {
    return chance() ? LocalDate.of(2019, 1, 1).plusDays(between(0, 800))
        : LocalDate.ofEpochDay(between(-800_000, 3_000_000));
  }

  Instant instant() {
    return Instant.ofEpochSecond(between(0, Integer.MAX_VALUE), chance() ? 0 : between(0, 999_999_999));
  }

  Label label() {
    return Label.of(word(), word(), word());
  }

  DateWindow window(int maxDays) {
    LocalDate start = date();
    return DateWindow.ofClosed(start, start.plusDays(between(0, maxDays - 1)));
  }

  OrgId org(int orgs) {
    return OrgId.of("o-" + between(0, Math.max(orgs - 1, 0)));
  }

  CampaignSnapshot snapshot() {
    int orgs = between(1, 8);
    List<OrgId> units = new ArrayList<>();
    for (int i = 0; i < orgs; i++) {
      units.add(OrgId.of("o-" + i));
    }
    List<LeaderId> leaders = list(4, i -> LeaderId.of(id("l", i)));
    Supplier<LeaderId> leader = () -> leaders.isEmpty() ? LeaderId.of("nobody") : pick(leaders);
    List<ProblemId> problemIds = list(3, i -> ProblemId.of(id("p", i)));

    var campaign = Campaign.builder().id(CampaignId.of(id("c", 0)));
    List<Batch> batches = list(3, i -> Batch.builder().id(BatchId.of("b" + i)).number(i + 1)
        .window(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 1).plusDays(between(0, 90))))
        .earlyStart(maybe(() -> LocalDate.of(2019, 5, 1).plusDays(between(0, 30)))).build());
    batches = batches.stream().map(b -> chance() ? Batch.builder().from(b).name(label()).build() : b).toList();
    campaign.batches(batches);
    if (!batches.isEmpty()) {
      List<Batch> all = batches;
      campaign.assignments(list(3, i -> BatchAssignment.of(pick(units), pick(all).id())));
    }
    campaign.summaryMeeting(maybe(this::date));
    if (chance()) {
      campaign.theme(label()).objectives(some(Objective.class)).keyMeasures(some(KeyMeasure.class))
          .dimensions(some(InPlaceDimension.class)).zone(ZONES[between(0, ZONES.length - 1)]);
    }

    return CampaignSnapshot.builder()
        .campaign(campaign.build())
        .organisations(list(orgs - 1, i -> organisation(units, i)))
        .leaders(leaders.stream().map(id -> Leader.builder().id(id).name(word()).title(maybe(this::text))
            .unit(pick(units)).build()).toList())
        .leadershipBodies(list(2, i -> LeadershipBody.builder().id(LeadershipBodyId.of(id("lb", i)))
            .kind(pick(LeadershipBodyKind.class)).unit(pick(units)).members(list(2, j -> leader.get())).build()))
        .meetings(list(3, i -> Meeting.builder().body(LeadershipBodyId.of(id("lb", i))).kind(pick(MeetingKind.class))
            .date(date()).topic(maybe(this::text)).build()))
        .plans(list(2, i -> {
          LocalDate submitted = date();
          return ImplementationPlan.builder().id(PlanId.of(id("plan", i))).unit(pick(units)).title(text())
              .submittedOn(submitted).reviews(list(2, j -> PlanReview.builder().group(GuidanceGroupId.of("g"))
                  .reviewedOn(submitted.plusDays(between(0, 30))).outcome(pick(PlanReview.Outcome.class))
                  .comments(maybe(this::text)).build())).build();
        }))
        .schedule(list(3, i -> {
          ScheduleItem.Kind kind = pick(ScheduleItem.Kind.class);
          return ScheduleItem.builder().unit(pick(units)).kind(kind)
              .window(window(kind == ScheduleItem.Kind.MONTHLY_FOCUS ? 31 : 7)).title(word())
              .measure(maybe(() -> pick(KeyMeasure.class))).build();
        }))
        .guidanceGroups(list(2, i -> {
          var g = GuidanceGroup.builder().id(GuidanceGroupId.of(id("g", i))).name(word())
              .level(pick(GuidanceLevel.class)).members(list(3, j -> leader.get()));
          if (chance()) {
            g.roles(some(GuidanceRole.class));
          }
          return g.build();
        }))
        .guidanceAssignments(list(3, i -> GuidanceAssignment.of(GuidanceGroupId.of("g-" + i), pick(units))))
        .fiveMustRecords(list(3, i -> {
          FiveMust must = pick(FiveMust.class);
          var m = FiveMustRecord.builder().group(GuidanceGroupId.of("g-" + i))
              .unit(pick(units)).must(must).date(date()).note(maybe(this::text));
          if (must == FiveMust.TALK_WITH_LEADERS) {
            m.talkedWith(list(3, j -> leader.get()));
          }
          return m.build();
        }))
        .activities(list(3, i -> {
          var a = Activity.builder().id(ActivityId.of(id("a", i))).kind(pick(ActivityKind.class)).unit(pick(units))
              .date(date()).topic(word()).place(maybe(this::text)).leader(maybe(leader));
          if (chance()) {
            a.attendance(between(0, Integer.MAX_VALUE));
          }
          return a.build();
        }))
        .problems(problemIds.stream().map(this::problem).toList())
        .problemLists(list(2, i -> ProblemList.builder().id(ProblemListId.of(id("pl", i))).owner(owner(units))
            .compiledOn(date()).problems(problemIds).title(maybe(this::text)).build()))
        .rectifications(list(4, i -> rectification(i, units, problemIds, leader)))
        .specialRectifications(list(2, i -> {
          var s = SpecialRectification.builder().id(SpecialRectificationId.of(id("sr", i))).area(text())
              .title(text()).objectives(list(2, j -> text())).problems(problemIds).measures(list(2, j -> text()))
              .responsibleDepartments(list(2, j -> pick(units))).deadline(maybe(this::date))
              .leadLeader(maybe(leader)).overallLeaders(list(2, j -> leader.get())).leadUnit(maybe(() -> pick(units)))
              .participatingUnits(list(2, j -> pick(units)));
          if (chance()) {
            s.mechanisms(some(DrivingMechanism.class));
          }
          return s.build();
        }))
        .build();
  }

  Organisation organisation(List<OrgId> units, int i) {
    OrgKind kind = pick(OrgKind.class);
    var o = Organisation.builder().id(units.get(i + 1)).parentId(units.get(between(0, i))).kind(kind).name(word())
        .declaredSubtreeMembers(maybe(() -> between(0, 1_000_000)));
    if (chance()) {
      o.members(MemberCount.of(between(0, 500), between(0, 50)));
    }
    if (kind == OrgKind.TEMPORARY) {
      LocalDate from = date();
      o.activeFrom(maybe(() -> from)).activeUntil(maybe(() -> from.plusDays(between(0, 100))))
          .homeOrganisations(list(2, j -> pick(units)));
    }
    if (kind == OrgKind.JOINT_BRANCH) {
      o.coveredUnits(list(7, j -> word()));
    }
    if (kind == OrgKind.BRANCH || kind == OrgKind.JOINT_BRANCH) {
      o.committeeSize(maybe(() -> between(0, 9)));
    }
    return o.build();
  }

  ProblemOwner owner(List<OrgId> units) {
    return new ProblemOwner(pick(units), maybe(() -> LeaderId.of(id("l", 0))));
  }

  Problem problem(ProblemId id) {
    LocalDate found = date();
    var p = Problem.builder().id(id).source(pick(ProblemSource.class)).owner(new ProblemOwner(OrgId.of("o-0"),
            maybe(() -> LeaderId.of("l-0")))).category(maybe(this::text)).rootCause(maybe(this::text))
        .description(text()).discoveredOn(found).sourceReference(maybe(this::text))
        .closure(maybe(() -> new ProblemClosure(found.plusDays(between(0, 100)), text())));
    if (chance()) {
      p.aspect(pick(OwnerAspect.class)).severity(pick(ProblemSeverity.class)).major(chance());
    }
    return p.build();
  }

  RectificationItem rectification(int i, List<OrgId> units, List<ProblemId> problems, Supplier<LeaderId> leader) {
    RectificationKind kind = pick(RectificationKind.class);
    LocalDate created = date();
    Optional<Deadline> deadline = kind == RectificationKind.TIME_BOUND ? Optional.of(deadline(created))
        : maybe(() -> deadline(created));
    List<StatusChange> history = new ArrayList<>();
    RectificationStatus status = RectificationStatus.PLANNED;
    int changes = between(0, 4);
    for (int k = 0; k < changes; k++) {
      RectificationStatus next = pick(RectificationStatus.class);
      history.add(StatusChange.builder().from(status).to(next).at(instant()).role(pick(ActorRole.class))
          .actor(maybe(this::text)).note(maybe(this::text)).build());
      status = next;
    }
    var r = RectificationItem.builder().id(RectificationId.of(id("r", i))).problems(problems)
        .linkedItems(list(2, j -> RectificationId.of(id("r", j))))
        .specialRectification(maybe(() -> SpecialRectificationId.of("sr-0"))).title(text())
        .measures(list(3, j -> text())).responsibleUnit(pick(units)).participatingUnits(list(2, j -> pick(units)))
        .leadLeader(maybe(leader)).kind(kind).createdOn(created).deadline(deadline)
        .milestones(list(2, j -> Milestone.builder().dueOn(date()).description(text()).reachedOn(maybe(this::date))
            .build()))
        .history(history).progress(maybe(this::text))
        .evidence(list(2, j -> Evidence.builder().description(word()).reference(maybe(this::text)).addedOn(date())
            .build()))
        .completedOn(maybe(this::date))
        .signOff(maybe(() -> SignOff.builder().date(date()).verifiedBy(word()).note(maybe(this::text)).build()));
    if (!history.isEmpty() || chance()) {
      r.status(status);
    }
    return r.build();
  }

  Deadline deadline(LocalDate created) {
    LocalDate original = created.plusDays(between(0, 200));
    List<Extension> extensions = new ArrayList<>();
    LocalDate current = original;
    int n = between(0, 3);
    for (int k = 0; k < n; k++) {
      current = current.plusDays(between(1, 60));
      extensions.add(Extension.builder().newDeadline(current).grantedOn(date()).reason(text())
          .approver(maybe(this::text)).build());
    }
    return Deadline.builder().original(original).extensions(extensions).build();
  }
}
