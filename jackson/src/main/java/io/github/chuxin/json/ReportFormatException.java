package io.github.chuxin.json;

import io.github.chuxin.json.SnapshotFormatException.Kind;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that is not a valid validation report document ({@link ReportReader}): malformed, truncated, over
 * a limit, of the wrong shape, or saying two things that disagree. It names where ({@link #jsonPath()}, e.g.
 * {@code $.violations[3].severity}) and what was expected there ({@link #expected()}), with the same kinds of defect
 * as a snapshot document.
 */
public final class ReportFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final Kind kind;
  private final String jsonPath;
  private final String expected;

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
    super(kind + " at " + jsonPath + ": expected " + expected + "; " + detail, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /**
   * The kind of defect.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Where the defect is, as a JSONPath from the document's root {@code $}.
   *
   * @return the path, e.g. {@code $.violations[3].messages.en}
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * What the format expects at {@link #jsonPath()}.
   *
   * @return a short description such as {@code "one of \"error\", \"warning\", \"info\""}
   */
  public String expected() {
    return expected;
  }
}
