package io.github.chuxin.rectification;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
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

  /** Only the generated {@code ImmutableEvidence}, in this package, extends this class. */
  Evidence() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} {@code RECT-EVIDENCE-DESCRIPTION-BLANK} if the description is blank.
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

  /** Refuses a blank description ({@link RectificationConstraint#EVIDENCE_DESCRIPTION_BLANK}). */
  @Value.Check
  protected void check() {
    if (description().isBlank()) {
      throw RectificationConstraint.EVIDENCE_DESCRIPTION_BLANK.refusal(ElementPath.of("evidence").then("description"),
          "date", addedOn().toString());
    }
  }
}
