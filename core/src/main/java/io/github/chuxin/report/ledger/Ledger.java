package io.github.chuxin.report.ledger;

import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.time.TimeRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rectification ledger 臺賬 (台账), or data table 整改數據表 (整改数据表): one row per item,
 * filtered by unit subtree, status and deadline, and sorted.
 *
 * <p>Rows resolve unit and leader names from the snapshot. Export them with the CSV and JSON
 * writers of {@code io.github.chuxin.export.LedgerExport}.
 *
 * <pre>{@code
 * List<LedgerRow> rows = Ledger.rows(snapshot, LedgerQuery.builder()
 *     .subtree(OrgId.of("bj-subway")).order(LedgerOrder.DEADLINE).build());
 * }</pre>
 */
public final class Ledger {

  private Ledger() {}

  /**
   * Returns the ledger's rows that a query keeps, in its order.
   *
   * @param snapshot the campaign's data, not null
   * @param query the filter and order, not null
   * @return an unmodifiable list of rows
   * @throws java.util.NoSuchElementException if the query's subtree is not in the tree
   */
  public static List<LedgerRow> rows(CampaignSnapshot snapshot, LedgerQuery query) {
    OrgTree tree = snapshot.tree();
    int root = -1;
    if (query.subtree().isPresent()) {
      root = tree.indexOf(query.subtree().get());
      if (root < 0) {
        throw new java.util.NoSuchElementException("no organisation " + query.subtree().get() + " in the tree");
      }
    }
    Map<ProblemId, String> problems = new HashMap<>();
    for (Problem problem : snapshot.problems()) {
      problems.putIfAbsent(problem.id(), problem.description());
    }
    Map<LeaderId, String> leaders = new HashMap<>();
    for (Leader leader : snapshot.leaders()) {
      leaders.putIfAbsent(leader.id(), leader.name());
    }
    record Kept(LedgerRow row, int position) {}
    List<Kept> kept = new ArrayList<>();
    for (RectificationItem item : snapshot.rectifications()) {
      int node = tree.indexOf(item.responsibleUnit());
      if (root >= 0 && (node < 0 || !tree.shape().isInSubtree(root, node))) {
        continue;
      }
      if (!query.statuses().isEmpty() && !query.statuses().contains(item.status())) {
        continue;
      }
      Optional<LocalDate> deadline = TimeRules.effectiveDeadline(item);
      if (query.deadlineWithin().isPresent()
          && (deadline.isEmpty() || !query.deadlineWithin().get().contains(deadline.get()))) {
        continue;
      }
      kept.add(new Kept(row(item, tree, node, problems, leaders, deadline),
          node < 0 ? Integer.MAX_VALUE : tree.shape().position(node)));
    }
    Comparator<Kept> order = switch (query.order()) {
      case DEADLINE -> Comparator.comparing(k -> k.row().deadline().orElse(LocalDate.MAX));
      case UNIT -> Comparator.comparingInt(Kept::position);
      case STATUS -> Comparator.comparing(k -> k.row().status());
      case INPUT -> (a, b) -> 0;
    };
    kept.sort(order);
    return kept.stream().map(Kept::row).toList();
  }

  /**
   * Returns every row, in the items' input order.
   *
   * @param snapshot the campaign's data, not null
   * @return an unmodifiable list of rows
   */
  public static List<LedgerRow> rows(CampaignSnapshot snapshot) {
    return rows(snapshot, LedgerQuery.all());
  }

  private static LedgerRow row(RectificationItem item, OrgTree tree, int node, Map<ProblemId, String> problems,
      Map<LeaderId, String> leaders, Optional<LocalDate> deadline) {
    List<String> described = new ArrayList<>();
    for (ProblemId id : item.problems()) {
      String description = problems.get(id);
      if (description != null) {
        described.add(description);
      }
    }
    if (described.isEmpty()) {
      described.add(item.title());
    }
    String unitName = node < 0 ? item.responsibleUnit().value() : tree.organisationAt(node).name();
    Optional<String> leader = item.leadLeader().map(id -> leaders.getOrDefault(id, id.value()));
    return new LedgerRow(item.id(), described, item.measures(), item.responsibleUnit(), unitName, leader,
        deadline, item.status(), item.progress(), item.completedOn());
  }
}
