package io.github.chuxin.json;

import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that is not a valid chuxin document: malformed, truncated, over a limit, of the wrong
 * shape or with values the model rejects. It names where ({@link #jsonPath()}, e.g.
 * {@code $.rectifications[17].deadline.original}) and what was expected there ({@link #expected()}).
 */
public final class SnapshotFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What kind of defect the document has. */
  public enum Kind {
    /** The text is not JSON (bad token, duplicate key, trailing content). */
    MALFORMED,
    /** The text ends before the document does. */
    TRUNCATED,
    /** A reading limit (nesting depth, string or number length, document size) was exceeded. */
    LIMIT_EXCEEDED,
    /** A value has the wrong JSON type, for example a string where a number belongs. */
    WRONG_TYPE,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A field the format does not define is present. */
    UNKNOWN_FIELD,
    /** A value has the right type but is not acceptable: a bad date, an unknown code, a broken invariant. */
    INVALID_VALUE,
    /** The document's {@code formatVersion} is one this library cannot read. */
    UNSUPPORTED_VERSION
  }

  /** What is wrong. */
  private final Kind kind;
  /** Where in the document, as a JSON path. */
  private final String jsonPath;
  /** What the format expects there. */
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param kind the kind of defect
   * @param jsonPath where in the document, as a JSONPath such as {@code $.problems[3].discoveredOn}
   * @param expected what the format expects there
   * @param detail what was found, or the underlying message
   * @param cause the underlying exception, if any
   */
  public SnapshotFormatException(Kind kind, String jsonPath, String expected, String detail,
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
