package io.github.chuxin.leadership;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting 會議 (会议) held by a leadership body.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class Meeting {

  /** Only the generated {@code ImmutableMeeting}, in this package, extends this class. */
  Meeting() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }

  /**
   * Returns the body that held the meeting.
   *
   * @return the body
   */
  public abstract LeadershipBodyId body();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract MeetingKind kind();

  /**
   * Returns the day.
   *
   * @return the day
   */
  public abstract LocalDate date();

  /**
   * Returns the topic.
   *
   * @return the topic
   */
  public abstract Optional<String> topic();
}
