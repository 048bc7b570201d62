package io.github.chuxin.org;

import java.util.Objects;
import java.util.Optional;

/**
 * A reason a set of organisations does not form a tree: a duplicate identifier, an orphan whose
 * parent is missing, or a unit on or below a cycle.
 *
 * @param kind what is wrong
 * @param orgId the organisation concerned
 * @param relatedId the other organisation involved: the missing parent of an orphan, or the
 *     next unit on the cycle
 */
public record TreeDefect(Kind kind, OrgId orgId, Optional<OrgId> relatedId) {

  /** What is wrong with the tree. */
  public enum Kind {
    /** Two organisations share an identifier; the later one is reported. */
    DUPLICATE_ID,
    /** An organisation's parent is not among the organisations. */
    ORPHAN,
    /** An organisation lies on a cycle of parents, or below one, and so under no root. */
    CYCLE
  }

  /**
   * Checks that no component is null.
   *
   * @param kind what is wrong
   * @param orgId the organisation concerned
   * @param relatedId the other organisation involved: the missing parent of an orphan, or the
   *     next unit on the cycle
   */
  public TreeDefect {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(relatedId, "relatedId");
  }

  /**
   * Describes the defect in English.
   *
   * @return the description
   */
  public String describe() {
    return switch (kind) {
      case DUPLICATE_ID -> "duplicate organisation id " + orgId;
      case ORPHAN -> "organisation " + orgId + " has parent " + relatedId.map(OrgId::value).orElse("?")
          + ", which is not in the tree";
      case CYCLE -> "organisation " + orgId + " lies on or below a cycle of parents (parent "
          + relatedId.map(OrgId::value).orElse("?") + ")";
    };
  }
}
