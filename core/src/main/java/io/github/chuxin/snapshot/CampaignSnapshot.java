package io.github.chuxin.snapshot;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.campaign.BatchPlan;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.special.SpecialRectification;
import java.util.List;
import org.immutables.value.Value;

/**
 * The whole data of one campaign at a point in time 主題教育數據 (主题教育数据): the campaign with
 * its batches, the organisations, leaders, leadership bodies and meetings, plans and schedule,
 * guidance groups with their assignments and five-musts records, activities, problems and
 * problem lists, rectification items and special rectifications.
 *
 * <p>Immutable. The parts may disagree with each other (a problem owned by a unit not in the
 * tree, say); validation reports every such disagreement. {@link #tree()} indexes the
 * organisations once, on first use.
 */
@Value.Immutable
public abstract class CampaignSnapshot {

  /** Only the generated {@code ImmutableCampaignSnapshot}, in this package, extends this class. */
  CampaignSnapshot() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableCampaignSnapshot.Builder builder() {
    return ImmutableCampaignSnapshot.builder();
  }

  /**
   * Returns the campaign, with its batches and assignments.
   *
   * @return the campaign
   */
  public abstract Campaign campaign();

  /**
   * Returns the organisations, in any order.
   *
   * @return the organisations
   */
  public abstract List<Organisation> organisations();

  /**
   * Returns the leaders.
   *
   * @return the leaders
   */
  public abstract List<Leader> leaders();

  /**
   * Returns the leadership bodies.
   *
   * @return the bodies
   */
  public abstract List<LeadershipBody> leadershipBodies();

  /**
   * Returns the meetings of leadership bodies.
   *
   * @return the meetings
   */
  public abstract List<Meeting> meetings();

  /**
   * Returns the implementation plans.
   *
   * @return the plans
   */
  public abstract List<ImplementationPlan> plans();

  /**
   * Returns the schedule of monthly focuses and weekly arrangements.
   *
   * @return the schedule items
   */
  public abstract List<ScheduleItem> schedule();

  /**
   * Returns the guidance groups.
   *
   * @return the groups
   */
  public abstract List<GuidanceGroup> guidanceGroups();

  /**
   * Returns the assignments of guidance groups to units.
   *
   * @return the assignments
   */
  public abstract List<GuidanceAssignment> guidanceAssignments();

  /**
   * Returns the records of the five musts.
   *
   * @return the records
   */
  public abstract List<FiveMustRecord> fiveMustRecords();

  /**
   * Returns the activities.
   *
   * @return the activities
   */
  public abstract List<Activity> activities();

  /**
   * Returns the problems.
   *
   * @return the problems
   */
  public abstract List<Problem> problems();

  /**
   * Returns the problem lists.
   *
   * @return the lists
   */
  public abstract List<ProblemList> problemLists();

  /**
   * Returns the rectification items.
   *
   * @return the items
   */
  public abstract List<RectificationItem> rectifications();

  /**
   * Returns the special rectification projects.
   *
   * @return the projects
   */
  public abstract List<SpecialRectification> specialRectifications();

  /**
   * Returns the organisation tree, built on first use.
   *
   * @return the tree
   * @throws io.github.chuxin.org.InvalidTreeException if the organisations do not form a tree
   */
  @Value.Lazy
  public OrgTree tree() {
    return OrgTree.of(organisations());
  }

  /**
   * Returns the batch of every unit, built on first use.
   *
   * @return the batch plan
   * @throws io.github.chuxin.org.InvalidTreeException if the organisations do not form a tree
   */
  @Value.Lazy
  public BatchPlan batchPlan() {
    return BatchPlan.of(campaign(), tree());
  }
}
