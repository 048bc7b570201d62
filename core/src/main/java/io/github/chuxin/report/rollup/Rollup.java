package io.github.chuxin.report.rollup;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.time.TimeRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A roll-up 匯總 (汇总) of a campaign's units, members, problems and rectification items over
 * every subtree, on one date, with a horizon of N days for items due soon.
 *
 * <p>Made by a {@link RollupIndex}, which holds the figures that no date changes already summed
 * over every subtree; {@link #of(CampaignSnapshot, LocalDate, int)} builds the index and uses it
 * once, so to roll up several dates of one snapshot, keep the index. On a date, the roll-up
 * copies the summed columns that updates may change, counts the open items with a deadline that
 * are overdue or due soon and sums those two columns in one reverse pre-order pass (each node
 * adds its totals to its parent's): O(n + items) time, no recursion, no clock read. Figures are
 * a struct of arrays: one {@code int[]} per {@link Figure} (24 at most, allocated only when some
 * unit has a non-zero value) and one {@code long[]} of members, indexed by the unit's position
 * in the tree's pre-order (so that a subtree is a contiguous range and the accumulation stays in
 * cache), so at most 104 bytes a unit; the columns that no update changes (members, party
 * and temporary organisations, problems by source) are shared with the index. Temporary
 * organisations, and whatever is inside them, are counted apart: never in units, party
 * organisations or members. The item arrays (12 bytes an
 * item) are the index's until the first {@link #update} or {@link #remove}, which copies them
 * and builds a hash map from item identifier to slot (O(items), once).
 * {@link #update(RectificationItem)} replaces one item and corrects the totals along its unit's
 * ancestors in O(depth + problems it answers).
 *
 * <p>Not thread-safe: updates mutate the roll-up (never its index). The figures it hands out
 * ({@link RollupFigures}) are immutable snapshots. Overdue, due soon and completed late follow
 * the rules of {@link TimeRules}, compared as epoch days.
 *
 * <pre>{@code
 * Rollup rollup = Rollup.of(snapshot, LocalDate.of(2019, 9, 1), 7);
 * RollupFigures subway = rollup.figures(OrgId.of("bj-subway"));
 * double completion = subway.completionRate().orElse(0);
 * rollup.update(item.withStatus(RectificationStatus.COMPLETED));  // O(depth)
 * }</pre>
 */
public final class Rollup {

  private static final int KIND_SHIFT = RollupIndex.KIND_SHIFT;
  private static final int OVERDUE = RollupIndex.OVERDUE;
  private static final int DUE_SOON = RollupIndex.DUE_SOON;
  private static final int DONE_WITH_DEADLINE = RollupIndex.DONE_WITH_DEADLINE;
  private static final int DONE_ON_TIME = RollupIndex.DONE_ON_TIME;
  private static final int CLOSED = RollupIndex.CLOSED;

  private final OrgTree tree;
  private final TreeIndex shape;
  private final LocalDate asOf;
  private final long today;
  private final int horizon;
  private final int[][] columns;
  /** Shared with the index: no update changes members. */
  private final long[] members;

  /** The index's item arrays until the first update copies them. */
  private boolean ownItems;
  private RectificationItem[] items;
  private int[] itemNode;
  private int[] itemCode;
  private int itemCount;
  private Map<RectificationId, Integer> itemIndex;

  private final int[] problemNode;
  private final int[] problemCode;
  private final int[] answerCount;
  private final Map<ProblemId, Integer> problemIndex;

  /**
   * Rolls up an index on a date: copies the summed figures that updates may change (those
   * whose column is in use; problem sources, party organisations and members stay shared,
   * since no update changes them), then counts the open items with a deadline that are overdue
   * or due soon at their units and sums those two columns over the tree.
   */
  Rollup(RollupIndex index, LocalDate asOf, int horizon) {
    this.tree = index.tree;
    this.shape = index.shape;
    this.asOf = asOf;
    this.today = asOf.toEpochDay();
    this.horizon = horizon;
    int n = tree.size();
    this.columns = new int[Figure.COUNT][];
    for (int f = 0; f < Figure.COUNT; f++) {
      int[] column = index.base[f];
      if (column != null) {
        columns[f] = isShared(f) ? column : column.clone();
      }
    }
    this.members = index.members;
    this.items = index.items;
    this.itemNode = index.itemNode;
    this.itemCode = index.itemCode;
    this.itemCount = index.itemCount;
    this.problemNode = index.problemNode;
    this.problemCode = index.problemCode;
    this.answerCount = index.answerCount.clone();
    this.problemIndex = index.problemIndex;

    int[] at = index.pendingAt;
    long[] due = index.pendingDue;
    long last = today + horizon;
    int[] overdue = null;
    int[] dueSoon = null;
    for (int i = 0; i < at.length; i++) {
      long d = due[i];
      if (d < today) {
        if (overdue == null) {
          overdue = new int[n];
        }
        overdue[at[i]]++;
      } else if (d <= last) {
        if (dueSoon == null) {
          dueSoon = new int[n];
        }
        dueSoon[at[i]]++;
      }
    }
    if (overdue != null) {
      RollupIndex.accumulate(index.parentAt, overdue);
      columns[Figure.ITEMS_OVERDUE.ordinal()] = overdue;
    }
    if (dueSoon != null) {
      RollupIndex.accumulate(index.parentAt, dueSoon);
      columns[Figure.ITEMS_DUE_SOON.ordinal()] = dueSoon;
    }
  }

  /** Whether no update ever writes the figure's column, so a roll-up may share the index's. */
  private static boolean isShared(int f) {
    return f == Figure.PARTY_ORGANISATIONS.ordinal() || f == Figure.TEMPORARY_ORGANISATIONS.ordinal()
        || (f >= Figure.PROBLEMS_RESEARCH.ordinal() && f <= Figure.PROBLEMS_SPECIAL_RECTIFICATION.ordinal());
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
    return RollupIndex.of(snapshot).asOf(asOf, dueWithinDays);
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
    return new RollupFigures(shape.subtreeSize(node) - values[Figure.TEMPORARY_ORGANISATIONS.ordinal()], members[at],
        values);
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
    return new RollupFigures(1 - values[Figure.TEMPORARY_ORGANISATIONS.ordinal()], ownMembers, values);
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
    ownItems();
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
    ownItems();
    withdraw(found);
    items[found] = null;
    itemNode[found] = -1;
    return true;
  }

  /** Copies the index's item arrays before the first change. */
  private void ownItems() {
    if (!ownItems) {
      int capacity = Math.max(4, itemCount);
      items = Arrays.copyOf(items, capacity);
      itemNode = Arrays.copyOf(itemNode, capacity);
      itemCode = Arrays.copyOf(itemCode, capacity);
      for (int i = 0; i < itemCount; i++) {
        if (items[i] != null) {
          itemCode[i] |= RollupIndex.dateBits(RollupIndex.dueDay(items[i]), today, horizon);
        }
      }
      ownItems = true;
    }
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
        if ((problemCode[k] & CLOSED) == 0) {
          int[] from = column(before > 0 ? Figure.PROBLEMS_ANSWERED : Figure.PROBLEMS_OPEN);
          int[] to = column(answerCount[k] > 0 ? Figure.PROBLEMS_ANSWERED : Figure.PROBLEMS_OPEN);
          for (int v = problemNode[k]; v >= 0; v = shape.parent(v)) {
            int at = shape.position(v);
            from[at]--;
            to[at]++;
          }
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
    return RollupIndex.staticCode(item) | RollupIndex.dateBits(RollupIndex.dueDay(item), today, horizon);
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
   * Returns the dense node number of a unit in this roll-up's tree, for {@link #figuresAt}.
   *
   * @param unit the unit, not null
   * @return its node number
   * @throws NoSuchElementException if the unit is not in the tree
   */
  public int require(OrgId unit) {
    int node = tree.indexOf(unit);
    if (node < 0) {
      throw new NoSuchElementException("no organisation " + unit + " in the tree");
    }
    return node;
  }
}
