package io.github.chuxin.report.readiness;

import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Batch readiness 收尾檢查 (收尾检查): what a unit, or each unit of a batch, still lacks before
 * the batch can close, as a list of {@link Requirement}s.
 *
 * <p>Each requirement is judged on the unit's own {@link UnitEvidence}:
 * <ul>
 *   <li>{@code PLAN_REVIEWED}: a plan's latest review on or before the date approved it;</li>
 *   <li>{@code STUDY_HELD}: at least one concentrated study, seminar or central-group study;</li>
 *   <li>{@code PARTY_LECTURE_GIVEN}: at least one party lecture;</li>
 *   <li>{@code RESEARCH_DONE}: at least one research visit;</li>
 *   <li>{@code PROBLEM_LIST_MADE}: at least one problem list compiled;</li>
 *   <li>{@code SPECIAL_MEETING_HELD}: at least one special meeting;</li>
 *   <li>{@code RECTIFICATION_ITEMS_ANSWERED}: none of its problems is open (each is answered by
 *       an item or closed).</li>
 * </ul>
 * The five musts 五個必 (五个必) are not among them: they are the guidance group's working practice
 * (seed ¶5), not a condition on the unit, and validation warns the group about a missing one
 * ({@code GUIDANCE-FIVE-MUSTS-INCOMPLETE}); {@link UnitEvidence#fiveMusts()} still shows which
 * were recorded.
 * The units of a batch are those its assignments name (the units that answer for it, such as
 * the 170 units of Beijing's first batch), not every organisation below them.
 */
public final class Readiness {

  private Readiness() {}

  /**
   * Returns what a unit lacks, judged on its evidence.
   *
   * @param evidence the unit's evidence, not null
   * @return the unit's readiness
   */
  public static UnitReadiness of(UnitEvidence evidence) {
    List<Requirement> missing = new ArrayList<>();
    if (!evidence.planApproved()) {
      missing.add(Requirement.PLAN_REVIEWED);
    }
    if (evidence.activities(ActivityKind.STUDY, ActivityKind.SEMINAR, ActivityKind.CENTRAL_GROUP_STUDY) == 0) {
      missing.add(Requirement.STUDY_HELD);
    }
    if (evidence.activities(ActivityKind.PARTY_LECTURE) == 0) {
      missing.add(Requirement.PARTY_LECTURE_GIVEN);
    }
    if (evidence.activities(ActivityKind.RESEARCH_VISIT) == 0) {
      missing.add(Requirement.RESEARCH_DONE);
    }
    if (evidence.problemLists() == 0) {
      missing.add(Requirement.PROBLEM_LIST_MADE);
    }
    if (evidence.activities(ActivityKind.SPECIAL_MEETING) == 0) {
      missing.add(Requirement.SPECIAL_MEETING_HELD);
    }
    if (evidence.openProblems() > 0) {
      missing.add(Requirement.RECTIFICATION_ITEMS_ANSWERED);
    }
    return new UnitReadiness(evidence.unit(), missing);
  }

  /**
   * Returns what a unit lacks on a date.
   *
   * @param snapshot the campaign's data, not null
   * @param unit the unit, not null
   * @param asOf the date, not null
   * @return the unit's readiness
   */
  public static UnitReadiness of(CampaignSnapshot snapshot, OrgId unit, LocalDate asOf) {
    return of(EvidenceIndex.of(snapshot, asOf).of(unit));
  }

  /**
   * Returns what each unit assigned to a batch lacks on a date.
   *
   * @param snapshot the campaign's data, not null
   * @param batch the batch, not null
   * @param asOf the date, not null
   * @return the batch's readiness
   */
  public static BatchReadiness ofBatch(CampaignSnapshot snapshot, BatchId batch, LocalDate asOf) {
    return ofBatch(snapshot, batch, EvidenceIndex.of(snapshot, asOf));
  }

  /**
   * Returns what each unit assigned to a batch lacks, judged on gathered evidence.
   *
   * @param snapshot the campaign's data, not null
   * @param batch the batch, not null
   * @param evidence the evidence, not null
   * @return the batch's readiness
   */
  public static BatchReadiness ofBatch(CampaignSnapshot snapshot, BatchId batch, EvidenceIndex evidence) {
    List<UnitReadiness> units = new ArrayList<>();
    for (OrgId unit : unitsOf(snapshot, batch)) {
      units.add(of(evidence.of(unit)));
    }
    return new BatchReadiness(batch, units);
  }

  /**
   * Returns the units assigned to a batch, whatever their readiness.
   *
   * @param snapshot the campaign's data, not null
   * @param batch the batch, not null
   * @return the units, in assignment order
   */
  public static Set<OrgId> unitsOf(CampaignSnapshot snapshot, BatchId batch) {
    Set<OrgId> units = new LinkedHashSet<>();
    for (BatchAssignment assignment : snapshot.campaign().assignments()) {
      if (assignment.batch().equals(batch)) {
        units.add(assignment.unit());
      }
    }
    return units;
  }
}
