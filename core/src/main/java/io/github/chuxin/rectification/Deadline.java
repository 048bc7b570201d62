package io.github.chuxin.rectification;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A deadline 完成時限 (完成时限): the original date, kept, and its extensions in order.
 *
 * <p>Immutable. Dates are inclusive calendar days in the campaign's zone: an item due
 * 2019-08-31 is overdue from 2019-09-01 00:00. Each extension moves the deadline later.
 */
@Value.Immutable
public abstract class Deadline {

  /** Only the generated {@code ImmutableDeadline}, in this package, extends this class. */
  Deadline() {
  }

  /**
   * Returns a deadline with no extension.
   *
   * @param date the last day, inclusive
   * @return the deadline
   */
  public static Deadline of(LocalDate date) {
    return ImmutableDeadline.builder().original(date).build();
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} {@code RECT-EXTENSION-NOT-LATER} if an extension does not move the deadline later.
   *
   * @return the builder
   */
  public static ImmutableDeadline.Builder builder() {
    return ImmutableDeadline.builder();
  }

  /**
   * Returns the original last day, kept whatever the extensions.
   *
   * @return the original date
   */
  public abstract LocalDate original();

  /**
   * Returns the extensions, in the order granted.
   *
   * @return the extensions
   */
  public abstract List<Extension> extensions();

  /**
   * Returns the deadline in force: the last extension's, or the original.
   *
   * @return the effective last day, inclusive
   */
  public LocalDate effective() {
    return extensions().isEmpty() ? original() : extensions().get(extensions().size() - 1).newDeadline();
  }

  /**
   * Tells whether the deadline was extended.
   *
   * @return whether there is an extension
   */
  public boolean isExtended() {
    return !extensions().isEmpty();
  }

  /**
   * Returns this deadline with one more extension.
   *
   * @param extension the extension, not null
   * @return the extended deadline
   * @throws ModelConstraintException {@code RECT-EXTENSION-NOT-LATER} if the extension does not
   *     move the deadline later
   */
  public Deadline extendedBy(Extension extension) {
    return ImmutableDeadline.builder().from(this).addExtensions(extension).build();
  }

  /** Refuses an extension that does not move the deadline later ({@link RectificationConstraint#EXTENSION_NOT_LATER}). */
  @Value.Check
  protected void check() {
    LocalDate current = original();
    for (Extension extension : extensions()) {
      if (!extension.newDeadline().isAfter(current)) {
        throw RectificationConstraint.EXTENSION_NOT_LATER.refusal(
            ElementPath.of("deadline").then("extension", extension.newDeadline()),
            "extended", extension.newDeadline().toString(), "current", current.toString());
      }
      current = extension.newDeadline();
    }
  }
}
