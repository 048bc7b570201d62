package io.github.chuxin.validation;

import static io.github.chuxin.validation.SnapshotEdits.batchOfUnits;
import static io.github.chuxin.validation.SnapshotEdits.dayBetween;
import static io.github.chuxin.validation.SnapshotEdits.pick;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.catalogue.CatalogueEntry;
import io.github.chuxin.catalogue.CatalogueProvider;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.Milestone;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.RectificationWorkflow;
import io.github.chuxin.rectification.SignOff;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Valid elements that fit a campaign, for the breakages that need an element the campaign lacks
 * (a problem, a rectification item of some kind or status, a special rectification). Each is owned
 * by a unit that has a batch and dated inside that batch, so that it adds no violation of its own.
 */
final class ValidParts {

  private static final RectificationWorkflow WORKFLOW = RectificationWorkflow.standard();
  /** The statuses an item passes on its way to sign-off, after PLANNED. */
  private static final List<RectificationStatus> FORWARD = List.of(RectificationStatus.IN_PROGRESS,
      RectificationStatus.SUBMITTED, RectificationStatus.COMPLETED, RectificationStatus.SIGNED_OFF);

  private ValidParts() {}

  /** The units that have a batch, each with its batch, in id order. */
  static List<Map.Entry<OrgId, Batch>> unitsWithBatch(CampaignSnapshot c) {
    List<Map.Entry<OrgId, Batch>> units = new ArrayList<>(batchOfUnits(c).entrySet());
    if (units.isEmpty()) {
      throw new IllegalStateException("no unit of campaign " + c.campaign().id() + " has a batch");
    }
    units.sort(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())));
    return units;
  }

  /** A unit with a batch, drawn at random, and its batch. */
  private static Map.Entry<OrgId, Batch> unitWithBatch(CampaignSnapshot c, RandomGenerator r) {
    return pick(r, unitsWithBatch(c));
  }

  private static String fresh(String kind, RandomGenerator r) {
    return kind + "-extra-" + Long.toHexString(r.nextLong());
  }

  /** The campaign with one more problem, closed with a reason so that it needs no rectification item. */
  static CampaignSnapshot withNewProblem(CampaignSnapshot c, RandomGenerator r) {
    Map.Entry<OrgId, Batch> unit = unitWithBatch(c, r);
    Batch batch = unit.getValue();
    LocalDate found = dayBetween(r, batch.firstActiveDay(), batch.window().end());
    Problem p = Problem.builder().id(ProblemId.of(fresh("problem", r))).source(pick(r, ProblemSource.values()))
        .owner(ProblemOwner.unit(unit.getKey())).description("群眾反映的問題（" + unit.getKey() + "）")
        .discoveredOn(found).closure(new ProblemClosure(found, "經核查已整改到位")).build();
    return ImmutableCampaignSnapshot.copyOf(c).withProblems(SnapshotEdits.with(c.problems(), p, r));
  }

  /**
   * A rectification item of a unit with a batch, answering no problem, of a random kind, moved
   * along the standard workflow towards sign-off to a random status, with the deadline, milestones,
   * evidence, completion day and sign-off record its kind and status need.
   */
  static RectificationItem item(CampaignSnapshot c, List<Map.Entry<OrgId, Batch>> unitsWithBatch,
      RandomGenerator r) {
    Map.Entry<OrgId, Batch> unit = pick(r, unitsWithBatch);
    LocalDate end = unit.getValue().window().end();
    LocalDate created = dayBetween(r, unit.getValue().window().start(), end);
    RectificationKind kind = pick(r, RectificationKind.values());
    ImmutableRectificationItem.Builder b = RectificationItem.builder().id(RectificationId.of(fresh("rect", r)))
        .title("整改：落實整改責任").addMeasures("建立問題臺賬，逐項銷號").responsibleUnit(unit.getKey())
        .kind(kind).createdOn(created);
    LocalDate doneBy = end;
    if (kind == RectificationKind.LONG_TERM) {
      b.addMilestones(Milestone.builder().dueOn(created.plusDays(30 + r.nextInt(60))).description("第一階段").build());
    } else {
      doneBy = dayBetween(r, created, end);
      b.deadline(Deadline.of(doneBy));
    }
    List<RectificationStatus> path = FORWARD.subList(0, r.nextInt(FORWARD.size() + 1));
    LocalDate[] days = new LocalDate[path.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = dayBetween(r, created, doneBy);
    }
    Arrays.sort(days);
    RectificationStatus from = RectificationStatus.PLANNED;
    for (int i = 0; i < days.length; i++) {
      RectificationStatus to = path.get(i) == RectificationStatus.COMPLETED && kind == RectificationKind.LONG_TERM
          ? RectificationStatus.STAGE_COMPLETED : path.get(i);
      b.addHistory(StatusChange.builder().from(from).to(to).role(allowedRole(from, to))
          .at(days[i].atTime(LocalTime.of(9, i)).atZone(c.campaign().zone()).toInstant()).build());
      if (to == RectificationStatus.COMPLETED || to == RectificationStatus.STAGE_COMPLETED) {
        b.completedOn(days[i]).addEvidence(Evidence.builder().description("整改報告及佐證材料")
            .addedOn(days[i]).build());
      } else if (to == RectificationStatus.SIGNED_OFF) {
        b.signOff(SignOff.builder().date(days[i]).verifiedBy("指導組").build());
      }
      from = to;
    }
    return b.status(from).build();
  }

  private static ActorRole allowedRole(RectificationStatus from, RectificationStatus to) {
    for (ActorRole role : ActorRole.values()) {
      if (WORKFLOW.mayMake(role, from, to)) {
        return role;
      }
    }
    throw new IllegalStateException("the standard workflow has no role for " + from + " -> " + to);
  }

  /** A special rectification with all five elements, a lead unit and a lead leader (if the campaign has leaders), over one problem, due on {@code deadline}. */
  static SpecialRectification special(CampaignSnapshot c, RandomGenerator r, Problem over, LocalDate deadline) {
    CatalogueEntry area = pick(r, CatalogueProvider.defaults().specialRectificationAreas().entries());
    OrgId unit = over.owner().unit();
    // a lead leader of the campaign's leaders; with none, no lead leader (a warning, not an unknown leader)
    Optional<LeaderId> leader = c.leaders().isEmpty() ? Optional.empty() : Optional.of(pick(r, c.leaders()).id());
    return SpecialRectification.builder().id(SpecialRectificationId.of(fresh("special", r))).area(area.code())
        .title(area.label().traditional() + "專項整治").addObjectives("解決" + area.label().traditional())
        .addProblems(over.id()).addMeasures("制定專項方案，明確責任分工").addResponsibleDepartments(unit)
        .deadline(deadline).leadUnit(unit).leadLeader(leader).build();
  }
}
