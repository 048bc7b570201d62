package io.github.chuxin.campaign;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.TreeIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The batch of every unit of a tree 批次 (批次): a unit's own assignment, or else its nearest
 * assigned ancestor's, as descendants inherit their unit's batch.
 *
 * <p>Immutable and thread-safe; built in O(n) over the tree's pre-order, looked up in O(1).
 * Where a unit is assigned more than once, the first assignment counts here (validation reports
 * the rest).
 */
public final class BatchPlan {

  private final OrgTree tree;
  private final Batch[] byNode;

  private BatchPlan(OrgTree tree, Batch[] byNode) {
    this.tree = tree;
    this.byNode = byNode;
  }

  /**
   * Resolves the batch of every unit of a tree.
   *
   * @param campaign the campaign, with its batches and assignments, not null
   * @param tree the tree, not null
   * @return the plan
   */
  public static BatchPlan of(Campaign campaign, OrgTree tree) {
    Map<BatchId, Batch> batches = new HashMap<>();
    campaign.batches().forEach(b -> batches.put(b.id(), b));
    Batch[] own = new Batch[tree.size()];
    for (BatchAssignment assignment : campaign.assignments()) {
      int node = tree.indexOf(assignment.unit());
      Batch batch = batches.get(assignment.batch());
      if (node >= 0 && batch != null && own[node] == null) {
        own[node] = batch;
      }
    }
    TreeIndex shape = tree.shape();
    Batch[] resolved = new Batch[tree.size()];
    for (int k = 0; k < shape.size(); k++) {
      int v = shape.nodeAt(k);
      int p = shape.parent(v);
      resolved[v] = own[v] != null ? own[v] : p == TreeIndex.NO_PARENT ? null : resolved[p];
    }
    return new BatchPlan(tree, resolved);
  }

  /**
   * Returns the batch of a unit.
   *
   * @param unit the unit, not null
   * @return the batch, or empty if neither the unit nor an ancestor is assigned, or the unit is
   *     not in the tree
   */
  public Optional<Batch> batchOf(OrgId unit) {
    int node = tree.indexOf(unit);
    return node < 0 ? Optional.empty() : Optional.ofNullable(byNode[node]);
  }

  /**
   * Returns the batch of the unit with an index of the tree.
   *
   * @param node the index
   * @return the batch, or empty
   */
  public Optional<Batch> batchAt(int node) {
    return Optional.ofNullable(byNode[node]);
  }
}
