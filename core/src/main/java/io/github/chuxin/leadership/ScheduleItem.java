package io.github.chuxin.leadership;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.org.OrgId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated item of the schedule 月重點、周安排 (月重点、周安排): a monthly focus or a weekly
 * arrangement of a unit.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class ScheduleItem {

  /** Whether the item is a monthly focus or a weekly arrangement. */
  public enum Kind {
    /** 月重點 (月重点): the focus of a month. */
    MONTHLY_FOCUS,
    /** 周安排 (周安排): the arrangement of a week. */
    WEEKLY_ARRANGEMENT
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableScheduleItem.Builder builder() {
    return ImmutableScheduleItem.builder();
  }

  /**
   * Returns the unit whose schedule this is.
   *
   * @return the unit
   */
  public abstract OrgId unit();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the month or week the item covers.
   *
   * @return the window
   */
  public abstract DateWindow window();

  /**
   * Returns what is to be done.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the key measure the item serves, if any.
   *
   * @return the measure
   */
  public abstract Optional<KeyMeasure> measure();

  @Value.Check
  protected void check() {
    if (title().isBlank()) {
      throw new IllegalStateException("schedule item of " + unit() + ": title must not be blank");
    }
    long maxDays = kind() == Kind.MONTHLY_FOCUS ? 31 : 7;
    if (window().lengthInDays() > maxDays) {
      throw new IllegalStateException("a " + kind() + " covers at most " + maxDays + " days, not "
          + window().lengthInDays() + " (" + window() + ")");
    }
  }
}
