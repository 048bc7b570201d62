package io.github.chuxin.persistence.support;

import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Criterion;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides, for one kind of aggregate seen through one scope over a stored {@link UnitTree}, what
 * the scope shows, which writes it lets through, and what a {@link Query} matches 查詢匹配 (查询匹配).
 * Every field is read through the kind's {@link AggregateType}, so these meanings are written once
 * for every kind and every store that holds its aggregates in memory.
 *
 * <p>The meanings are those stated on {@link AggregateKind} and {@link Criterion}: SUBTREE and
 * scopes by the aggregate's unit (an organisation by itself, or by its parent when it is not the
 * root), BATCH by the unit's own assignment or else its nearest assigned ancestor's in any campaign
 * that has the batch, STATUS, DEADLINE_RANGE, OVERDUE and LEAD_LEADER by the descriptor's fields.
 * Immutable; thread-safe if the tree is.
 *
 * @param <T> the aggregate type
 */
public final class AggregateMatcher<T> {

  private final AggregateType<?, T> type;
  private final UnitTree tree;
  private final Optional<OrgId> scope;

  private AggregateMatcher(AggregateType<?, T> type, UnitTree tree, Optional<OrgId> scope) {
    this.type = Objects.requireNonNull(type, "type");
    this.tree = Objects.requireNonNull(tree, "tree");
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /**
   * Returns the matcher of a kind through a scope over a tree.
   *
   * @param type the kind's descriptor, not null
   * @param tree the stored tree and campaigns, not null
   * @param scope the root of the scope, or empty for an unscoped storage
   * @param <T> the aggregate type
   * @return the matcher
   */
  public static <T> AggregateMatcher<T> of(AggregateType<?, T> type, UnitTree tree, Optional<OrgId> scope) {
    return new AggregateMatcher<>(type, tree, scope);
  }

  /**
   * Tells whether an aggregate lies in a subtree: its unit does (an organisation: it is the root,
   * or its parent lies in the subtree, so a unit not stored yet counts by its parent).
   *
   * @param value the aggregate, not null
   * @param root the subtree's root, not null
   * @return false for shared data and for an aggregate without a unit
   */
  public boolean isInSubtree(T value, OrgId root) {
    return switch (type.placement()) {
      case SHARED -> false;
      case TREE -> {
        Organisation unit = (Organisation) value;
        yield unit.id().equals(root) || unit.parentId().map(p -> tree.isInSubtree(root, p)).orElse(false);
      }
      case UNIT_OWNED -> type.unitOf(value).map(u -> tree.isInSubtree(root, u)).orElse(false);
    };
  }

  /**
   * Tells whether the scope shows an aggregate: unscoped, shared, or inside the scope's subtree.
   *
   * @param value the aggregate, not null
   * @return true if a read through the scope returns it
   */
  public boolean isVisible(T value) {
    return scope.isEmpty() || type.isShared() || isInSubtree(value, scope.get());
  }

  /**
   * Tells whether the scope shows a fact kept at a unit (a guidance group's assignment or
   * five-musts record): unscoped, or the unit lies in the scope's subtree.
   *
   * @param unit the fact's unit, not null
   * @return true if a read through the scope returns the fact
   */
  public boolean isVisibleAt(OrgId unit) {
    return scope.isEmpty() || tree.isInSubtree(scope.get(), unit);
  }

  /**
   * Refuses a fact at a unit outside the scope, before anything is written.
   *
   * @param owner the id of the aggregate the fact belongs to (a guidance group's), not null
   * @param unit the fact's unit, not null
   * @param fact what the fact is, for the message, such as {@code "the assignment"}
   * @throws ScopeViolationException if scoped and the unit lies outside
   */
  public void checkFactAt(Identifier owner, OrgId unit, String fact) {
    if (!isVisibleAt(unit)) {
      throw new ScopeViolationException(type.kind(), owner, fact + " at unit " + unit.value(), scope.orElseThrow());
    }
  }

  /**
   * Checks a write against the scope, the stored revision and the tree, and returns what it
   * stores; throws, having written nothing, otherwise.
   *
   * @param value the aggregate to write, not null
   * @param stored what is stored under its id, or empty
   * @param expected the revision the writer expects, not null
   * @return the value with its new revision
   * @throws ScopeViolationException if scoped and the value, or the stored value it replaces, lies
   *     outside the scope, or the kind is shared
   * @throws ConcurrencyConflictException if the stored revision is not the expected one
   * @throws TreeCycleException if an organisation would be placed in its own subtree
   */
  public Versioned<T> checkWrite(T value, Optional<? extends Versioned<?>> stored, ExpectedRevision expected) {
    if (scope.isPresent() && (type.isShared() || !isInSubtree(value, scope.get())
        || stored.isPresent() && !isVisible(type.cast(stored.get().value())))) {
      // a stored value outside the scope may not be moved into it either
      throw new ScopeViolationException(type.kind(), type.idOf(value), scope.get());
    }
    Optional<Revision> current = stored.map(Versioned::revision);
    if (!expected.isMetBy(current)) {
      throw new ConcurrencyConflictException(type.kind(), type.idOf(value), expected, current);
    }
    if (type.placement() == AggregateType.Placement.TREE) {
      tree.requireNoCycle((Organisation) value);
    }
    return Versioned.of(value, current.map(Revision::next).orElse(Revision.first()));
  }

  /**
   * Returns the test of a query's criteria, and of the scope, on one aggregate.
   *
   * @param query the query, not null (its limit and cursor are not looked at)
   * @return a predicate that holds for the aggregates the query answers through the scope
   * @throws IllegalArgumentException if the query uses a criterion the kind does not answer
   */
  public Predicate<T> matching(Query query) {
    query.requireApplicableTo(type.kind());
    Predicate<T> p = this::isVisible;
    if (query.subtree().isPresent()) {
      OrgId root = query.subtree().get();
      p = p.and(v -> isInSubtree(v, root));
    }
    if (!query.statuses().isEmpty()) {
      p = p.and(v -> type.statusOf(v).map(query.statuses()::contains).orElse(false));
    }
    if (query.deadlineFrom().isPresent() || query.deadlineTo().isPresent()) {
      LocalDate from = query.deadlineFrom().orElse(LocalDate.MIN);
      LocalDate to = query.deadlineTo().orElse(LocalDate.MAX);
      p = p.and(v -> type.deadlineOf(v).map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false));
    }
    if (query.overdueAsOf().isPresent()) {
      LocalDate asOf = query.overdueAsOf().get();
      p = p.and(v -> type.deadlineOf(v).map(d -> d.isBefore(asOf)).orElse(false)
          && !type.statusOf(v).map(s -> s.isDone()).orElse(false));
    }
    if (query.leadLeader().isPresent()) {
      p = p.and(v -> type.leadLeaderOf(v).equals(query.leadLeader()));
    }
    if (query.batch().isPresent()) {
      Predicate<OrgId> inBatch = batchMembers(query.batch().get());
      p = p.and(v -> type.unitOf(v).map(inBatch::test).orElse(false));
    }
    return p;
  }

  /** Units of a batch: own assignment, else the nearest assigned ancestor's, in any campaign with the batch. */
  private Predicate<OrgId> batchMembers(BatchId batch) {
    List<Map<OrgId, BatchId>> plans = new ArrayList<>();
    for (Campaign campaign : tree.campaigns()) {
      if (campaign.batch(batch).isPresent()) {
        Map<OrgId, BatchId> own = new HashMap<>();
        for (BatchAssignment a : campaign.assignments()) {
          own.putIfAbsent(a.unit(), a.batch());
        }
        plans.add(own);
      }
    }
    int maxSteps = tree.organisationCount() + 1;
    return unit -> {
      for (Map<OrgId, BatchId> own : plans) {
        Optional<OrgId> current = Optional.of(unit);
        for (int steps = 0; current.isPresent() && steps < maxSteps; steps++) {
          BatchId assigned = own.get(current.get());
          if (assigned != null) {
            if (assigned.equals(batch)) {
              return true;
            }
            break;
          }
          Optional<Organisation> org = tree.organisation(current.get());
          if (org.isEmpty()) {
            break;
          }
          current = org.get().parentId();
        }
      }
      return false;
    };
  }
}
