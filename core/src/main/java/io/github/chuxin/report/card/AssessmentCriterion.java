package io.github.chuxin.report.card;

import io.github.chuxin.i18n.Label;
import java.util.Objects;

/**
 * One criterion behind a dimension's state and the evidence for it 評價依據 (评价依据): what
 * was measured, the value found, the threshold and whether it was met.
 *
 * <p>Immutable.
 *
 * @param description what is measured, in each language
 * @param actual the value found (a count, or a rate in [0, 1])
 * @param threshold the value to reach (at least, or at most when {@code atMost})
 * @param atMost whether the value must not exceed the threshold rather than reach it
 */
public record AssessmentCriterion(Label description, double actual, double threshold, boolean atMost) {

  /**
   * Checks for nulls.
   *
   * @param description what is measured, in each language
   * @param actual the value found (a count, or a rate in [0, 1])
   * @param threshold the value to reach (at least, or at most when {@code atMost})
   * @param atMost whether the value must not exceed the threshold rather than reach it
   */
  public AssessmentCriterion {
    Objects.requireNonNull(description, "description");
  }

  /**
   * Returns a criterion that a count or rate is at least a threshold.
   *
   * @param description what is measured, not null
   * @param actual the value found
   * @param threshold the minimum
   * @return the criterion
   */
  public static AssessmentCriterion atLeast(Label description, double actual, double threshold) {
    return new AssessmentCriterion(description, actual, threshold, false);
  }

  /**
   * Returns a criterion that a count or rate is at most a threshold.
   *
   * @param description what is measured, not null
   * @param actual the value found
   * @param threshold the maximum
   * @return the criterion
   */
  public static AssessmentCriterion atMost(Label description, double actual, double threshold) {
    return new AssessmentCriterion(description, actual, threshold, true);
  }

  /**
   * Tells whether the criterion is met.
   *
   * @return whether the value is on the right side of the threshold
   */
  public boolean met() {
    return atMost ? actual <= threshold : actual >= threshold;
  }
}
