package io.github.chuxin.guidance;

import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record that a guidance group performed one of the five musts 五個必 (五个必) for a unit.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class FiveMustRecord {

  /** Only the generated {@code ImmutableFiveMustRecord}, in this package, extends this class. */
  FiveMustRecord() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableFiveMustRecord.Builder builder() {
    return ImmutableFiveMustRecord.builder();
  }

  /**
   * Returns the group.
   *
   * @return the group
   */
  public abstract GuidanceGroupId group();

  /**
   * Returns the guided unit.
   *
   * @return the unit
   */
  public abstract OrgId unit();

  /**
   * Returns which must was performed.
   *
   * @return the must
   */
  public abstract FiveMust must();

  /**
   * Returns the day it was performed.
   *
   * @return the day
   */
  public abstract LocalDate date();

  /**
   * Returns a note, such as the meeting attended.
   *
   * @return the note
   */
  public abstract Optional<String> note();
}
