package io.github.chuxin.json;

/**
 * Limits a {@link SnapshotReader} enforces so a hostile or broken document cannot exhaust memory or stack.
 * Exceeding any of them fails with {@link SnapshotFormatException.Kind#LIMIT_EXCEEDED}.
 *
 * @param maxDocumentBytes the largest document, in bytes of input (counted on the stream and by the parser)
 * @param maxNestingDepth the deepest nesting of arrays and objects (the format itself needs 6)
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest field name, in characters
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
    int maxNameLength) {

  /** 4 GiB: room for a national-scale campaign of several million organisations and items. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 4L * 1024 * 1024 * 1024;
  /** 32 levels of nesting. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** 1 Mi characters in one string. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** 64 characters in one number. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
  /** 256 characters in one field name. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_NESTING_DEPTH,
      DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_NAME_LENGTH);

  /**
   * Checks every limit is positive.
   *
   * @param maxDocumentBytes the largest document, in bytes of input (counted on the stream and by the parser)
   * @param maxNestingDepth the deepest nesting of arrays and objects (the format itself needs 6)
   * @param maxStringLength the longest string value, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxNameLength the longest field name, in characters
   */
  public ReadLimits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
        || maxNameLength < 1) {
      throw new IllegalArgumentException("read limits must be positive: " + maxDocumentBytes + ", "
          + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength + ", " + maxNameLength);
    }
  }

  /**
   * The default limits.
   *
   * @return 4 GiB, depth 32, strings of 1 Mi characters, numbers of 64, names of 256
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another document size.
   *
   * @param bytes the largest document in bytes
   * @return the new limits
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * These limits with another nesting depth.
   *
   * @param depth the deepest nesting
   * @return the new limits
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * These limits with another string length.
   *
   * @param length the longest string in characters
   * @return the new limits
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength, maxNameLength);
  }
}
