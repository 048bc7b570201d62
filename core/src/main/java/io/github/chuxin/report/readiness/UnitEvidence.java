package io.github.chuxin.report.readiness;

import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.org.OrgId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The records of one unit itself (not its subtree) up to a date 工作記錄 (工作记录), from which
 * report cards and readiness are judged: plans, activities, problem lists, problems, meetings
 * of its leading groups and five-musts records.
 *
 * <p>Immutable. Built by {@link EvidenceIndex#of}.
 *
 * @param unit the unit
 * @param planSubmitted whether it submitted an implementation plan on or before the date
 * @param planApproved whether a plan's latest review on or before the date approved it
 * @param activities the number of activities of each kind held on or before the date
 * @param problemLists the problem lists compiled on or before the date
 * @param problems the problems it owns
 * @param openProblems its problems answered by no item and not closed
 * @param leadingGroupMeetings meetings of its leading groups on or before the date
 * @param fiveMusts the musts recorded for it on or before the date
 */
public record UnitEvidence(
    OrgId unit,
    boolean planSubmitted,
    boolean planApproved,
    Map<ActivityKind, Integer> activities,
    int problemLists,
    int problems,
    int openProblems,
    int leadingGroupMeetings,
    Set<FiveMust> fiveMusts) {

  /**
   * Copies the collections.
   *
   * @param unit the unit
   * @param planSubmitted whether it submitted an implementation plan on or before the date
   * @param planApproved whether a plan's latest review on or before the date approved it
   * @param activities the number of activities of each kind held on or before the date
   * @param problemLists the problem lists compiled on or before the date
   * @param problems the problems it owns
   * @param openProblems its problems answered by no item and not closed
   * @param leadingGroupMeetings meetings of its leading groups on or before the date
   * @param fiveMusts the musts recorded for it on or before the date
   */
  public UnitEvidence {
    Objects.requireNonNull(unit, "unit");
    EnumMap<ActivityKind, Integer> counts = new EnumMap<>(ActivityKind.class);
    for (ActivityKind kind : ActivityKind.values()) {
      counts.put(kind, activities.getOrDefault(kind, 0));
    }
    activities = java.util.Collections.unmodifiableMap(counts);
    fiveMusts = fiveMusts.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(fiveMusts));
  }

  /**
   * Returns the evidence of a unit with no records.
   *
   * @param unit the unit, not null
   * @return the empty evidence
   */
  public static UnitEvidence none(OrgId unit) {
    return new UnitEvidence(unit, false, false, Map.of(), 0, 0, 0, 0, Set.of());
  }

  /**
   * Returns the number of activities of some kinds.
   *
   * @param kinds the kinds
   * @return the sum of their counts
   */
  public int activities(ActivityKind... kinds) {
    int total = 0;
    for (ActivityKind kind : kinds) {
      total += activities.get(kind);
    }
    return total;
  }
}
