package io.github.chuxin.report;

import io.github.chuxin.campaign.CampaignSnapshot;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.time.TimeRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A roll-up 匯總 (汇总) of a campaign's units, members, problems and rectification items over
 * every subtree, on one date, with a horizon of N days for items due soon.
 *
 * <p>Building takes one pass over the items and problems and one over the tree in reverse
 * pre-order (each node adds its totals to its parent's), so O(n + items + problems) time and no
 * recursion. Figures are kept as a struct of arrays: one {@code int[]} per {@link Figure}
 * (23 at most, allocated only when some unit has a non-zero value) and one {@code long[]} of
 * members, indexed by the unit's position in the tree's pre-order (so that a subtree is a
 * contiguous range and the accumulation stays in cache), so at most 100 bytes a unit; each item
 * costs 12 bytes (its node, its packed contribution and a compressed reference; 16 without
 * compressed references) and each problem 12 bytes plus a hash-map entry from its identifier.
 * The first {@link #update} also builds a hash map from item identifier to slot. {@link #update(RectificationItem)} replaces one
 * item and corrects the totals along its unit's ancestors in O(depth + problems it answers).
 *
 * <p>Not thread-safe: updates mutate the roll-up. The figures it hands out
 * ({@link RollupFigures}) are immutable snapshots. Time rules (overdue, completed late,
 * days remaining) come from {@link TimeRules}.
 *
 * <pre>{@code
 * Rollup rollup = Rollup.of(snapshot, LocalDate.of(2019, 9, 1), 7);
 * RollupFigures subway = rollup.figures(OrgId.of("bj-subway"));
 * double completion = subway.completionRate().orElse(0);
 * rollup.update(item.withStatus(RectificationStatus.COMPLETED));  // O(depth)
 * }</pre>
 */
public final class Rollup {

  private static final int KIND_SHIFT = 3;
  private static final int OVERDUE = 1 << 5;
  private static final int DUE_SOON = 1 << 6;
  private static final int DONE_WITH_DEADLINE = 1 << 7;
  private static final int DONE_ON_TIME = 1 << 8;
  private static final int CLOSED = 1 << 3;

  private final OrgTree tree;
  private final TreeIndex shape;
  private final TimeRules rules;
  private final LocalDate asOf;
  private final int horizon;
  private final int[][] columns = new int[Figure.COUNT][];
  private final long[] members;

  private RectificationItem[] items;
  private int[] itemNode;
  private int[] itemCode;
  private int itemCount;
  private Map<RectificationId, Integer> itemIndex;

  private final int[] problemNode;
  private final int[] problemCode;
  private final int[] answerCount;
  private final Map<ProblemId, Integer> problemIndex;

  private Rollup(CampaignSnapshot snapshot, LocalDate asOf, int horizon) {
    this.tree = snapshot.tree();
    this.shape = tree.shape();
    this.rules = TimeRules.of(snapshot.campaign());
    this.asOf = asOf;
    this.horizon = horizon;
    int n = tree.size();
    this.members = new long[n];
    for (int v = 0; v < n; v++) {
      Organisation org = tree.organisationAt(v);
      if (org.kind().countsMembers()) {
        members[shape.position(v)] = org.members().total();
      }
      if (org.kind().isPartyOrganisation()) {
        column(Figure.PARTY_ORGANISATIONS)[shape.position(v)] = 1;
      }
    }
    List<Problem> problems = snapshot.problems();
    int p = problems.size();
    this.problemNode = new int[p];
    this.problemCode = new int[p];
    this.answerCount = new int[p];
    this.problemIndex = new HashMap<>(Math.max(16, p * 4 / 3 + 1));
    for (int i = 0; i < p; i++) {
      Problem problem = problems.get(i);
      problemIndex.putIfAbsent(problem.id(), i);
      problemNode[i] = tree.indexOf(problem.owner().unit());
      problemCode[i] = problem.source().ordinal() | (problem.closure().isPresent() ? CLOSED : 0);
    }
    List<RectificationItem> list = snapshot.rectifications();
    int m = list.size();
    this.items = new RectificationItem[Math.max(4, m)];
    this.itemNode = new int[items.length];
    this.itemCode = new int[items.length];
    for (RectificationItem item : list) {
      int i = itemCount++;
      items[i] = item;
      itemNode[i] = tree.indexOf(item.responsibleUnit());
      itemCode[i] = code(item);
      addItem(itemNode[i], itemCode[i], 1);
      for (ProblemId answered : item.problems()) {
        Integer k = problemIndex.get(answered);
        if (k != null) {
          answerCount[k]++;
        }
      }
    }
    for (int i = 0; i < p; i++) {
      addProblem(problemNode[i], problemCode[i], answerCount[i], 1);
    }
    accumulate();
  }

  /**
   * Rolls up a campaign on a date.
   *
   * @param snapshot the campaign's data, not null
   * @param asOf the date, a day in the campaign's zone, not null
   * @param dueWithinDays the horizon N for items due soon, zero or more
   * @return the roll-up
   * @throws io.github.chuxin.org.InvalidTreeException if the organisations do not form a tree
   */
  public static Rollup of(CampaignSnapshot snapshot, LocalDate asOf, int dueWithinDays) {
    Objects.requireNonNull(asOf, "asOf");
    if (dueWithinDays < 0) {
      throw new IllegalArgumentException("dueWithinDays must not be negative, was " + dueWithinDays);
    }
    return new Rollup(snapshot, asOf, dueWithinDays);
  }

  /**
   * Rolls up a campaign on today's date in the campaign's zone, read from a clock.
   *
   * @param snapshot the campaign's data, not null
   * @param clock the clock, not null
   * @param dueWithinDays the horizon N for items due soon, zero or more
   * @return the roll-up
   */
  public static Rollup of(CampaignSnapshot snapshot, Clock clock, int dueWithinDays) {
    return of(snapshot, TimeRules.today(clock, snapshot.campaign().zone()), dueWithinDays);
  }

  /**
   * Returns the date of the roll-up.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the horizon N of items due soon.
   *
   * @return the days
   */
  public int dueWithinDays() {
    return horizon;
  }

  /**
   * Returns the tree rolled up.
   *
   * @return the tree
   */
  public OrgTree tree() {
    return tree;
  }

  /**
   * Returns the figures of a unit's subtree, the unit included.
   *
   * @param unit the unit, not null
   * @return the figures
   * @throws NoSuchElementException if the unit is not in the tree
   */
  public RollupFigures figures(OrgId unit) {
    return figuresAt(require(unit));
  }

  /**
   * Returns the figures of the subtree of a node of the tree's {@linkplain OrgTree#shape() shape}.
   *
   * @param node the node
   * @return the figures
   */
  public RollupFigures figuresAt(int node) {
    int at = shape.position(node);
    int[] values = new int[Figure.COUNT];
    for (int f = 0; f < values.length; f++) {
      int[] column = columns[f];
      values[f] = column == null ? 0 : column[at];
    }
    return new RollupFigures(shape.subtreeSize(node), members[at], values);
  }

  /**
   * Returns the figures of a unit alone, without its descendants: its subtree's figures minus
   * its children's.
   *
   * @param unit the unit, not null
   * @return the figures
   * @throws NoSuchElementException if the unit is not in the tree
   */
  public RollupFigures ownFigures(OrgId unit) {
    return ownFiguresAt(require(unit));
  }

  /**
   * Returns the figures of a node alone, without its descendants.
   *
   * @param node the node
   * @return the figures
   */
  public RollupFigures ownFiguresAt(int node) {
    int[] values = new int[Figure.COUNT];
    int count = shape.childCount(node);
    int[] children = new int[count];
    for (int c = 0; c < count; c++) {
      children[c] = shape.position(shape.child(node, c));
    }
    int at = shape.position(node);
    long ownMembers = members[at];
    for (int f = 0; f < values.length; f++) {
      int[] column = columns[f];
      if (column != null) {
        int value = column[at];
        for (int c = 0; c < count; c++) {
          value -= column[children[c]];
        }
        values[f] = value;
      }
    }
    for (int c = 0; c < count; c++) {
      ownMembers -= members[children[c]];
    }
    return new RollupFigures(1, ownMembers, values);
  }

  /**
   * Returns the figures of the whole forest: the sum over its roots.
   *
   * @return the figures
   */
  public RollupFigures total() {
    RollupFigures sum = RollupFigures.zero();
    for (int k = 0; k < shape.size(); k += shape.subtreeSize(shape.nodeAt(k))) {
      sum = sum.plus(figuresAt(shape.nodeAt(k)));
    }
    return sum;
  }

  /**
   * Returns the number of items whose responsible unit is not in the tree; they count nowhere.
   *
   * @return the unplaced items
   */
  public int unplacedItems() {
    int unplaced = 0;
    for (int i = 0; i < itemCount; i++) {
      if (items[i] != null && itemNode[i] < 0) {
        unplaced++;
      }
    }
    return unplaced;
  }

  /**
   * Replaces the item with the same identifier, or adds it if the roll-up has none, and
   * corrects the figures along the old and the new responsible unit's ancestors, and along the
   * owners' ancestors of each problem whose state changes: O(depth) for each.
   *
   * @param item the item's new version, not null
   */
  public void update(RectificationItem item) {
    Map<RectificationId, Integer> index = itemIndex();
    Integer found = index.get(item.id());
    int i;
    if (found == null) {
      i = itemCount++;
      if (i == items.length) {
        int capacity = items.length * 2;
        items = Arrays.copyOf(items, capacity);
        itemNode = Arrays.copyOf(itemNode, capacity);
        itemCode = Arrays.copyOf(itemCode, capacity);
      }
      index.put(item.id(), i);
    } else {
      i = found;
      withdraw(i);
    }
    items[i] = item;
    itemNode[i] = tree.indexOf(item.responsibleUnit());
    itemCode[i] = code(item);
    addAlongPath(i, 1);
  }

  /**
   * Removes an item and corrects the figures, in O(depth).
   *
   * @param id the item's identifier, not null
   * @return whether the roll-up had the item
   */
  public boolean remove(RectificationId id) {
    Integer found = itemIndex().remove(id);
    if (found == null) {
      return false;
    }
    withdraw(found);
    items[found] = null;
    itemNode[found] = -1;
    return true;
  }

  private void withdraw(int i) {
    addAlongPath(i, -1);
  }

  private void addAlongPath(int i, int sign) {
    RectificationItem item = items[i];
    int node = itemNode[i];
    int code = itemCode[i];
    for (int v = node; v >= 0; v = shape.parent(v)) {
      addItem(v, code, sign);
    }
    for (ProblemId answered : item.problems()) {
      Integer k = problemIndex.get(answered);
      if (k == null) {
        continue;
      }
      int before = answerCount[k];
      answerCount[k] += sign;
      if ((before == 0) != (answerCount[k] == 0)) {
        for (int v = problemNode[k]; v >= 0; v = shape.parent(v)) {
          addProblem(v, problemCode[k], before, -1);
          addProblem(v, problemCode[k], answerCount[k], 1);
        }
      }
    }
  }

  private Map<RectificationId, Integer> itemIndex() {
    if (itemIndex == null) {
      Map<RectificationId, Integer> index = new HashMap<>(Math.max(16, itemCount * 4 / 3 + 1));
      for (int i = 0; i < itemCount; i++) {
        if (items[i] != null) {
          index.putIfAbsent(items[i].id(), i);
        }
      }
      itemIndex = index;
    }
    return itemIndex;
  }

  /** Packs what an item adds to its unit's figures on the roll-up's date into an int. */
  private int code(RectificationItem item) {
    boolean done = item.status().isDone();
    int code = item.status().ordinal() | item.kind().ordinal() << KIND_SHIFT;
    if (rules.isOverdue(item, asOf)) {
      code |= OVERDUE;
    }
    OptionalLong remaining = rules.daysRemaining(item, asOf);
    if (!done && remaining.isPresent() && remaining.getAsLong() >= 0 && remaining.getAsLong() <= horizon) {
      code |= DUE_SOON;
    }
    if (done && item.effectiveDeadline().isPresent()) {
      code |= DONE_WITH_DEADLINE;
      if (!TimeRules.isCompletedLate(item)) {
        code |= DONE_ON_TIME;
      }
    }
    return code;
  }

  private void addItem(int node, int code, int sign) {
    if (node < 0) {
      return;
    }
    int at = shape.position(node);
    column(Figure.ITEMS_PLANNED.ordinal() + (code & 7))[at] += sign;
    int kind = (code >>> KIND_SHIFT) & 3;
    if (kind == 0) {
      column(Figure.ITEMS_IMMEDIATE)[at] += sign;
    } else if (kind == 1) {
      column(Figure.ITEMS_TIME_BOUND)[at] += sign;
    }
    if ((code & OVERDUE) != 0) {
      column(Figure.ITEMS_OVERDUE)[at] += sign;
    }
    if ((code & DUE_SOON) != 0) {
      column(Figure.ITEMS_DUE_SOON)[at] += sign;
    }
    if ((code & DONE_WITH_DEADLINE) != 0) {
      column(Figure.ITEMS_DONE_WITH_DEADLINE)[at] += sign;
    }
    if ((code & DONE_ON_TIME) != 0) {
      column(Figure.ITEMS_DONE_ON_TIME)[at] += sign;
    }
  }

  private void addProblem(int node, int code, int answers, int sign) {
    if (node < 0) {
      return;
    }
    int at = shape.position(node);
    column(Figure.PROBLEMS_RESEARCH.ordinal() + (code & 7))[at] += sign;
    if ((code & CLOSED) == 0) {
      column(answers > 0 ? Figure.PROBLEMS_ANSWERED : Figure.PROBLEMS_OPEN)[at] += sign;
    }
  }

  private int[] column(Figure figure) {
    return column(figure.ordinal());
  }

  private int[] column(int f) {
    int[] column = columns[f];
    if (column == null) {
      column = new int[tree.size()];
      columns[f] = column;
    }
    return column;
  }

  /**
   * Adds each node's totals to its parent's, children before parents: reverse pre-order. The
   * columns are indexed by pre-order position, so the parents written to are the ancestors of
   * the current position, a stack that stays in cache.
   */
  private void accumulate() {
    int n = shape.size();
    int[] parentAt = new int[n];
    for (int k = 0; k < n; k++) {
      int p = shape.parent(shape.nodeAt(k));
      parentAt[k] = p == TreeIndex.NO_PARENT ? -1 : shape.position(p);
    }
    for (int[] column : columns) {
      if (column == null) {
        continue;
      }
      for (int k = n - 1; k >= 0; k--) {
        int p = parentAt[k];
        if (p >= 0) {
          column[p] += column[k];
        }
      }
    }
    for (int k = n - 1; k >= 0; k--) {
      int p = parentAt[k];
      if (p >= 0) {
        members[p] += members[k];
      }
    }
  }

  int require(OrgId unit) {
    int node = tree.indexOf(unit);
    if (node < 0) {
      throw new NoSuchElementException("no organisation " + unit + " in the tree");
    }
    return node;
  }
}
