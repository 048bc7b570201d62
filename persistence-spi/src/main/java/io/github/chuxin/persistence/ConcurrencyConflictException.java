package io.github.chuxin.persistence;

import java.util.Optional;

/**
 * A write that stated a stale revision 併發衝突 (并发冲突): nothing was written.
 *
 * <p>Names the aggregate's kind and id, the revision the writer expected and the one stored, so
 * the caller can re-read and retry.
 */
public final class ConcurrencyConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final AggregateKind kind;
  private final String id;
  private final ExpectedRevision expected;
  private final transient Optional<Revision> current;

  /**
   * Creates a conflict.
   *
   * @param kind the aggregate's kind, not null
   * @param id the aggregate's id, not null
   * @param expected what the writer expected, not null
   * @param current what is stored, or empty if nothing is, not null
   */
  public ConcurrencyConflictException(AggregateKind kind, String id, ExpectedRevision expected,
      Optional<Revision> current) {
    super(kind + " " + id + ": expected revision " + expected + " but the stored revision is "
        + current.map(Revision::toString).orElse("none"));
    this.kind = kind;
    this.id = id;
    this.expected = expected;
    this.current = current;
  }

  /**
   * Returns the aggregate's kind.
   *
   * @return the kind
   */
  public AggregateKind kind() {
    return kind;
  }

  /**
   * Returns the aggregate's id.
   *
   * @return the id's value
   */
  public String id() {
    return id;
  }

  /**
   * Returns the revision the writer expected.
   *
   * @return the expectation
   */
  public ExpectedRevision expected() {
    return expected;
  }

  /**
   * Returns the revision stored when the write was refused.
   *
   * @return the current revision, or empty if the aggregate does not exist
   */
  public Optional<Revision> current() {
    return current == null ? Optional.empty() : current;
  }
}
