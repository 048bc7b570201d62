package io.github.chuxin.activity;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A campaign activity 活動 (活动): a study session, seminar, central group study, law study before a
 * meeting, study material compilation, party lecture, red-site or warning education, research visit
 * or special meeting, held by a unit on a day.
 *
 * <p>Immutable. Attendance is zero or more.
 */
@Value.Immutable
public abstract class Activity {

  /** Only the generated {@code ImmutableActivity}, in this package, extends this class. */
  Activity() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} with the code it breaks: {@code ACTIVITY-TOPIC-BLANK} for a blank topic and
   * {@code ACTIVITY-NEGATIVE-ATTENDANCE} for a negative attendance.
   *
   * @return the builder
   */
  public static ImmutableActivity.Builder builder() {
    return ImmutableActivity.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract ActivityId id();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract ActivityKind kind();

  /**
   * Returns the unit that held it.
   *
   * @return the unit
   */
  public abstract OrgId unit();

  /**
   * Returns the day.
   *
   * @return the day
   */
  public abstract LocalDate date();

  /**
   * Returns the topic, such as 黨的政治建設.
   *
   * @return the topic, not blank
   */
  public abstract String topic();

  /**
   * Returns the place, such as 北大紅樓 or 福祥社區.
   *
   * @return the place
   */
  public abstract Optional<String> place();

  /**
   * Returns the leader who led it, if any.
   *
   * @return the leader
   */
  public abstract Optional<LeaderId> leader();

  /**
   * Returns the number of people who attended.
   *
   * @return the attendance; 0 when unknown
   */
  @Value.Default
  public int attendance() {
    return 0;
  }

  /** The path of this value, for a refusal; made only when one is thrown. */
  private ElementPath where() {
    return ElementPath.of("activity", id());
  }

  /** Refuses a blank topic or a negative attendance, with the {@link ActivityConstraint} it breaks. */
  @Value.Check
  protected void check() {
    if (topic().isBlank()) {
      throw ActivityConstraint.TOPIC_BLANK.refusal(where().then("topic"), "activity", id().value());
    }
    if (attendance() < 0) {
      throw ActivityConstraint.NEGATIVE_ATTENDANCE.refusal(where().then("attendance"), "activity", id().value(),
          "attendance", Integer.toString(attendance()));
    }
  }
}
