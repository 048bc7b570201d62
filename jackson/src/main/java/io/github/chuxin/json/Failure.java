package io.github.chuxin.json;

import org.jspecify.annotations.Nullable;

/** Unchecked carrier of a decoding defect inside the codecs; turned into a checked or Jackson error at the edge. */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final SnapshotFormatException.Kind kind;
  private final String path;
  private final String expected;
  private final String detail;

  Failure(SnapshotFormatException.Kind kind, String path, String expected, String detail, @Nullable Throwable cause) {
    super(kind + " at " + path + ": expected " + expected + "; " + detail, cause);
    this.kind = kind;
    this.path = path;
    this.expected = expected;
    this.detail = detail;
  }

  SnapshotFormatException toException() {
    return new SnapshotFormatException(kind, path, expected, detail, getCause());
  }

  ReportFormatException toReportException() {
    return new ReportFormatException(kind, path, expected, detail, getCause());
  }
}
