package io.github.chuxin.problem;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The closing of a problem without a rectification item, with the reason (for instance, it was
 * solved on the spot 現場辦公 (现场办公) or found not to be a problem).
 *
 * @param date the day it was closed, not null
 * @param reason why, may be blank only in invalid data (validation reports it)
 */
public record ProblemClosure(LocalDate date, String reason) {

  /**
   * Checks that no component is null.
   *
   * @param date the day it was closed, not null
   * @param reason why, may be blank only in invalid data (validation reports it)
   */
  public ProblemClosure {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
  }
}
