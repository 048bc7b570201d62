package io.github.chuxin.rectification;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Violation;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The status workflow 整改流程 (整改流程) of rectification items: which transitions are allowed and
 * which roles may make each, as a table of {@link Transition}s.
 *
 * <p>Immutable and thread-safe. The {@linkplain #standard() standard} table:
 *
 * <table>
 * <caption>standard transitions</caption>
 * <tr><th>from</th><th>to</th><th>who</th></tr>
 * <tr><td>PLANNED</td><td>IN_PROGRESS</td><td>responsible unit, lead leader</td></tr>
 * <tr><td>IN_PROGRESS</td><td>SUBMITTED</td><td>responsible unit</td></tr>
 * <tr><td>SUBMITTED</td><td>RETURNED</td><td>lead leader, guidance group</td></tr>
 * <tr><td>SUBMITTED</td><td>COMPLETED</td><td>lead leader</td></tr>
 * <tr><td>SUBMITTED</td><td>STAGE_COMPLETED</td><td>lead leader</td></tr>
 * <tr><td>RETURNED</td><td>IN_PROGRESS</td><td>responsible unit</td></tr>
 * <tr><td>RETURNED</td><td>SUBMITTED</td><td>responsible unit</td></tr>
 * <tr><td>COMPLETED, STAGE_COMPLETED</td><td>SIGNED_OFF</td><td>lead leader, guidance group, campaign office</td></tr>
 * <tr><td>COMPLETED, STAGE_COMPLETED, SIGNED_OFF</td><td>REOPENED</td><td>lead leader, guidance group, campaign office</td></tr>
 * <tr><td>REOPENED</td><td>IN_PROGRESS</td><td>responsible unit</td></tr>
 * </table>
 *
 * <p>The review loop is the responsible unit's: it submits, the lead leader completes or returns
 * (a guidance group may return too), and the unit reworks and submits again. Sign-off 銷號 (销号)
 * verifies a completed item and strikes it off the list; the campaign office 主題教育辦公室
 * (主题教育办公室), which signs off items in Beijing's ledger, may sign off and reopen, as may the
 * lead leader and the guidance group.
 *
 * <p>{@link #transition} also requires evidence to complete (or stage-complete) an item, sets
 * the completion day on completing, records a {@link SignOff} on signing off (the actor is the
 * verifier), clears both on reopening, and appends every change to the history. Sign-off is only
 * reachable from a completed status, so it always follows completion.
 *
 * <pre>{@code
 * Validation<Violation, RectificationItem> next = RectificationWorkflow.standard()
 *     .transition(item, RectificationStatus.IN_PROGRESS, ActorRole.RESPONSIBLE_UNIT, "bj-subway", clock, zone, "started");
 * }</pre>
 */
public final class RectificationWorkflow {

  /**
   * One allowed transition and the roles that may make it.
   *
   * @param from the status before, not null
   * @param to the status after, not null
   * @param roles the roles that may make it, not empty
   */
  public record Transition(RectificationStatus from, RectificationStatus to, Set<ActorRole> roles) {

    /**
     * Checks and copies the components.
     *
     * @param from the status before, not null
     * @param to the status after, not null
     * @param roles the roles that may make it, not empty
     */
    public Transition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from == to) {
        throw new IllegalArgumentException("a transition changes the status: " + from);
      }
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("a transition names who may make it: " + from + " -> " + to);
      }
      roles = Set.copyOf(roles);
    }

    /**
     * Returns a transition.
     *
     * @param from the status before
     * @param to the status after
     * @param roles the roles that may make it
     * @return the transition
     */
    public static Transition of(RectificationStatus from, RectificationStatus to, ActorRole... roles) {
      return new Transition(from, to, Set.of(roles));
    }
  }

  private static final RectificationWorkflow STANDARD = standardTable();

  private final List<Transition> transitions;
  private final Map<RectificationStatus, Map<RectificationStatus, Set<ActorRole>>> table;

  private RectificationWorkflow(List<Transition> transitions) {
    this.transitions = List.copyOf(transitions);
    this.table = new EnumMap<>(RectificationStatus.class);
    for (Transition t : transitions) {
      Map<RectificationStatus, Set<ActorRole>> row = table.computeIfAbsent(t.from(),
          f -> new EnumMap<>(RectificationStatus.class));
      if (row.containsKey(t.to())) {
        throw new IllegalArgumentException("transition listed twice: " + t.from() + " -> " + t.to());
      }
      row.put(t.to(), EnumSet.copyOf(t.roles()));
    }
  }

  /**
   * Returns a workflow with a table of transitions.
   *
   * @param transitions the transitions, each pair of statuses at most once, not null
   * @return the workflow
   */
  public static RectificationWorkflow of(List<Transition> transitions) {
    return new RectificationWorkflow(transitions);
  }

  /**
   * Returns the standard workflow, as tabled in the class description.
   *
   * @return the workflow
   */
  public static RectificationWorkflow standard() {
    return STANDARD;
  }

  private static RectificationWorkflow standardTable() {
    ActorRole unit = ActorRole.RESPONSIBLE_UNIT;
    ActorRole leader = ActorRole.LEAD_LEADER;
    ActorRole group = ActorRole.GUIDANCE_GROUP;
    ActorRole office = ActorRole.CAMPAIGN_OFFICE;
    List<Transition> t = new ArrayList<>();
    t.add(Transition.of(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS, unit, leader));
    t.add(Transition.of(RectificationStatus.IN_PROGRESS, RectificationStatus.SUBMITTED, unit));
    t.add(Transition.of(RectificationStatus.SUBMITTED, RectificationStatus.RETURNED, leader, group));
    t.add(Transition.of(RectificationStatus.SUBMITTED, RectificationStatus.COMPLETED, leader));
    t.add(Transition.of(RectificationStatus.SUBMITTED, RectificationStatus.STAGE_COMPLETED, leader));
    t.add(Transition.of(RectificationStatus.RETURNED, RectificationStatus.IN_PROGRESS, unit));
    t.add(Transition.of(RectificationStatus.RETURNED, RectificationStatus.SUBMITTED, unit));
    t.add(Transition.of(RectificationStatus.COMPLETED, RectificationStatus.SIGNED_OFF, leader, group, office));
    t.add(Transition.of(RectificationStatus.STAGE_COMPLETED, RectificationStatus.SIGNED_OFF, leader, group, office));
    t.add(Transition.of(RectificationStatus.COMPLETED, RectificationStatus.REOPENED, leader, group, office));
    t.add(Transition.of(RectificationStatus.STAGE_COMPLETED, RectificationStatus.REOPENED, leader, group, office));
    t.add(Transition.of(RectificationStatus.SIGNED_OFF, RectificationStatus.REOPENED, leader, group, office));
    t.add(Transition.of(RectificationStatus.REOPENED, RectificationStatus.IN_PROGRESS, unit));
    return new RectificationWorkflow(t);
  }

  /**
   * Returns the table of transitions, in the order given.
   *
   * @return the transitions
   */
  public List<Transition> transitions() {
    return transitions;
  }

  /**
   * Tells whether a transition is in the table.
   *
   * @param from the status before, not null
   * @param to the status after, not null
   * @return whether it is allowed to someone
   */
  public boolean allowed(RectificationStatus from, RectificationStatus to) {
    return table.getOrDefault(from, Map.of()).containsKey(to);
  }

  /**
   * Tells whether a role may make a transition.
   *
   * @param role the role, not null
   * @param from the status before, not null
   * @param to the status after, not null
   * @return whether the transition is allowed and the role may make it
   */
  public boolean mayMake(ActorRole role, RectificationStatus from, RectificationStatus to) {
    Set<ActorRole> roles = table.getOrDefault(from, Map.of()).get(to);
    return roles != null && roles.contains(role);
  }

  /**
   * Moves an item to a status, or says why it may not.
   *
   * @param item the item, not null
   * @param to the new status, not null
   * @param role the role of whoever makes the change, not null
   * @param actor who makes it (a person's or unit's identifier); the verifier on sign-off, not blank
   * @param clock the clock giving the change's instant, not null
   * @param zone the campaign's zone, in which the completion and sign-off days are read, not null
   * @param note a note, or null for none
   * @return the changed item with the change appended to its history, or the violation:
   *     {@code RECT-ILLEGAL-TRANSITION}, {@code RECT-ROLE-NOT-ALLOWED} or
   *     {@code RECT-COMPLETED-WITHOUT-EVIDENCE}
   */
  public Validation<Violation, RectificationItem> transition(RectificationItem item, RectificationStatus to,
      ActorRole role, String actor, Clock clock, ZoneId zone, @org.jspecify.annotations.Nullable String note) {
    RectificationStatus from = item.status();
    ElementPath path = ElementPath.of("rectification", item.id());
    Map<String, String> args = new LinkedHashMap<>();
    args.put("item", item.id().value());
    Violation.putLabelled(args, "from", from.label());
    Violation.putLabelled(args, "to", to.label());
    Violation.putLabelled(args, "role", role.label());
    if (!allowed(from, to)) {
      return Validation.invalid(WorkflowRule.ILLEGAL_TRANSITION.violation(path, args));
    }
    if (!mayMake(role, from, to)) {
      return Validation.invalid(WorkflowRule.ROLE_NOT_ALLOWED.violation(path, args));
    }
    boolean completing = to == RectificationStatus.COMPLETED || to == RectificationStatus.STAGE_COMPLETED;
    if (completing && item.evidence().isEmpty()) {
      Map<String, String> evidenceArgs = new LinkedHashMap<>();
      evidenceArgs.put("item", item.id().value());
      Violation.putLabelled(evidenceArgs, "status", to.label());
      return Validation.invalid(WorkflowRule.COMPLETED_WITHOUT_EVIDENCE.violation(path, evidenceArgs));
    }
    if (actor.isBlank()) {
      throw new IllegalArgumentException("a transition names its actor");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    ImmutableStatusChange.Builder change = StatusChange.builder().from(from).to(to).at(clock.instant())
        .role(role).actor(actor);
    if (note != null) {
      change.note(note);
    }
    ImmutableRectificationItem.Builder next = ImmutableRectificationItem.builder().from(item).status(to)
        .addHistory(change.build());
    if (completing) {
      next.completedOn(today);
    } else if (to == RectificationStatus.SIGNED_OFF) {
      ImmutableSignOff.Builder signOff = SignOff.builder().date(today).verifiedBy(actor);
      if (note != null) {
        signOff.note(note);
      }
      next.signOff(signOff.build());
    } else if (to == RectificationStatus.REOPENED) {
      next.completedOn(java.util.Optional.empty()).signOff(java.util.Optional.empty());
    }
    return Validation.valid(next.build());
  }
}
