package io.github.chuxin.rectification;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.special.SpecialRectificationId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rectification item 整改落實任務 (整改落实任务): the problems it answers, its measures, the
 * responsible and participating units, the lead leader, its kind and deadline, milestones,
 * status with its history, evidence and sign-off 銷號 (销号). One row of the ledger 臺賬 (台账).
 *
 * <p>Immutable. Local invariants checked here: a time-bound item has a deadline; the history is
 * a chain (each change starts where the previous one ended) that ends in the current status.
 * Everything that needs the tree, the batch or the clock (deadline after the batch, illegal
 * transitions, completion without evidence…) is for validation.
 *
 * <pre>{@code
 * RectificationItem item = RectificationItem.builder()
 *     .id(RectificationId.of("r-1"))
 *     .addProblems(ProblemId.of("p-1"))
 *     .title("緩解9號線擁擠")
 *     .addMeasures("加開高峰列車")
 *     .responsibleUnit(OrgId.of("bj-subway"))
 *     .kind(RectificationKind.TIME_BOUND)
 *     .createdOn(LocalDate.of(2019, 7, 1))
 *     .deadline(Deadline.of(LocalDate.of(2019, 8, 31)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RectificationItem {

  /** Only the generated {@code ImmutableRectificationItem}, in this package, extends this class. */
  RectificationItem() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} with the code it breaks: {@code RECT-TIME-BOUND-WITHOUT-DEADLINE} for a time-bound item
   * without a deadline, {@code RECT-HISTORY-BROKEN} for a history whose changes do not follow on
   * from each other and {@code RECT-STATUS-NOT-HISTORY-END} for a status other than the one the
   * history ends in.
   *
   * @return the builder
   */
  public static ImmutableRectificationItem.Builder builder() {
    return ImmutableRectificationItem.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract RectificationId id();

  /**
   * Returns the problems it answers.
   *
   * @return the problems
   */
  public abstract List<ProblemId> problems();

  /**
   * Returns the special rectification it belongs to, if any.
   *
   * @return the project
   */
  public abstract Optional<SpecialRectificationId> specialRectification();

  /**
   * Returns the items this one is rectified together with 上下聯動 (上下联动): usually the items of
   * units of the other batch that take up the same problem, as the first- and second-batch units
   * rectified together. Each should exist in the campaign; validation reports one that does not.
   *
   * @return the linked items
   */
  public abstract Set<RectificationId> linkedItems();

  /**
   * Returns a short title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the measures 整改舉措 (整改举措).
   *
   * @return the measures
   */
  public abstract List<String> measures();

  /**
   * Returns the responsible unit 責任單位 (责任单位).
   *
   * @return the unit
   */
  public abstract OrgId responsibleUnit();

  /**
   * Returns the participating units 參與單位 (参与单位).
   *
   * @return the units
   */
  public abstract List<OrgId> participatingUnits();

  /**
   * Returns the lead leader 牽頭領導 (牵头领导), if named.
   *
   * @return the leader
   */
  public abstract Optional<LeaderId> leadLeader();

  /**
   * Returns the kind by time.
   *
   * @return the kind
   */
  public abstract RectificationKind kind();

  /**
   * Returns the day the item was created.
   *
   * @return the day
   */
  public abstract LocalDate createdOn();

  /**
   * Returns the deadline 完成時限 (完成时限); a time-bound item always has one.
   *
   * @return the deadline
   */
  public abstract Optional<Deadline> deadline();

  /**
   * Returns the milestones or review dates of a long-term item, in order.
   *
   * @return the milestones
   */
  public abstract List<Milestone> milestones();

  /**
   * Returns the current status.
   *
   * @return the status; planned by default
   */
  @Value.Default
  public RectificationStatus status() {
    return RectificationStatus.PLANNED;
  }

  /**
   * Returns the history of status changes, oldest first.
   *
   * @return the history
   */
  public abstract List<StatusChange> history();

  /**
   * Returns a free-text account of progress 整改進展 (整改进展).
   *
   * @return the progress note
   */
  public abstract Optional<String> progress();

  /**
   * Returns the evidence.
   *
   * @return the evidence
   */
  public abstract List<Evidence> evidence();

  /**
   * Returns the day the item was completed, if it was.
   *
   * @return the completion day
   */
  public abstract Optional<LocalDate> completedOn();

  /**
   * Returns the sign-off, if signed off.
   *
   * @return the sign-off
   */
  public abstract Optional<SignOff> signOff();

  /**
   * Returns the deadline in force after extensions, if the item has a deadline.
   *
   * @return the effective deadline
   */
  public Optional<LocalDate> effectiveDeadline() {
    return deadline().map(Deadline::effective);
  }

  /** The path of this value, for a refusal; made only when one is thrown. */
  private ElementPath where() {
    return ElementPath.of("rectification", id());
  }

  /** Refuses what no item can be, with the {@link RectificationConstraint} it breaks. */
  @Value.Check
  protected void check() {
    if (kind() == RectificationKind.TIME_BOUND && deadline().isEmpty()) {
      throw RectificationConstraint.TIME_BOUND_WITHOUT_DEADLINE.refusal(where().then("deadline"), "item", id().value());
    }
    RectificationStatus previous = null;
    for (StatusChange change : history()) {
      if (previous != null && change.from() != previous) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("item", id().value());
        Violation.putLabelled(args, "from", change.from().label());
        Violation.putLabelled(args, "previous", previous.label());
        throw RectificationConstraint.HISTORY_BROKEN.refusal(where().then("history", change.at()), args);
      }
      previous = change.to();
    }
    if (previous != null && previous != status()) {
      Map<String, String> args = new LinkedHashMap<>();
      args.put("item", id().value());
      Violation.putLabelled(args, "status", status().label());
      Violation.putLabelled(args, "last", previous.label());
      throw RectificationConstraint.STATUS_NOT_HISTORY_END.refusal(where().then("status"), args);
    }
  }
}
