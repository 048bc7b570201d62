package io.github.chuxin.org;

import io.github.chuxin.diagnostic.ModelConstraintException;

/**
 * The party members 黨員 (党员) of one unit itself, not of its subtree: full members 正式黨員
 * (正式党员) and probationary members 預備黨員 (预备党员).
 *
 * <p>Immutable; both counts are zero or more.
 *
 * @param full full members, zero or more
 * @param probationary probationary members, zero or more
 */
public record MemberCount(int full, int probationary) {

  /** No members. */
  public static final MemberCount NONE = new MemberCount(0, 0);

  /**
   * Checks that neither count is negative.
   *
   * @param full full members, zero or more
   * @param probationary probationary members, zero or more
   * @throws ModelConstraintException {@code ORG-NEGATIVE-MEMBERS} if a count is negative
   */
  public MemberCount {
    if (full < 0 || probationary < 0) {
      throw OrgConstraint.NEGATIVE_MEMBERS.refusal("full", Integer.toString(full),
          "probationary", Integer.toString(probationary));
    }
  }

  /**
   * Returns a count of full members only.
   *
   * @param full full members, zero or more
   * @return the count
   * @throws ModelConstraintException {@code ORG-NEGATIVE-MEMBERS} if the count is negative
   */
  public static MemberCount ofFull(int full) {
    return new MemberCount(full, 0);
  }

  /**
   * Returns a count.
   *
   * @param full full members, zero or more
   * @param probationary probationary members, zero or more
   * @return the count
   * @throws ModelConstraintException {@code ORG-NEGATIVE-MEMBERS} if a count is negative
   */
  public static MemberCount of(int full, int probationary) {
    return new MemberCount(full, probationary);
  }

  /**
   * Returns full plus probationary members.
   *
   * @return the total
   */
  public int total() {
    return full + probationary;
  }
}
