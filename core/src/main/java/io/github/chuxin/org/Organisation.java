package io.github.chuxin.org;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A unit or party organisation 組織 (组织) of the hierarchy: a node of the {@link OrgTree}.
 *
 * <p>Immutable. Its {@link #members()} are the members of this unit itself; the members of its
 * subtree are a roll-up. A unit may declare the total of its whole subtree in
 * {@link #declaredSubtreeMembers()}, which validation compares with the sum. A temporary
 * organisation ({@link OrgKind#TEMPORARY}) may state the window it exists in and the home
 * organisations its members come from; a joint branch ({@link OrgKind#JOINT_BRANCH}) may list the
 * units it covers; a branch may state the size of its branch committee.
 *
 * <pre>{@code
 * Organisation subway = Organisation.builder()
 *     .id(OrgId.of("bj-subway"))
 *     .parentId(OrgId.of("bj"))
 *     .kind(OrgKind.BUREAU_LEVEL_UNIT)
 *     .name("地鐵公司")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organisation {

  /** Only the generated {@code ImmutableOrganisation}, in this package, extends this class. */
  Organisation() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} with the code it breaks: {@code ORG-NAME-BLANK} for a blank name, {@code ORG-OWN-PARENT} for a
   * unit that is its own parent, {@code ORG-NEGATIVE-DECLARED-TOTAL} for a negative declared
   * subtree total, {@code ORG-ACTIVE-WINDOW-INVERTED} for an active window that ends before it
   * starts, {@code ORG-TEMPORARY-ONLY} for home organisations or an active window on a kind
   * other than {@link OrgKind#TEMPORARY}, {@code ORG-JOINT-BRANCH-ONLY} for covered units on a kind
   * other than {@link OrgKind#JOINT_BRANCH} and {@code ORG-NEGATIVE-COMMITTEE-SIZE} for a negative
   * committee size.
   *
   * @return the builder
   */
  public static ImmutableOrganisation.Builder builder() {
    return ImmutableOrganisation.builder();
  }

  /**
   * Returns the identifier, unique in a tree.
   *
   * @return the identifier
   */
  public abstract OrgId id();

  /**
   * Returns the parent's identifier; empty for a root.
   *
   * @return the parent's identifier
   */
  public abstract Optional<OrgId> parentId();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract OrgKind kind();

  /**
   * Returns the name, as the unit writes it (such as 市文物局).
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the members of this unit itself.
   *
   * @return the members; none by default
   */
  @Value.Default
  public MemberCount members() {
    return MemberCount.NONE;
  }

  /**
   * Returns the member total this unit declares for its whole subtree (itself included), if it
   * declares one.
   *
   * @return the declared total, zero or more
   */
  public abstract Optional<Integer> declaredSubtreeMembers();

  /**
   * Returns the first day of a temporary organisation's existence, if stated.
   *
   * @return the first day
   */
  public abstract Optional<LocalDate> activeFrom();

  /**
   * Returns the last day (inclusive) of a temporary organisation's existence, if stated.
   *
   * @return the last day
   */
  public abstract Optional<LocalDate> activeUntil();

  /**
   * Returns the home organisations of a temporary organisation's members, who keep their home
   * affiliation.
   *
   * @return the home organisations; empty for other kinds
   */
  public abstract Set<OrgId> homeOrganisations();

  /**
   * Returns the units a joint branch 聯合黨支部 (联合党支部) covers 覆蓋單位 (覆盖单位), by name as
   * they write them: small units, each with fewer than 3 full members, that may not appear in the
   * tree themselves. Empty when not recorded (or for other kinds).
   *
   * @return the names of the covered units
   */
  public abstract Set<String> coveredUnits();

  /**
   * Returns the number of members of the organisation's elected committee, if recorded: for a
   * branch, its branch committee 支部委員會 (支部委员会), normally 3 to 5 and at most 7; 0 when
   * the branch has no committee, only a secretary 書記 (书记) and perhaps a deputy.
   *
   * @return the committee's size, zero or more; empty when not recorded
   */
  public abstract Optional<Integer> committeeSize();

  /** The path of this value, for a refusal; made only when one is thrown. */
  private ElementPath where() {
    return ElementPath.of("organisation", id());
  }

  /** Refuses what no organisation can be, with the {@link OrgConstraint} it breaks. */
  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw OrgConstraint.NAME_BLANK.refusal(where().then("name"), "org", id().value());
    }
    if (parentId().isPresent() && parentId().get().equals(id())) {
      throw OrgConstraint.OWN_PARENT.refusal(where().then("parentId"), "org", id().value());
    }
    declaredSubtreeMembers().ifPresent(total -> {
      if (total < 0) {
        throw OrgConstraint.NEGATIVE_DECLARED_TOTAL.refusal(where().then("declaredSubtreeMembers"),
            "org", id().value(), "declared", total.toString());
      }
    });
    if (activeFrom().isPresent() && activeUntil().isPresent()
        && activeUntil().get().isBefore(activeFrom().get())) {
      throw OrgConstraint.ACTIVE_WINDOW_INVERTED.refusal(where().then("activeUntil"), "org", id().value(),
          "until", activeUntil().get().toString(), "from", activeFrom().get().toString());
    }
    if (kind() != OrgKind.TEMPORARY
        && (!homeOrganisations().isEmpty() || activeFrom().isPresent() || activeUntil().isPresent())) {
      throw OrgConstraint.TEMPORARY_ONLY.refusal(where(), "org", id().value());
    }
    if (kind() != OrgKind.JOINT_BRANCH && !coveredUnits().isEmpty()) {
      throw OrgConstraint.JOINT_BRANCH_ONLY.refusal(where().then("coveredUnits"), "org", id().value());
    }
    committeeSize().ifPresent(size -> {
      if (size < 0) {
        throw OrgConstraint.NEGATIVE_COMMITTEE_SIZE.refusal(where().then("committeeSize"),
            "org", id().value(), "size", size.toString());
      }
    });
  }
}
