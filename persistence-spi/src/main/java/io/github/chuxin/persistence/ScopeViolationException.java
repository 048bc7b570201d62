package io.github.chuxin.persistence;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import java.util.Objects;

/**
 * A write through a scoped storage outside its subtree 越權寫入 (越权写入): nothing was written.
 *
 * <p>Names the aggregate written (or, for a fact such as a guidance assignment or a meeting, the
 * aggregate the fact belongs to: the group or the body) and the root of the scope. Shared
 * reference data (campaigns, guidance groups) is refused through every scope.
 */
public final class ScopeViolationException extends StorageRefusedException {

  private static final long serialVersionUID = 1L;

  /** The root unit of the scope. */
  private final OrgId scope;

  /**
   * Creates a violation by a write of an aggregate.
   *
   * @param kind the aggregate's kind, not null
   * @param id the aggregate's id, not null
   * @param scope the root of the scope, not null
   */
  public ScopeViolationException(AggregateKind kind, Identifier id, OrgId scope) {
    this(kind, id, scope, kind + " " + id.value());
  }

  /**
   * Creates a violation by a fact added to an aggregate: a guidance group's assignment or
   * five-musts record, a leadership body's meeting.
   *
   * @param kind the kind of the aggregate the fact belongs to, not null
   * @param id that aggregate's id, not null
   * @param fact what the fact is, for the message, such as {@code "the assignment to unit bj-3"}
   * @param scope the root of the scope, not null
   */
  public ScopeViolationException(AggregateKind kind, Identifier id, String fact, OrgId scope) {
    this(kind, id, scope, kind + " " + id.value() + ": " + Objects.requireNonNull(fact, "fact"));
  }

  private ScopeViolationException(AggregateKind kind, Identifier id, OrgId scope, String what) {
    super(what + " lies outside the scope of unit " + scope.value() + "; nothing was written", kind, id);
    this.scope = scope;
  }

  /**
   * Returns the root unit of the scope.
   *
   * @return the scope's root
   */
  public OrgId scope() {
    return scope;
  }
}
