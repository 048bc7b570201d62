package io.github.chuxin.rectification;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Evidence 佐證材料 (佐证材料) that a rectification was done: a document, photo or record.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class Evidence {

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableEvidence.Builder builder() {
    return ImmutableEvidence.builder();
  }

  /**
   * Returns what it shows.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns where it is kept, such as a document number or an address.
   *
   * @return the reference
   */
  public abstract Optional<String> reference();

  /**
   * Returns the day it was added.
   *
   * @return the day
   */
  public abstract LocalDate addedOn();

  @Value.Check
  protected void check() {
    if (description().isBlank()) {
      throw new IllegalStateException("evidence must have a description");
    }
  }
}
