package io.github.chuxin.persistence;

import io.github.chuxin.id.Identifier;
import java.util.Objects;
import java.util.Optional;

/**
 * A write that stated a stale revision 併發衝突 (并发冲突): nothing was written.
 *
 * <p>Names the aggregate's kind and id, the revision the writer expected and the one stored, so
 * the caller can re-read and retry. A bulk save refused because some of its ids are taken names
 * the first of them (in the order of the list) that the storage found stored.
 */
public final class ConcurrencyConflictException extends StorageRefusedException {

  private static final long serialVersionUID = 1L;

  /** The revision the writer expected. */
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
  public ConcurrencyConflictException(AggregateKind kind, Identifier id, ExpectedRevision expected,
      Optional<Revision> current) {
    super(kind + " " + id.value() + ": expected revision " + expected + " but the stored revision is "
        + current.map(Revision::toString).orElse("none") + "; nothing was written", kind, id);
    this.expected = Objects.requireNonNull(expected, "expected");
    this.current = current;
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
