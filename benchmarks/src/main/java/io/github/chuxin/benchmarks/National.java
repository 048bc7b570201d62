package io.github.chuxin.benchmarks;

import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic national-scale data for benchmarks: organisations over a {@link Shapes#layered}
 * tree and rectification items spread over them.
 */
public final class National {

  /** National scale: five million rectification items. */
  public static final int ITEMS = 5_000_000;

  private static final LocalDate BASE = LocalDate.of(2019, 6, 1);
  private static final RectificationStatus[] STATUSES = RectificationStatus.values();

  private National() {}

  /**
   * Returns organisations over a parent array: the root a municipal committee, inner nodes party
   * committees, leaves branches of 3 to 50 members.
   *
   * @param parents the parent array, parents first
   * @return the organisations, one per node, with ids {@code o0, o1, …}
   */
  public static List<Organisation> organisations(int[] parents) {
    int n = parents.length;
    boolean[] inner = new boolean[n];
    for (int p : parents) {
      if (p >= 0) {
        inner[p] = true;
      }
    }
    OrgId[] ids = new OrgId[n];
    List<Organisation> orgs = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      ids[v] = OrgId.of("o" + v);
      OrgKind kind = v == 0 ? OrgKind.MUNICIPAL_COMMITTEE : inner[v] ? OrgKind.PARTY_COMMITTEE : OrgKind.BRANCH;
      var b = Organisation.builder().id(ids[v]).kind(kind).name("組織" + v);
      if (parents[v] >= 0) {
        b.parentId(ids[parents[v]]);
      }
      if (kind == OrgKind.BRANCH) {
        b.members(MemberCount.ofFull(3 + v % 48));
      }
      orgs.add(b.build());
    }
    return orgs;
  }

  /**
   * Returns rectification items spread over the organisations, with mixed kinds, statuses and
   * deadlines, each answering one problem.
   *
   * @param orgs the organisations
   * @param count how many items
   * @param seed the random seed
   * @return the items
   */
  public static List<RectificationItem> items(List<Organisation> orgs, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<RectificationItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Organisation unit = orgs.get(random.nextInt(orgs.size()));
      LocalDate created = BASE.plusDays(random.nextInt(60));
      RectificationStatus status = STATUSES[random.nextInt(5)];
      items.add(RectificationItem.builder().id(RectificationId.of("r" + i)).addProblems(ProblemId.of("p" + i))
          .title("整改任務" + i).addMeasures("整改舉措").responsibleUnit(unit.id())
          .kind(RectificationKind.TIME_BOUND).createdOn(created)
          .deadline(Deadline.of(created.plusDays(30 + random.nextInt(90))))
          .status(status)
          .build());
    }
    return items;
  }
}
