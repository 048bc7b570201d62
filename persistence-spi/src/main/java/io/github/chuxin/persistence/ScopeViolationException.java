package io.github.chuxin.persistence;

import io.github.chuxin.org.OrgId;

/**
 * A write through a scoped storage outside its subtree 越權寫入 (越权写入): nothing was written.
 */
public final class ScopeViolationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final AggregateKind kind;
  private final String id;
  private final OrgId scope;

  /**
   * Creates a violation.
   *
   * @param kind the aggregate's kind, not null
   * @param id the aggregate's id, not null
   * @param scope the root of the scope, not null
   */
  public ScopeViolationException(AggregateKind kind, String id, OrgId scope) {
    super(kind + " " + id + " lies outside the scope of unit " + scope);
    this.kind = kind;
    this.id = id;
    this.scope = scope;
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
   * Returns the root unit of the scope.
   *
   * @return the scope's root
   */
  public OrgId scope() {
    return scope;
  }
}
