package io.github.chuxin.persistence;

import java.util.Optional;

/**
 * The revision a write expects to replace 預期版本 (预期版本): none for an insert
 * ({@link #expectNew()}), or the revision the writer read ({@link #of(Revision)}).
 *
 * <p>Immutable value. A write whose expectation does not match the stored revision fails with
 * {@link ConcurrencyConflictException}.
 *
 * @param revision the revision expected to be current, or empty if the aggregate must not exist yet
 */
public record ExpectedRevision(Optional<Revision> revision) {

  private static final ExpectedRevision NEW = new ExpectedRevision(Optional.empty());

  /**
   * Checks the value.
   *
   * @param revision not null
   */
  public ExpectedRevision {
    java.util.Objects.requireNonNull(revision, "revision");
  }

  /**
   * Expects the aggregate not to exist: the write is an insert.
   *
   * @return the expectation of no revision
   */
  public static ExpectedRevision expectNew() {
    return NEW;
  }

  /**
   * Expects the aggregate to be at a revision.
   *
   * @param revision the revision the writer read, not null
   * @return the expectation
   */
  public static ExpectedRevision of(Revision revision) {
    return new ExpectedRevision(Optional.of(revision));
  }

  /**
   * Expects the revision of what a writer read.
   *
   * @param read the versioned value read, not null
   * @return the expectation of its revision
   */
  public static ExpectedRevision of(Versioned<?> read) {
    return of(read.revision());
  }

  /**
   * Tells whether a stored revision satisfies this expectation.
   *
   * @param current the stored revision, or empty if nothing is stored
   * @return true if the write may proceed
   */
  public boolean isMetBy(Optional<Revision> current) {
    return revision.equals(current);
  }

  /**
   * Tells whether this expectation is an insert.
   *
   * @return true for {@link #expectNew()}
   */
  public boolean isNew() {
    return revision.isEmpty();
  }

  @Override
  public String toString() {
    return revision.map(Revision::toString).orElse("new");
  }
}
