package io.github.chuxin.persistence;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Everything the storage SPI knows about one kind of stored aggregate 聚合類型 (聚合类型), said
 * once: its {@link AggregateKind}, its Java class, its typed id and how to parse one back from
 * its stored text, where it belongs (shared reference data, owned by a unit, or a unit of the
 * tree itself), and the fields the query criteria read: its unit, status, (effective) deadline
 * and lead leader.
 *
 * <p>Every store is derived from these descriptors: the adapter building blocks of
 * {@link io.github.chuxin.persistence.support} evaluate queries and scopes through them
 * ({@code AggregateMatcher}) and make the store getters from them ({@code AbstractStorage}), and
 * the adapters read their columns, files and keys from them. The criteria a kind answers
 * ({@link #criteria()}, also {@link AggregateKind#criteria()}) follow from which fields it has.
 * Immutable and thread-safe; the constants are the only instances.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
public final class AggregateType<I extends Identifier, T> {

  /** Where an aggregate belongs, which decides what a scope shows and lets through. */
  public enum Placement {
    /**
     * Shared reference data (campaigns, guidance groups): no unit; readable through every scope,
     * writable through none; answers no SUBTREE or BATCH criterion.
     */
    SHARED,
    /**
     * Owned by the unit {@link #unitOf} names: in a subtree, scope or batch when that unit is.
     * An aggregate without a unit (a special rectification with no lead unit) lies in none.
     */
    UNIT_OWNED,
    /**
     * A unit of the tree itself (organisations): in a subtree when it is the subtree's root or
     * its parent lies in the subtree, so that a unit not stored yet is placed by its parent.
     * Answers SUBTREE but not BATCH.
     */
    TREE
  }

  /** Organisations, the tree's units, keyed by {@link OrgId}. */
  public static final AggregateType<OrgId, Organisation> ORGANISATION = new AggregateType<>(
      AggregateKind.ORGANISATION, Organisation.class, Organisation::id, OrgId::of, Storage::organisations,
      Placement.TREE, o -> Optional.of(o.id()));

  /** Campaigns with their batches and assignments: shared reference data. */
  public static final AggregateType<CampaignId, Campaign> CAMPAIGN = shared(AggregateKind.CAMPAIGN, Campaign.class,
      Campaign::id, CampaignId::of, Storage::campaigns);

  /** Problems: the owner's unit and leader. */
  public static final AggregateType<ProblemId, Problem> PROBLEM = owned(AggregateKind.PROBLEM, Problem.class,
      Problem::id, ProblemId::of, Storage::problems, p -> Optional.of(p.owner().unit()))
      .withLeadLeader(p -> p.owner().leader());

  /** Rectification items: the responsible unit, the status, the effective deadline, the lead leader. */
  public static final AggregateType<RectificationId, RectificationItem> RECTIFICATION_ITEM = owned(
      AggregateKind.RECTIFICATION_ITEM, RectificationItem.class, RectificationItem::id, RectificationId::of,
      Storage::rectifications, r -> Optional.of(r.responsibleUnit()))
      .withStatus(r -> Optional.of(r.status()))
      .withDeadline(RectificationItem::effectiveDeadline)
      .withLeadLeader(RectificationItem::leadLeader);

  /** Special rectifications: the lead unit (if any), the deadline, the lead leader. */
  public static final AggregateType<SpecialRectificationId, SpecialRectification> SPECIAL_RECTIFICATION = owned(
      AggregateKind.SPECIAL_RECTIFICATION, SpecialRectification.class, SpecialRectification::id,
      SpecialRectificationId::of, Storage::specialRectifications, SpecialRectification::leadUnit)
      .withDeadline(SpecialRectification::deadline)
      .withLeadLeader(SpecialRectification::leadLeader);

  /** Guidance groups: shared reference data (their facts, kept beside them, belong to units). */
  public static final AggregateType<GuidanceGroupId, GuidanceGroup> GUIDANCE_GROUP = shared(
      AggregateKind.GUIDANCE_GROUP, GuidanceGroup.class, GuidanceGroup::id, GuidanceGroupId::of, Storage::guidance);

  /** Activities: the unit, the date as deadline, the leader. */
  public static final AggregateType<ActivityId, Activity> ACTIVITY = owned(AggregateKind.ACTIVITY, Activity.class,
      Activity::id, ActivityId::of, Storage::activities, a -> Optional.of(a.unit()))
      .withDeadline(a -> Optional.of(a.date()))
      .withLeadLeader(Activity::leader);

  /** Leaders: the leader's unit. */
  public static final AggregateType<LeaderId, Leader> LEADER = owned(AggregateKind.LEADER, Leader.class, Leader::id,
      LeaderId::of, Storage::leaders, l -> Optional.of(l.unit()));

  /** Leadership bodies (their meetings are kept beside them): the body's unit. */
  public static final AggregateType<LeadershipBodyId, LeadershipBody> LEADERSHIP_BODY = owned(
      AggregateKind.LEADERSHIP_BODY, LeadershipBody.class, LeadershipBody::id, LeadershipBodyId::of,
      Storage::leadershipBodies, b -> Optional.of(b.unit()));

  /** Implementation plans with their reviews: the plan's unit, the submission date as deadline. */
  public static final AggregateType<PlanId, ImplementationPlan> IMPLEMENTATION_PLAN = owned(
      AggregateKind.IMPLEMENTATION_PLAN, ImplementationPlan.class, ImplementationPlan::id, PlanId::of,
      Storage::plans, p -> Optional.of(p.unit()))
      .withDeadline(p -> Optional.of(p.submittedOn()));

  /** Schedule items, keyed by {@link ScheduleItemKey}: the item's unit, its window's first day as deadline. */
  public static final AggregateType<ScheduleItemKey, ScheduleItem> SCHEDULE_ITEM = owned(
      AggregateKind.SCHEDULE_ITEM, ScheduleItem.class, ScheduleItemKey::of, ScheduleItemKey::parse,
      Storage::schedule, i -> Optional.of(i.unit()))
      .withDeadline(i -> Optional.of(i.window().start()));

  /** Problem lists: the owner's unit and leader. */
  public static final AggregateType<ProblemListId, ProblemList> PROBLEM_LIST = owned(AggregateKind.PROBLEM_LIST,
      ProblemList.class, ProblemList::id, ProblemListId::of, Storage::problemLists, l -> Optional.of(l.owner().unit()))
      .withLeadLeader(l -> l.owner().leader());

  /** Every descriptor, in the order of {@link AggregateKind}. */
  public static final List<AggregateType<?, ?>> ALL = List.of(ORGANISATION, CAMPAIGN, PROBLEM, RECTIFICATION_ITEM,
      SPECIAL_RECTIFICATION, GUIDANCE_GROUP, ACTIVITY, LEADER, LEADERSHIP_BODY, IMPLEMENTATION_PLAN, SCHEDULE_ITEM,
      PROBLEM_LIST);

  private static final Map<AggregateKind, AggregateType<?, ?>> BY_KIND = byKind();

  private final AggregateKind kind;
  private final Class<T> type;
  private final Function<T, I> id;
  private final Function<String, I> parseId;
  private final Function<Storage, ? extends AggregateStore<I, T>> getter;
  private final Placement placement;
  private final Function<T, Optional<OrgId>> unit;
  private final @Nullable Function<T, Optional<RectificationStatus>> status;
  private final @Nullable Function<T, Optional<LocalDate>> deadline;
  private final @Nullable Function<T, Optional<LeaderId>> leadLeader;
  private final Set<Criterion> criteria;

  private AggregateType(AggregateKind kind, Class<T> type, Function<T, I> id, Function<String, I> parseId,
      Function<Storage, ? extends AggregateStore<I, T>> getter, Placement placement,
      Function<T, Optional<OrgId>> unit) {
    this(kind, type, id, parseId, getter, placement, unit, null, null, null);
  }

  private AggregateType(AggregateKind kind, Class<T> type, Function<T, I> id, Function<String, I> parseId,
      Function<Storage, ? extends AggregateStore<I, T>> getter, Placement placement,
      Function<T, Optional<OrgId>> unit,
      @Nullable Function<T, Optional<RectificationStatus>> status,
      @Nullable Function<T, Optional<LocalDate>> deadline, @Nullable Function<T, Optional<LeaderId>> leadLeader) {
    this.kind = kind;
    this.type = type;
    this.id = id;
    this.parseId = parseId;
    this.getter = getter;
    this.placement = placement;
    this.unit = unit;
    this.status = status;
    this.deadline = deadline;
    this.leadLeader = leadLeader;
    this.criteria = answered(placement, status != null, deadline != null, leadLeader != null);
  }

  private static <I extends Identifier, T> AggregateType<I, T> shared(AggregateKind kind, Class<T> type,
      Function<T, I> id, Function<String, I> parseId, Function<Storage, ? extends AggregateStore<I, T>> getter) {
    return new AggregateType<>(kind, type, id, parseId, getter, Placement.SHARED, v -> Optional.empty());
  }

  private static <I extends Identifier, T> AggregateType<I, T> owned(AggregateKind kind, Class<T> type,
      Function<T, I> id, Function<String, I> parseId, Function<Storage, ? extends AggregateStore<I, T>> getter,
      Function<T, Optional<OrgId>> unit) {
    return new AggregateType<>(kind, type, id, parseId, getter, Placement.UNIT_OWNED, unit);
  }

  private AggregateType<I, T> withStatus(Function<T, Optional<RectificationStatus>> extractor) {
    return new AggregateType<>(kind, type, id, parseId, getter, placement, unit, extractor, deadline, leadLeader);
  }

  private AggregateType<I, T> withDeadline(Function<T, Optional<LocalDate>> extractor) {
    return new AggregateType<>(kind, type, id, parseId, getter, placement, unit, status, extractor, leadLeader);
  }

  private AggregateType<I, T> withLeadLeader(Function<T, Optional<LeaderId>> extractor) {
    return new AggregateType<>(kind, type, id, parseId, getter, placement, unit, status, deadline, extractor);
  }

  private static Map<AggregateKind, AggregateType<?, ?>> byKind() {
    Map<AggregateKind, AggregateType<?, ?>> map = new EnumMap<>(AggregateKind.class);
    for (AggregateType<?, ?> t : ALL) {
      if (map.put(t.kind, t) != null) {
        throw new IllegalStateException("two descriptors of " + t.kind);
      }
    }
    if (map.size() != AggregateKind.values().length) {
      throw new IllegalStateException("a kind has no descriptor: " + EnumSet.complementOf(EnumSet.copyOf(map.keySet())));
    }
    return Map.copyOf(map);
  }

  /**
   * Returns the descriptor of a kind.
   *
   * @param kind the kind, not null
   * @return its descriptor
   */
  public static AggregateType<?, ?> of(AggregateKind kind) {
    return Objects.requireNonNull(BY_KIND.get(Objects.requireNonNull(kind, "kind")));
  }

  /**
   * Returns the kind described.
   *
   * @return the kind
   */
  public AggregateKind kind() {
    return kind;
  }

  /**
   * Returns the aggregate's class, to read a stored value back.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns where aggregates of this kind belong.
   *
   * @return the placement
   */
  public Placement placement() {
    return placement;
  }

  /**
   * Tells whether this kind is shared reference data: readable through every scope, writable
   * through none.
   *
   * @return true for {@link Placement#SHARED}
   */
  public boolean isShared() {
    return placement == Placement.SHARED;
  }

  /**
   * Returns this kind's store in a storage through the SPI's named getter of it (such as
   * {@link Storage#problems()}). Every kind has one; the result is optional so that a kind added
   * later without a getter need not change the callers.
   *
   * @param storage the storage, not null
   * @return the store (present for every kind of this release)
   */
  public Optional<AggregateStore<I, T>> namedStoreIn(Storage storage) {
    return Optional.of(getter.apply(storage));
  }

  /**
   * Returns the id of an aggregate.
   *
   * @param value the aggregate, not null
   * @return its typed id
   */
  public I idOf(T value) {
    return id.apply(value);
  }

  /**
   * Returns the stored text of an aggregate's id: the key every store orders and pages by.
   *
   * @param value the aggregate, not null
   * @return {@code idOf(value).value()}
   */
  public String keyOf(T value) {
    return id.apply(value).value();
  }

  /**
   * Parses an id back from its stored text ({@link Identifier#value()}).
   *
   * @param text the text, not null
   * @return the typed id
   * @throws IllegalArgumentException if the text is not an id of this kind
   */
  public I parseId(String text) {
    return parseId.apply(text);
  }

  /**
   * Returns the unit that SUBTREE, BATCH and scopes look at: the owning unit, an organisation's
   * own id, nothing for shared data.
   *
   * @param value the aggregate, not null
   * @return the unit, or empty
   */
  public Optional<OrgId> unitOf(T value) {
    return unit.apply(value);
  }

  /**
   * Returns the status that STATUS and OVERDUE look at.
   *
   * @param value the aggregate, not null
   * @return the status, or empty if the kind has none
   */
  public Optional<RectificationStatus> statusOf(T value) {
    return status == null ? Optional.empty() : status.apply(value);
  }

  /**
   * Returns the (effective) deadline or date that DEADLINE_RANGE and OVERDUE look at.
   *
   * @param value the aggregate, not null
   * @return the date, or empty if the kind or the aggregate has none
   */
  public Optional<LocalDate> deadlineOf(T value) {
    return deadline == null ? Optional.empty() : deadline.apply(value);
  }

  /**
   * Returns the lead (or responsible, or owning) leader that LEAD_LEADER looks at.
   *
   * @param value the aggregate, not null
   * @return the leader, or empty if the kind or the aggregate has none
   */
  public Optional<LeaderId> leadLeaderOf(T value) {
    return leadLeader == null ? Optional.empty() : leadLeader.apply(value);
  }

  /**
   * Returns the criteria a store of this kind answers, from its placement and fields: SUBTREE
   * unless shared, BATCH if owned by a unit, STATUS with a status, DEADLINE_RANGE with a
   * deadline, OVERDUE with both, LEAD_LEADER with a lead leader.
   *
   * @return an unmodifiable set
   */
  public Set<Criterion> criteria() {
    return criteria;
  }

  private static Set<Criterion> answered(Placement placement, boolean status, boolean deadline, boolean leader) {
    Set<Criterion> answered = EnumSet.noneOf(Criterion.class);
    if (placement != Placement.SHARED) {
      answered.add(Criterion.SUBTREE);
    }
    if (placement == Placement.UNIT_OWNED) {
      answered.add(Criterion.BATCH);
    }
    if (status) {
      answered.add(Criterion.STATUS);
    }
    if (deadline) {
      answered.add(Criterion.DEADLINE_RANGE);
    }
    if (status && deadline) {
      answered.add(Criterion.OVERDUE);
    }
    if (leader) {
      answered.add(Criterion.LEAD_LEADER);
    }
    return Set.copyOf(answered);
  }

  /**
   * Casts a stored value to this kind's class.
   *
   * @param value a value of this kind, not null
   * @return the value
   * @throws ClassCastException if it is not of this kind's class
   */
  public T cast(Object value) {
    return type.cast(value);
  }

  @Override
  public String toString() {
    return "AggregateType[" + kind + "]";
  }
}
