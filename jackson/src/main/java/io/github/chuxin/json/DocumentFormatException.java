package io.github.chuxin.json;

import io.github.chuxin.json.SnapshotFormatException.Kind;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document of this library that a reader refuses: malformed, truncated, over a limit, of the wrong shape or
 * with values the format rejects. It names where ({@link #jsonPath()}) and what was expected there
 * ({@link #expected()}). A snapshot's reader throws {@link SnapshotFormatException}, a validation report's
 * {@link ReportFormatException}; catch this to handle both.
 */
public abstract sealed class DocumentFormatException extends IOException
    permits SnapshotFormatException, ReportFormatException {

  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  private final Kind kind;
  /** Where in the document, as a JSONPath from its root. */
  private final String jsonPath;
  /** What the format expects there. */
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param kind the kind of defect
   * @param jsonPath where in the document, as a JSONPath from its root {@code $}
   * @param expected what the format expects there
   * @param detail what was found, or the underlying message
   * @param cause the underlying exception, if any
   */
  DocumentFormatException(Kind kind, String jsonPath, String expected, String detail, @Nullable Throwable cause) {
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
   * @return the path, e.g. {@code $.rectifications[17].deadline.original}
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * What the format expects at {@link #jsonPath()}.
   *
   * @return a short description such as {@code "a date yyyy-MM-dd"}
   */
  public String expected() {
    return expected;
  }
}
