package io.github.chuxin.report.rollup;

import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roll-up's figures recomputed the slow, obvious way: for one unit, scan every organisation,
 * problem and item and keep those in its subtree; the date rules written out from their
 * definitions rather than taken from the time package.
 */
final class NaiveRollup {

  private NaiveRollup() {}

  /** Whether an organisation is temporary or lies below a temporary one, by walking up its ancestors. */
  static boolean inTemporary(OrgTree tree, Organisation org) {
    if (org.kind() == OrgKind.TEMPORARY) {
      return true;
    }
    return tree.ancestors(org.id()).stream().anyMatch(a -> a.kind() == OrgKind.TEMPORARY);
  }

  static RollupFigures figures(CampaignSnapshot snapshot, LocalDate asOf, int horizon, int root) {
    OrgTree tree = snapshot.tree();
    int[] values = new int[Figure.COUNT];
    int units = 0;
    long members = 0;
    for (int v = 0; v < tree.size(); v++) {
      if (!tree.shape().isInSubtree(root, v)) {
        continue;
      }
      Organisation org = tree.organisationAt(v);
      if (inTemporary(tree, org)) {
        values[Figure.TEMPORARY_ORGANISATIONS.ordinal()]++;
        continue;
      }
      units++;
      members += org.members().full() + org.members().probationary();
      if (org.kind().isPartyOrganisation()) {
        values[Figure.PARTY_ORGANISATIONS.ordinal()]++;
      }
    }
    Set<ProblemId> answered = new HashSet<>();
    for (RectificationItem item : snapshot.rectifications()) {
      answered.addAll(item.problems());
    }
    for (Problem problem : snapshot.problems()) {
      int v = tree.indexOf(problem.owner().unit());
      if (v < 0 || !tree.shape().isInSubtree(root, v)) {
        continue;
      }
      values[Figure.of(problem.source()).ordinal()]++;
      if (problem.closure().isEmpty()) {
        values[(answered.contains(problem.id()) ? Figure.PROBLEMS_ANSWERED : Figure.PROBLEMS_OPEN).ordinal()]++;
      }
    }
    for (RectificationItem item : snapshot.rectifications()) {
      int v = tree.indexOf(item.responsibleUnit());
      if (v < 0 || !tree.shape().isInSubtree(root, v)) {
        continue;
      }
      values[Figure.of(item.status()).ordinal()]++;
      if (item.kind() == RectificationKind.IMMEDIATE) {
        values[Figure.ITEMS_IMMEDIATE.ordinal()]++;
      } else if (item.kind() == RectificationKind.TIME_BOUND) {
        values[Figure.ITEMS_TIME_BOUND.ordinal()]++;
      }
      boolean done = item.status().isDone();
      Optional<LocalDate> deadline = item.deadline().map(NaiveRollup::lastDay);
      if (!done && deadline.isPresent() && deadline.get().isBefore(asOf)) {
        values[Figure.ITEMS_OVERDUE.ordinal()]++;
      }
      if (!done && deadline.isPresent() && !deadline.get().isBefore(asOf)
          && !deadline.get().isAfter(asOf.plusDays(horizon))) {
        values[Figure.ITEMS_DUE_SOON.ordinal()]++;
      }
      if (done && deadline.isPresent()) {
        values[Figure.ITEMS_DONE_WITH_DEADLINE.ordinal()]++;
        if (item.completedOn().isEmpty() || !item.completedOn().get().isAfter(deadline.get())) {
          values[Figure.ITEMS_DONE_ON_TIME.ordinal()]++;
        }
      }
    }
    return new RollupFigures(units, members, values);
  }

  private static LocalDate lastDay(Deadline deadline) {
    return deadline.extensions().isEmpty() ? deadline.original()
        : deadline.extensions().get(deadline.extensions().size() - 1).newDeadline();
  }
}
