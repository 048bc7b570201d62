package io.github.chuxin.report.rollup;

import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.time.TimeRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The date-independent part of a roll-up 匯總索引 (汇总索引) of one campaign snapshot: every
 * figure that does not depend on the date, already summed over every subtree, and the items
 * still open with a deadline, as flat arrays; {@link #asOf(LocalDate, int)} then rolls up any date
 * in one pass over those items and their units.
 *
 * <p>Build one per snapshot and keep it while the snapshot does not change: building resolves
 * every item's and problem's unit through the tree (a hash lookup each) and takes
 * O(n + items + problems) time; {@code asOf} takes O(n + open items with a deadline), about a
 * memory copy of the figure columns that updates may change plus two reverse passes over the
 * tree, and reads no clock. {@link Rollup#of(CampaignSnapshot, LocalDate, int)} is
 * {@code RollupIndex.of(snapshot).asOf(date, days)}.
 *
 * <p>Immutable and thread-safe: the roll-ups it makes copy whatever they change.
 *
 * <pre>{@code
 * RollupIndex index = RollupIndex.of(snapshot);          // once per snapshot
 * Rollup monday = index.asOf(LocalDate.of(2019, 9, 2), 7);
 * Rollup tuesday = index.asOf(LocalDate.of(2019, 9, 3), 7);
 * }</pre>
 */
public final class RollupIndex {

  static final int KIND_SHIFT = 3;
  static final int OVERDUE = 1 << 5;
  static final int DUE_SOON = 1 << 6;
  static final int DONE_WITH_DEADLINE = 1 << 7;
  static final int DONE_ON_TIME = 1 << 8;
  static final int CLOSED = 1 << 3;
  /** The due day of an item without deadline, or done: never overdue nor due soon. */
  static final long NO_DUE_DAY = Long.MIN_VALUE;

  final OrgTree tree;
  final TreeIndex shape;
  final ZoneId zone;
  /** For each pre-order position, its parent's position, or -1. */
  final int[] parentAt;
  /** The summed figures that no date changes, by pre-order position; the date's columns null. */
  final int[][] base;
  final long[] members;

  final RectificationItem[] items;
  final int[] itemNode;
  /** Each item's contribution without the date's bits (overdue, due soon). */
  final int[] itemCode;
  final int itemCount;
  /** The pre-order positions and due days of the placed items that are open with a deadline. */
  final int[] pendingAt;
  final long[] pendingDue;

  final int[] problemNode;
  final int[] problemCode;
  final int[] answerCount;
  final Map<ProblemId, Integer> problemIndex;

  private RollupIndex(CampaignSnapshot snapshot) {
    this.tree = snapshot.tree();
    this.shape = tree.shape();
    this.zone = snapshot.campaign().zone();
    int n = tree.size();
    this.parentAt = new int[n];
    for (int v = 0; v < n; v++) {
      int p = shape.parent(v);
      parentAt[shape.position(v)] = p == TreeIndex.NO_PARENT ? -1 : shape.position(p);
    }
    this.base = new int[Figure.COUNT][];
    this.members = new long[n];
    for (int v = 0; v < n; v++) {
      Organisation org = tree.organisationAt(v);
      if (!tree.countsInTotals(v)) {
        // a temporary organisation, or one inside it: its members are counted at home
        column(Figure.TEMPORARY_ORGANISATIONS.ordinal())[shape.position(v)] = 1;
        continue;
      }
      members[shape.position(v)] = org.members().total();
      if (org.kind().isPartyOrganisation()) {
        column(Figure.PARTY_ORGANISATIONS.ordinal())[shape.position(v)] = 1;
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
    this.items = list.toArray(new RectificationItem[0]);
    this.itemCount = m;
    this.itemNode = new int[m];
    this.itemCode = new int[m];
    int[] atOf = new int[m];
    long[] dueOf = new long[m];
    int pending = 0;
    boolean anyProblems = p > 0;
    for (int i = 0; i < m; i++) {
      RectificationItem item = items[i];
      int node = tree.indexOf(item.responsibleUnit());
      int code = staticCode(item);
      itemNode[i] = node;
      itemCode[i] = code;
      if (node >= 0) {
        int at = shape.position(node);
        addItem(at, code);
        long due = dueDay(item);
        if (due != NO_DUE_DAY) {
          atOf[pending] = at;
          dueOf[pending++] = due;
        }
      }
      if (anyProblems) {
        for (ProblemId answered : item.problems()) {
          Integer k = problemIndex.get(answered);
          if (k != null) {
            answerCount[k]++;
          }
        }
      }
    }
    this.pendingAt = java.util.Arrays.copyOf(atOf, pending);
    this.pendingDue = java.util.Arrays.copyOf(dueOf, pending);
    for (int i = 0; i < p; i++) {
      int node = problemNode[i];
      if (node >= 0) {
        int at = shape.position(node);
        int code = problemCode[i];
        column(Figure.PROBLEMS_RESEARCH.ordinal() + (code & 7))[at]++;
        if ((code & CLOSED) == 0) {
          column((answerCount[i] > 0 ? Figure.PROBLEMS_ANSWERED : Figure.PROBLEMS_OPEN).ordinal())[at]++;
        }
      }
    }
    for (int[] column : base) {
      if (column != null) {
        accumulate(parentAt, column);
      }
    }
    for (int k = n - 1; k >= 0; k--) {
      int q = parentAt[k];
      if (q >= 0) {
        members[q] += members[k];
      }
    }
  }

  /**
   * Indexes a campaign snapshot for roll-ups on any date.
   *
   * @param snapshot the campaign's data, not null
   * @return the index
   */
  public static RollupIndex of(CampaignSnapshot snapshot) {
    return new RollupIndex(Objects.requireNonNull(snapshot, "snapshot"));
  }

  /**
   * Rolls up the indexed snapshot on a date.
   *
   * @param asOf the date, a day in the campaign's zone, not null
   * @param dueWithinDays the horizon N for items due soon, zero or more
   * @return a new roll-up, which the caller may update
   */
  public Rollup asOf(LocalDate asOf, int dueWithinDays) {
    Objects.requireNonNull(asOf, "asOf");
    if (dueWithinDays < 0) {
      throw new IllegalArgumentException("dueWithinDays must not be negative, was " + dueWithinDays);
    }
    return new Rollup(this, asOf, dueWithinDays);
  }

  /**
   * Rolls up the indexed snapshot on today's date in the campaign's zone, read from a clock.
   *
   * @param clock the clock, not null
   * @param dueWithinDays the horizon N for items due soon, zero or more
   * @return a new roll-up
   */
  public Rollup asOf(Clock clock, int dueWithinDays) {
    return asOf(TimeRules.today(clock, zone), dueWithinDays);
  }

  /**
   * Returns the tree indexed.
   *
   * @return the tree
   */
  public OrgTree tree() {
    return tree;
  }

  private int[] column(int f) {
    int[] column = base[f];
    if (column == null) {
      column = new int[tree.size()];
      base[f] = column;
    }
    return column;
  }

  /** Adds the date-independent part of an item's code to the columns at a position. */
  private void addItem(int at, int code) {
    column(Figure.ITEMS_PLANNED.ordinal() + (code & 7))[at]++;
    int kind = (code >>> KIND_SHIFT) & 3;
    if (kind == 0) {
      column(Figure.ITEMS_IMMEDIATE.ordinal())[at]++;
    } else if (kind == 1) {
      column(Figure.ITEMS_TIME_BOUND.ordinal())[at]++;
    }
    if ((code & DONE_WITH_DEADLINE) != 0) {
      column(Figure.ITEMS_DONE_WITH_DEADLINE.ordinal())[at]++;
    }
    if ((code & DONE_ON_TIME) != 0) {
      column(Figure.ITEMS_DONE_ON_TIME.ordinal())[at]++;
    }
  }

  /**
   * Packs what an item adds to its unit's figures whatever the date: status, kind, done with a
   * deadline and done on time (completed on or before the effective deadline).
   */
  static int staticCode(RectificationItem item) {
    RectificationStatus status = item.status();
    int code = status.ordinal() | item.kind().ordinal() << KIND_SHIFT;
    if (status.isDone()) {
      Optional<Deadline> deadline = item.deadline();
      if (deadline.isPresent()) {
        code |= DONE_WITH_DEADLINE;
        Optional<LocalDate> completed = item.completedOn();
        if (completed.isEmpty() || !completed.get().isAfter(deadline.get().effective())) {
          code |= DONE_ON_TIME;
        }
      }
    }
    return code;
  }

  /**
   * Returns the epoch day of an open item's effective deadline, or {@link #NO_DUE_DAY} for an
   * item done or without deadline.
   */
  static long dueDay(RectificationItem item) {
    Optional<Deadline> deadline = item.deadline();
    if (deadline.isEmpty() || item.status().isDone()) {
      return NO_DUE_DAY;
    }
    return deadline.get().effective().toEpochDay();
  }

  /**
   * Returns the bits of an item's code that depend on the date: overdue when its effective
   * deadline is before today, due soon when it lies in [today, today + horizon]; the same rules
   * as {@link TimeRules#isOverdue} and {@link TimeRules#daysRemaining}.
   */
  static int dateBits(long due, long today, long horizon) {
    if (due == NO_DUE_DAY) {
      return 0;
    }
    if (due < today) {
      return OVERDUE;
    }
    return due - today <= horizon ? DUE_SOON : 0;
  }

  /** Adds each position's value to its parent's, children before parents: reverse pre-order. */
  static void accumulate(int[] parentAt, int[] column) {
    for (int k = parentAt.length - 1; k >= 0; k--) {
      int p = parentAt[k];
      if (p >= 0) {
        column[p] += column[k];
      }
    }
  }
}
