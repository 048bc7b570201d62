package io.github.chuxin.json;

import io.github.chuxin.json.SnapshotFormatException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that is not a valid validation report document ({@link ReportReader}): malformed, truncated, over
 * a limit, of the wrong shape, or saying two things that disagree. It names where ({@link #jsonPath()}, e.g.
 * {@code $.violations[3].severity}) and what was expected there ({@link #expected()}), with the same kinds of defect
 * as a snapshot document.
 */
public final class ReportFormatException extends DocumentFormatException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind the kind of defect
   * @param jsonPath where in the document, as a JSONPath such as {@code $.violations[3].severity}
   * @param expected what the format expects there
   * @param detail what was found, or the underlying message
   * @param cause the underlying exception, if any
   */
  public ReportFormatException(Kind kind, String jsonPath, String expected, String detail,
      @Nullable Throwable cause) {
    super(kind, jsonPath, expected, detail, cause);
  }
}
