package io.github.chuxin.persistence.support;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.ItemChanges;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Versioned;
import java.util.Objects;

/**
 * A skeleton {@link AggregateStore} 聚合存儲骨架 (聚合存储骨架) of one kind, described by its
 * {@link AggregateType}: the kind and the ids come from the descriptor, and every write goes
 * through one method that also names who writes (which only a rectification store records, in
 * the change history; a plain save writes as {@value RectificationStore#UNKNOWN_ACTOR}).
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
public abstract class AbstractAggregateStore<I extends Identifier, T> implements AggregateStore<I, T> {

  /** The kind's descriptor. */
  protected final AggregateType<I, T> type;

  /**
   * Creates the store of a kind.
   *
   * @param type the kind's descriptor, not null
   */
  protected AbstractAggregateStore(AggregateType<I, T> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  @Override
  public final AggregateKind kind() {
    return type.kind();
  }

  @Override
  public final I idOf(T value) {
    return type.idOf(value);
  }

  @Override
  public Versioned<T> save(T value, ExpectedRevision expected) {
    return save(value, expected, RectificationStore.UNKNOWN_ACTOR);
  }

  /**
   * Writes an aggregate on behalf of an actor: what
   * {@link RectificationStore#save(io.github.chuxin.rectification.RectificationItem, ExpectedRevision, String)}
   * does for rectification items, whose change history records who wrote; the stores of other
   * kinds record no actor.
   *
   * @param value the aggregate, not null
   * @param expected {@link ExpectedRevision#expectNew()} for an insert, else the revision read
   * @param actor who writes, not blank
   * @return the aggregate with its new revision
   * @throws IllegalArgumentException if the actor is blank
   */
  public Versioned<T> save(T value, ExpectedRevision expected, String actor) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
    return write(value, expected, ItemChanges.requireActor(actor));
  }

  /**
   * Writes one aggregate if its stored revision is the expected one, on behalf of an actor.
   *
   * @param value the aggregate, checked not null
   * @param expected the revision expected, checked not null
   * @param actor who writes, checked not blank
   * @return the aggregate with its new revision
   */
  protected abstract Versioned<T> write(T value, ExpectedRevision expected, String actor);
}
