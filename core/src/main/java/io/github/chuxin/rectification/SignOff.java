package io.github.chuxin.rectification;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The sign-off 銷號 (销号) of a rectification item: verified and struck off the list.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class SignOff {

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSignOff.Builder builder() {
    return ImmutableSignOff.builder();
  }

  /**
   * Returns the day of sign-off.
   *
   * @return the day
   */
  public abstract LocalDate date();

  /**
   * Returns who verified it.
   *
   * @return the verifier, not blank
   */
  public abstract String verifiedBy();

  /**
   * Returns a note.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  protected void check() {
    if (verifiedBy().isBlank()) {
      throw new IllegalStateException("a sign-off names who verified it");
    }
  }
}
