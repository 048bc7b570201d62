package io.github.chuxin.leadership;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import io.github.chuxin.org.OrgId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated item of the schedule 月重點、週安排 (月重点、周安排): a monthly focus or a weekly
 * arrangement of a unit.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class ScheduleItem {

  /** Only the generated {@code ImmutableScheduleItem}, in this package, extends this class. */
  ScheduleItem() {
  }

  /** Whether the item is a monthly focus or a weekly arrangement. */
  public enum Kind implements Labelled {
    /** 月重點 (月重点): the focus of a month. */
    MONTHLY_FOCUS(Label.of("monthly focus", "月重点", "月重點")),
    /** 週安排 (周安排): the arrangement of a week. */
    WEEKLY_ARRANGEMENT(Label.of("weekly arrangement", "周安排", "週安排"));

    private final Label label;

    Kind(Label label) {
      this.label = label;
    }

    @Override
    public Label label() {
      return label;
    }
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} with the code it breaks: {@code LEADERSHIP-SCHEDULE-TITLE-BLANK} for a blank title and
   * {@code LEADERSHIP-SCHEDULE-TOO-LONG} for a monthly focus over 31 days or a weekly arrangement
   * over 7.
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

  /** The path of this value, for a refusal; made only when one is thrown. */
  private ElementPath where() {
    return ElementPath.of("schedule", unit());
  }

  /** Refuses a blank title or a window too long for the kind, with the {@link LeadershipConstraint} it breaks. */
  @Value.Check
  protected void check() {
    if (title().isBlank()) {
      throw LeadershipConstraint.SCHEDULE_TITLE_BLANK.refusal(where().then("title"), "org", unit().value());
    }
    long maxDays = kind() == Kind.MONTHLY_FOCUS ? 31 : 7;
    if (window().lengthInDays() > maxDays) {
      Map<String, String> args = new LinkedHashMap<>();
      Violation.putLabelled(args, "kind", kind().label());
      args.put("org", unit().value());
      args.put("maximum", Long.toString(maxDays));
      args.put("days", Long.toString(window().lengthInDays()));
      args.put("window", window().toString());
      throw LeadershipConstraint.SCHEDULE_TOO_LONG.refusal(where().then("window"), args);
    }
  }
}
