package io.github.chuxin.benchmarks;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.Instant;
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
  private static final LocalDate END = LocalDate.of(2019, 8, 31);
  private static final BatchId BATCH = BatchId.of("national-1");
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

  private static CampaignSnapshot cached;
  private static String cachedKey = "";

  /**
   * Returns {@link #campaign(int[], int, long)} over a {@link Shapes#layered} tree, built once per
   * JVM for the same sizes, so that benchmarks run in one JVM (the quick profile) share it.
   *
   * @param units the number of organisations
   * @param count the number of problems and of items
   * @return the campaign
   */
  public static synchronized CampaignSnapshot sharedCampaign(int units, int count) {
    String key = units + "/" + count;
    if (!key.equals(cachedKey)) {
      cached = null;
      cached = campaign(Shapes.layered(units, 2019), count, 7);
      cached.tree();
      cachedKey = key;
    }
    return cached;
  }

  /**
   * Returns a whole national campaign that passes the default validation rules: one batch from
   * June to the end of August 2019 for the whole tree, {@code count} problems spread over the
   * organisations, each answered by one time-bound rectification item, a fifth of them completed
   * (with evidence), the rest in progress.
   *
   * @param parents the tree, parents first
   * @param count the number of problems and of items
   * @param seed the random seed
   * @return the campaign
   */
  public static CampaignSnapshot campaign(int[] parents, int count, long seed) {
    List<Organisation> orgs = organisations(parents);
    var campaign = Campaign.builder().id(CampaignId.of("national"))
        .addBatches(Batch.builder().id(BATCH).number(1).window(DateWindow.ofClosed(BASE, END)).build())
        .addAssignments(BatchAssignment.of(orgs.get(0).id(), BATCH));
    SplittableRandom random = new SplittableRandom(seed);
    List<Problem> problems = new ArrayList<>(count);
    List<RectificationItem> items = new ArrayList<>(count);
    LocalDate[] days = new LocalDate[92];
    for (int d = 0; d < days.length; d++) {
      days[d] = BASE.plusDays(d);
    }
    Instant started = BASE.atStartOfDay(Campaign.DEFAULT_ZONE).toInstant();
    StatusChange start = StatusChange.builder().from(RectificationStatus.PLANNED).to(RectificationStatus.IN_PROGRESS)
        .at(started).role(ActorRole.RESPONSIBLE_UNIT).build();
    StatusChange submit = StatusChange.builder().from(RectificationStatus.IN_PROGRESS).to(RectificationStatus.SUBMITTED)
        .at(started.plusSeconds(86_400)).role(ActorRole.RESPONSIBLE_UNIT).build();
    StatusChange complete = StatusChange.builder().from(RectificationStatus.SUBMITTED).to(RectificationStatus.COMPLETED)
        .at(started.plusSeconds(2 * 86_400)).role(ActorRole.LEAD_LEADER).build();
    Evidence evidence = Evidence.builder().description("整改情況報告").addedOn(BASE).build();
    for (int i = 0; i < count; i++) {
      Organisation unit = orgs.get(random.nextInt(orgs.size()));
      int found = random.nextInt(40);
      Problem problem = Problem.builder().id(ProblemId.of("p" + i)).source(ProblemSource.RESEARCH)
          .owner(ProblemOwner.unit(unit.id())).description("檢視發現的問題" + i).discoveredOn(days[found]).build();
      problems.add(problem);
      var item = RectificationItem.builder().id(RectificationId.of("r" + i)).addProblems(problem.id())
          .title("整改任務" + i).addMeasures("整改舉措").responsibleUnit(unit.id())
          .kind(RectificationKind.TIME_BOUND).createdOn(days[found])
          .deadline(Deadline.of(days[found + 1 + random.nextInt(days.length - found - 1)]))
          .addHistory(start);
      if (random.nextInt(5) == 0) {
        item.addHistory(submit, complete).status(RectificationStatus.COMPLETED).completedOn(days[found + 1])
            .addEvidence(evidence);
      } else {
        item.status(RectificationStatus.IN_PROGRESS);
      }
      items.add(item.build());
    }
    return CampaignSnapshot.builder().campaign(campaign.build()).organisations(orgs).problems(problems)
        .rectifications(items).build();
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
