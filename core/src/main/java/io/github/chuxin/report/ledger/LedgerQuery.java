package io.github.chuxin.report.ledger;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.rectification.RectificationStatus;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A filter and order for the ledger 臺賬篩選 (台账筛选): a unit's subtree, some statuses, a
 * window of deadlines.
 *
 * <p>Immutable. Empty parts do not filter.
 *
 * <pre>{@code
 * LedgerQuery query = LedgerQuery.builder()
 *     .subtree(OrgId.of("bj-subway"))
 *     .addStatuses(RectificationStatus.IN_PROGRESS)
 *     .order(LedgerOrder.DEADLINE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LedgerQuery {

  /** Only the generated {@code ImmutableLedgerQuery}, in this package, extends this class. */
  LedgerQuery() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableLedgerQuery.Builder builder() {
    return ImmutableLedgerQuery.builder();
  }

  /**
   * Returns the query that keeps every row in input order.
   *
   * @return the query
   */
  public static LedgerQuery all() {
    return builder().build();
  }

  /**
   * Returns the subtree whose units' items are kept; empty keeps every unit.
   *
   * @return the subtree's root
   */
  public abstract Optional<OrgId> subtree();

  /**
   * Returns the statuses kept; empty keeps every status.
   *
   * @return the statuses
   */
  public abstract Set<RectificationStatus> statuses();

  /**
   * Returns the window the effective deadline must fall in; empty keeps every item, with or
   * without a deadline.
   *
   * @return the window
   */
  public abstract Optional<DateWindow> deadlineWithin();

  /**
   * Returns the order.
   *
   * @return the order; the items' input order by default
   */
  @Value.Default
  public LedgerOrder order() {
    return LedgerOrder.INPUT;
  }
}
