package io.github.chuxin.rectification;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An extension 延期 (延期) of a rectification item's deadline. It should carry a reason and an
 * approver; validation reports one without.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class Extension {

  /** Only the generated {@code ImmutableExtension}, in this package, extends this class. */
  Extension() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableExtension.Builder builder() {
    return ImmutableExtension.builder();
  }

  /**
   * Returns the new deadline, inclusive.
   *
   * @return the new deadline
   */
  public abstract LocalDate newDeadline();

  /**
   * Returns the day the extension was granted.
   *
   * @return the day
   */
  public abstract LocalDate grantedOn();

  /**
   * Returns the reason.
   *
   * @return the reason; blank only in invalid data
   */
  public abstract String reason();

  /**
   * Returns who approved it.
   *
   * @return the approver
   */
  public abstract Optional<String> approver();
}
