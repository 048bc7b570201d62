package io.github.chuxin.problem;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem 問題 (问题) found while examining problems 檢視問題 (检视问题): its source, its owner
 * and aspect, category, severity, root cause, description and discovery date.
 *
 * <p>Immutable. The category is a code of the problem-category catalogue
 * ({@link io.github.chuxin.catalogue.CatalogueProvider}). A major problem carries the focus flag
 * {@link #major()}. Whether the description is blank, the owner exists and the problem is
 * answered are checked by validation, which needs the rest of the campaign.
 */
@Value.Immutable
public abstract class Problem {

  /** Only the generated {@code ImmutableProblem}, in this package, extends this class. */
  Problem() {
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} {@code PROBLEM-CLOSED-BEFORE-FOUND} if the problem is closed before the day it was found.
   *
   * @return the builder
   */
  public static ImmutableProblem.Builder builder() {
    return ImmutableProblem.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract ProblemId id();

  /**
   * Returns where it was found.
   *
   * @return the source
   */
  public abstract ProblemSource source();

  /**
   * Returns who owns it.
   *
   * @return the owner
   */
  public abstract ProblemOwner owner();

  /**
   * Returns what it is about: the person, the duty or the work.
   *
   * @return the aspect; {@link OwnerAspect#WORK} by default
   */
  @Value.Default
  public OwnerAspect aspect() {
    return OwnerAspect.WORK;
  }

  /**
   * Returns the category code, from the problem-category catalogue.
   *
   * @return the category code
   */
  public abstract Optional<String> category();

  /**
   * Returns how serious it is.
   *
   * @return the severity; ordinary by default
   */
  @Value.Default
  public ProblemSeverity severity() {
    return ProblemSeverity.ORDINARY;
  }

  /**
   * Returns the root cause 根源 (根源), if analysed.
   *
   * @return the root cause
   */
  public abstract Optional<String> rootCause();

  /**
   * Tells whether it is a major problem that the campaign focuses on 重點問題 (重点问题).
   *
   * @return the focus flag; false by default
   */
  @Value.Default
  public boolean major() {
    return false;
  }

  /**
   * Returns how the problem shows 問題表現 (问题表现).
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the day it was found.
   *
   * @return the day
   */
  public abstract LocalDate discoveredOn();

  /**
   * Returns a reference to what revealed it, such as an activity or a citizen request.
   *
   * @return the reference
   */
  public abstract Optional<String> sourceReference();

  /**
   * Returns its closing without a rectification item, if closed so.
   *
   * @return the closure
   */
  public abstract Optional<ProblemClosure> closure();

  /** Refuses a closure before the problem was found ({@link ProblemConstraint#CLOSED_BEFORE_FOUND}). */
  @Value.Check
  protected void check() {
    closure().ifPresent(c -> {
      if (c.date().isBefore(discoveredOn())) {
        throw ProblemConstraint.CLOSED_BEFORE_FOUND.refusal(ElementPath.of("problem", id()).then("closure"),
            "problem", id().value(), "closed", c.date().toString(), "found", discoveredOn().toString());
      }
    });
  }
}
