package io.github.chuxin.validation;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.BatchPlan;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.org.TreeDefect;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import io.github.chuxin.time.TimeRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign indexed for validation 索引視圖 (索引视图): built once from a
 * {@link CampaignSnapshot}, a {@link Clock} and a {@link ValidationConfig}, so that rules look up
 * cross-references in O(1).
 *
 * <p>Immutable after construction and safe to share between rules. Building costs O(n) in the
 * size of the snapshot. When the organisations do not form a tree, {@link #tree()} is empty and
 * {@link #treeDefects()} says why; {@link #organisationExists(OrgId)} works either way. Where an
 * identifier is repeated, the first element wins in the maps.
 */
public final class CampaignView {

  private final CampaignSnapshot snapshot;
  private final ValidationConfig config;
  private final LocalDate today;
  private final OrgTree tree;
  private final BatchPlan batchPlan;
  private final List<TreeDefect> treeDefects;
  private final Set<OrgId> organisationIds;
  private final Map<ProblemId, Problem> problems;
  private final Map<RectificationId, RectificationItem> rectifications;
  private final Map<SpecialRectificationId, SpecialRectification> specials;
  private final Map<LeaderId, Leader> leaders;
  private final Map<GuidanceGroupId, GuidanceGroup> guidanceGroups;
  private final Map<BatchId, Batch> batches;
  private final Set<ProblemId> answeredProblems;
  private final Map<OrgId, Map<GuidanceGroupId, EnumSet<FiveMust>>> musts;

  private CampaignView(CampaignSnapshot snapshot, Clock clock, ValidationConfig config) {
    this.snapshot = snapshot;
    this.config = config;
    this.today = TimeRules.today(clock, snapshot.campaign().zone());
    Validation<Seq<TreeDefect>, OrgTree> checked = OrgTree.validate(snapshot.organisations());
    if (checked.isValid()) {
      this.tree = checked.get();
      this.treeDefects = List.of();
      this.organisationIds = null;
      this.batchPlan = BatchPlan.of(snapshot.campaign(), tree);
    } else {
      this.tree = null;
      this.treeDefects = checked.getError().asJava();
      Set<OrgId> ids = new HashSet<>(capacity(snapshot.organisations().size()));
      for (Organisation org : snapshot.organisations()) {
        ids.add(org.id());
      }
      this.organisationIds = ids;
      this.batchPlan = null;
    }
    this.problems = new HashMap<>(capacity(snapshot.problems().size()));
    snapshot.problems().forEach(p -> problems.putIfAbsent(p.id(), p));
    this.rectifications = new HashMap<>(capacity(snapshot.rectifications().size()));
    this.answeredProblems = new HashSet<>(capacity(snapshot.problems().size()));
    for (RectificationItem item : snapshot.rectifications()) {
      rectifications.putIfAbsent(item.id(), item);
      answeredProblems.addAll(item.problems());
    }
    this.specials = new HashMap<>();
    snapshot.specialRectifications().forEach(s -> specials.putIfAbsent(s.id(), s));
    this.leaders = new HashMap<>(capacity(snapshot.leaders().size()));
    snapshot.leaders().forEach(l -> leaders.putIfAbsent(l.id(), l));
    this.guidanceGroups = new HashMap<>();
    snapshot.guidanceGroups().forEach(g -> guidanceGroups.putIfAbsent(g.id(), g));
    this.batches = new HashMap<>();
    snapshot.campaign().batches().forEach(b -> batches.putIfAbsent(b.id(), b));
    this.musts = new HashMap<>();
    for (FiveMustRecord record : snapshot.fiveMustRecords()) {
      musts.computeIfAbsent(record.unit(), u -> new HashMap<>())
          .computeIfAbsent(record.group(), g -> EnumSet.noneOf(FiveMust.class)).add(record.must());
    }
  }

  private static int capacity(int size) {
    return Math.max(16, (int) (size / 0.75f) + 1);
  }

  /**
   * Indexes a campaign.
   *
   * @param snapshot the campaign's data, not null
   * @param clock the clock that says what day it is, not null
   * @param config the rules' parameters, not null
   * @return the view
   */
  public static CampaignView of(CampaignSnapshot snapshot, Clock clock, ValidationConfig config) {
    return new CampaignView(Objects.requireNonNull(snapshot, "snapshot"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(config, "config"));
  }

  /**
   * Returns the raw data.
   *
   * @return the snapshot
   */
  public CampaignSnapshot snapshot() {
    return snapshot;
  }

  /**
   * Returns the campaign.
   *
   * @return the campaign
   */
  public Campaign campaign() {
    return snapshot.campaign();
  }

  /**
   * Returns the rules' parameters.
   *
   * @return the configuration
   */
  public ValidationConfig config() {
    return config;
  }

  /**
   * Returns today in the campaign's zone, read once from the clock.
   *
   * @return today
   */
  public LocalDate today() {
    return today;
  }

  /**
   * Returns the organisation tree, if the organisations form one.
   *
   * @return the tree, or empty
   */
  public Optional<OrgTree> tree() {
    return Optional.ofNullable(tree);
  }

  /**
   * Returns why the organisations do not form a tree.
   *
   * @return the defects; empty when they form a tree
   */
  public List<TreeDefect> treeDefects() {
    return treeDefects;
  }

  /**
   * Returns the batch of every unit, if the organisations form a tree.
   *
   * @return the plan, or empty
   */
  public Optional<BatchPlan> batchPlan() {
    return Optional.ofNullable(batchPlan);
  }

  /**
   * Returns the batch of a unit (its own or inherited), if the organisations form a tree.
   *
   * @param unit the unit, not null
   * @return the batch, or empty
   */
  public Optional<Batch> batchOf(OrgId unit) {
    return batchPlan == null ? Optional.empty() : batchPlan.batchOf(unit);
  }

  /**
   * Tells whether an organisation exists, whether or not the organisations form a tree.
   *
   * @param id the identifier, not null
   * @return whether some organisation has it
   */
  public boolean organisationExists(OrgId id) {
    return tree != null ? tree.contains(id) : organisationIds.contains(id);
  }

  /**
   * Returns a problem by identifier.
   *
   * @param id the identifier, not null
   * @return the problem, or empty
   */
  public Optional<Problem> problem(ProblemId id) {
    return Optional.ofNullable(problems.get(id));
  }

  /**
   * Returns a rectification item by identifier.
   *
   * @param id the identifier, not null
   * @return the item, or empty
   */
  public Optional<RectificationItem> rectification(RectificationId id) {
    return Optional.ofNullable(rectifications.get(id));
  }

  /**
   * Returns a special rectification by identifier.
   *
   * @param id the identifier, not null
   * @return the project, or empty
   */
  public Optional<SpecialRectification> special(SpecialRectificationId id) {
    return Optional.ofNullable(specials.get(id));
  }

  /**
   * Returns a leader by identifier.
   *
   * @param id the identifier, not null
   * @return the leader, or empty
   */
  public Optional<Leader> leader(LeaderId id) {
    return Optional.ofNullable(leaders.get(id));
  }

  /**
   * Returns a guidance group by identifier.
   *
   * @param id the identifier, not null
   * @return the group, or empty
   */
  public Optional<GuidanceGroup> guidanceGroup(GuidanceGroupId id) {
    return Optional.ofNullable(guidanceGroups.get(id));
  }

  /**
   * Returns a batch by identifier.
   *
   * @param id the identifier, not null
   * @return the batch, or empty
   */
  public Optional<Batch> batch(BatchId id) {
    return Optional.ofNullable(batches.get(id));
  }

  /**
   * Tells whether some rectification item answers a problem.
   *
   * @param id the problem, not null
   * @return whether it is answered
   */
  public boolean isAnswered(ProblemId id) {
    return answeredProblems.contains(id);
  }

  /**
   * Returns the five musts a group has recorded for a unit.
   *
   * @param group the group, not null
   * @param unit the unit, not null
   * @return a copy of the musts recorded
   */
  public Set<FiveMust> mustsRecorded(GuidanceGroupId group, OrgId unit) {
    EnumSet<FiveMust> recorded = musts.getOrDefault(unit, Map.of()).get(group);
    return recorded == null ? EnumSet.noneOf(FiveMust.class) : EnumSet.copyOf(recorded);
  }
}
