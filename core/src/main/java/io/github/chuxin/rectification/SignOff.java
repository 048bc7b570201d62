package io.github.chuxin.rectification;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
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

  /** Only the generated {@code ImmutableSignOff}, in this package, extends this class. */
  SignOff() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} {@code RECT-SIGN-OFF-VERIFIER-BLANK} if it names no verifier.
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

  /** Refuses a blank verifier ({@link RectificationConstraint#SIGN_OFF_VERIFIER_BLANK}). */
  @Value.Check
  protected void check() {
    if (verifiedBy().isBlank()) {
      throw RectificationConstraint.SIGN_OFF_VERIFIER_BLANK.refusal(ElementPath.of("signOff").then("verifiedBy"),
          "date", date().toString());
    }
  }
}
