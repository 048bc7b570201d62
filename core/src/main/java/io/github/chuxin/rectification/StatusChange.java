package io.github.chuxin.rectification;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One transition in a rectification item's status history 整改記錄 (整改记录): from which status to
 * which, when, by whom and in which role.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class StatusChange {

  /** Only the generated {@code ImmutableStatusChange}, in this package, extends this class. */
  StatusChange() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableStatusChange.Builder builder() {
    return ImmutableStatusChange.builder();
  }

  /**
   * Returns the status before.
   *
   * @return the previous status
   */
  public abstract RectificationStatus from();

  /**
   * Returns the status after.
   *
   * @return the new status
   */
  public abstract RectificationStatus to();

  /**
   * Returns the instant of the change.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the role of whoever made it.
   *
   * @return the role
   */
  public abstract ActorRole role();

  /**
   * Returns who made it (a person's or unit's identifier), if known.
   *
   * @return the actor
   */
  public abstract Optional<String> actor();

  /**
   * Returns a note.
   *
   * @return the note
   */
  public abstract Optional<String> note();
}
