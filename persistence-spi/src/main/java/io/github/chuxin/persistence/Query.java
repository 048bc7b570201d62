package io.github.chuxin.persistence;

import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.rectification.RectificationStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A query against one store 查詢 (查询): criteria that must all hold, a page size and the cursor
 * to continue from. Answers come in the store's stable order (ascending id value).
 *
 * <p>Immutable; make one with {@link #builder()}, e.g.
 * {@code Query.builder().subtree(district).overdueAsOf(today).limit(200).build()}. Which criteria a
 * store answers, and on which field, is stated by {@link AggregateKind}.
 */
@Value.Immutable
public abstract class Query {

  /** Only the generated {@code ImmutableQuery}, in this package, extends this class. */
  Query() {
  }

  /** The page size used when none is given. */
  public static final int DEFAULT_LIMIT = 100;

  /** The largest page size. */
  public static final int MAX_LIMIT = 10_000;

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableQuery.Builder builder() {
    return ImmutableQuery.builder();
  }

  /**
   * Returns the query of everything, first page.
   *
   * @return a query without criteria
   */
  public static Query all() {
    return builder().build();
  }

  /**
   * The unit whose subtree (itself included) the aggregate's unit must lie in.
   *
   * @return the subtree's root, or empty
   */
  public abstract Optional<OrgId> subtree();

  /**
   * The statuses of which the aggregate's must be one; empty means any.
   *
   * @return the statuses
   */
  public abstract Set<RectificationStatus> statuses();

  /**
   * The earliest (effective) deadline or date, inclusive.
   *
   * @return the lower bound, or empty
   */
  public abstract Optional<LocalDate> deadlineFrom();

  /**
   * The latest (effective) deadline or date, inclusive.
   *
   * @return the upper bound, or empty
   */
  public abstract Optional<LocalDate> deadlineTo();

  /**
   * The date as of which the aggregate must be overdue: effective deadline before it and not done.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> overdueAsOf();

  /**
   * The batch the aggregate's unit must belong to.
   *
   * @return the batch, or empty
   */
  public abstract Optional<BatchId> batch();

  /**
   * The leader who must lead the aggregate.
   *
   * @return the leader, or empty
   */
  public abstract Optional<LeaderId> leadLeader();

  /**
   * The page size, 1 to {@value #MAX_LIMIT}.
   *
   * @return the most items a page holds
   */
  @Value.Default
  public int limit() {
    return DEFAULT_LIMIT;
  }

  /**
   * The cursor after which the page starts, from the previous page's {@link Page#next()}.
   *
   * @return the cursor, or empty for the first page
   */
  public abstract Optional<Cursor> after();

  /**
   * Returns the same query continued after a cursor.
   *
   * @param cursor the previous page's cursor, not null
   * @return the query of the next page
   */
  public Query continuedAfter(Cursor cursor) {
    return builder().from(this).after(cursor).build();
  }

  /**
   * Returns the criteria this query uses.
   *
   * @return the criteria, possibly empty
   */
  public Set<Criterion> criteria() {
    Set<Criterion> used = EnumSet.noneOf(Criterion.class);
    subtree().ifPresent(s -> used.add(Criterion.SUBTREE));
    if (!statuses().isEmpty()) {
      used.add(Criterion.STATUS);
    }
    if (deadlineFrom().isPresent() || deadlineTo().isPresent()) {
      used.add(Criterion.DEADLINE_RANGE);
    }
    overdueAsOf().ifPresent(d -> used.add(Criterion.OVERDUE));
    batch().ifPresent(b -> used.add(Criterion.BATCH));
    leadLeader().ifPresent(l -> used.add(Criterion.LEAD_LEADER));
    return used;
  }

  /**
   * Refuses criteria a kind of aggregate does not answer.
   *
   * @param kind the store's kind, not null
   * @throws IllegalArgumentException naming the first criterion that does not apply
   */
  public void requireApplicableTo(AggregateKind kind) {
    for (Criterion c : criteria()) {
      if (!kind.criteria().contains(c)) {
        throw new IllegalArgumentException("the criterion " + c + " does not apply to " + kind);
      }
    }
  }

  /**
   * Checks the query when it is built: its limit is 1 to {@link #MAX_LIMIT}, and its deadline range
   * does not end before it starts.
   *
   * @throws IllegalStateException if not
   */
  @Value.Check
  protected void check() {
    if (limit() < 1 || limit() > MAX_LIMIT) {
      throw new IllegalStateException("query: limit must be 1 to " + MAX_LIMIT + ", was " + limit());
    }
    if (deadlineFrom().isPresent() && deadlineTo().isPresent() && deadlineTo().get().isBefore(deadlineFrom().get())) {
      throw new IllegalStateException("query: deadline range ends " + deadlineTo().get() + " before it starts "
          + deadlineFrom().get());
    }
  }
}
