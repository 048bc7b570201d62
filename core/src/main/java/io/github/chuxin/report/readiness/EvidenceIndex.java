package io.github.chuxin.report.readiness;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.leadership.PlanReview;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@link UnitEvidence} of every unit of a campaign on a date 工作記錄索引 (工作记录索引),
 * gathered in one pass over the records.
 *
 * <p>Immutable once built. Records dated after the date are ignored; problems and items count
 * whatever their dates (a problem is open if no item lists it and it has no closure).
 */
public final class EvidenceIndex {

  private final Map<OrgId, UnitEvidence> byUnit;
  private final LocalDate asOf;

  private EvidenceIndex(Map<OrgId, UnitEvidence> byUnit, LocalDate asOf) {
    this.byUnit = byUnit;
    this.asOf = asOf;
  }

  /**
   * Gathers the evidence of every unit on a date.
   *
   * @param snapshot the campaign's data, not null
   * @param asOf the date, not null
   * @return the evidence
   */
  public static EvidenceIndex of(CampaignSnapshot snapshot, LocalDate asOf) {
    Map<OrgId, Acc> acc = new HashMap<>();
    for (ImplementationPlan plan : snapshot.plans()) {
      if (plan.submittedOn().isAfter(asOf)) {
        continue;
      }
      Acc a = acc.computeIfAbsent(plan.unit(), u -> new Acc());
      a.planSubmitted = true;
      PlanReview latest = null;
      for (PlanReview review : plan.reviews()) {
        if (!review.reviewedOn().isAfter(asOf)) {
          latest = review;
        }
      }
      if (latest != null && latest.outcome() == PlanReview.Outcome.APPROVED) {
        a.planApproved = true;
      }
    }
    for (Activity activity : snapshot.activities()) {
      if (!activity.date().isAfter(asOf)) {
        acc.computeIfAbsent(activity.unit(), u -> new Acc()).activities.merge(activity.kind(), 1, Integer::sum);
      }
    }
    for (ProblemList list : snapshot.problemLists()) {
      if (!list.compiledOn().isAfter(asOf)) {
        acc.computeIfAbsent(list.owner().unit(), u -> new Acc()).problemLists++;
      }
    }
    Set<ProblemId> answered = new HashSet<>();
    for (RectificationItem item : snapshot.rectifications()) {
      answered.addAll(item.problems());
    }
    for (Problem problem : snapshot.problems()) {
      Acc a = acc.computeIfAbsent(problem.owner().unit(), u -> new Acc());
      a.problems++;
      if (problem.closure().isEmpty() && !answered.contains(problem.id())) {
        a.openProblems++;
      }
    }
    Map<LeadershipBodyId, OrgId> bodies = new HashMap<>();
    for (LeadershipBody body : snapshot.leadershipBodies()) {
      bodies.putIfAbsent(body.id(), body.unit());
    }
    for (Meeting meeting : snapshot.meetings()) {
      OrgId unit = bodies.get(meeting.body());
      if (unit != null && meeting.kind() == MeetingKind.LEADING_GROUP_MEETING && !meeting.date().isAfter(asOf)) {
        acc.computeIfAbsent(unit, u -> new Acc()).leadingGroupMeetings++;
      }
    }
    for (FiveMustRecord record : snapshot.fiveMustRecords()) {
      if (!record.date().isAfter(asOf)) {
        acc.computeIfAbsent(record.unit(), u -> new Acc()).fiveMusts.add(record.must());
      }
    }
    Map<OrgId, UnitEvidence> byUnit = new HashMap<>(acc.size() * 4 / 3 + 1);
    acc.forEach((unit, a) -> byUnit.put(unit, new UnitEvidence(unit, a.planSubmitted, a.planApproved, a.activities,
        a.problemLists, a.problems, a.openProblems, a.leadingGroupMeetings, a.fiveMusts)));
    return new EvidenceIndex(byUnit, asOf);
  }

  /**
   * Returns the date of the evidence.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns a unit's evidence.
   *
   * @param unit the unit, not null
   * @return its evidence, empty evidence if it has no records
   */
  public UnitEvidence of(OrgId unit) {
    UnitEvidence evidence = byUnit.get(unit);
    return evidence == null ? UnitEvidence.none(unit) : evidence;
  }

  private static final class Acc {
    boolean planSubmitted;
    boolean planApproved;
    final Map<ActivityKind, Integer> activities = new EnumMap<>(ActivityKind.class);
    int problemLists;
    int problems;
    int openProblems;
    int leadingGroupMeetings;
    final Set<FiveMust> fiveMusts = EnumSet.noneOf(FiveMust.class);
  }
}
