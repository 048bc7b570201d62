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

  /**
   * 64 MiB: a city's campaign with room to spare (a typical unit, with its organisation, leader, activity, two
   * problems and a rectification item, is about 1.3 KB of JSON). A read holds the snapshot it builds: about 2 MiB of
   * heap per MiB of a typical document, and at most 13 MiB per MiB plus 32 MiB for the worst content (long lists of
   * short distinct ids). So a read with this limit, or the failure of a larger document when the limit is passed,
   * needs at most 192 MiB of heap for a typical document and 864 MiB for the worst (measured: 140 and 750). A
   * national-scale campaign (several million organisations and items) raises it with
   * {@link #withMaxDocumentBytes(long)}.
   */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
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
   * @return 64 MiB, depth 32, strings of 1 Mi characters, numbers of 64, names of 256
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

  /**
   * These limits with another number length.
   *
   * @param length the longest number in characters
   * @return the new limits
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length, maxNameLength);
  }

  /**
   * These limits with another field-name length.
   *
   * @param length the longest field name in characters
   * @return the new limits
   */
  public ReadLimits withMaxNameLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, length);
  }
}
