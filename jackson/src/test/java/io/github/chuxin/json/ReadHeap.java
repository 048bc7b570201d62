package io.github.chuxin.json;

import io.github.chuxin.snapshot.CampaignSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Reads a {@link LargeDocument} (content {@code typical}, {@code short-ids}, {@code one-char-ids} or
 * {@code ideograph-ids}) in this JVM and says what it cost in heap; run in a JVM of its own, with the heap
 * under test as {@code -Xmx} (see {@link ReadHeapTest}).
 *
 * <ul>
 *   <li>{@code measure <content> <MiB>}: reads a document of about that many MiB with limits raised to fit
 *       it and prints its size, the heap the snapshot holds once read, and the peak heap of the read;
 *   <li>{@code over-limit <content> [<MiB>]}: reads a document 16 MiB over the default size limit (or over a
 *       limit of so many MiB) with the default limits (or with that size limit) and prints the kind of the error.
 * </ul>
 *
 * <p>Exit status: 0 if the read went as expected, 2 if it did not, 3 on {@link OutOfMemoryError}.
 */
final class ReadHeap {

  private ReadHeap() {}

  /** Bytes of a typical unit (organisation, leader, activity, two problems, one item), measured. */
  static final int TYPICAL_BYTES_PER_UNIT = 1_280;

  /** Bytes of a short id in a member list: quotes, comma and four characters. */
  static final int SHORT_ID_BYTES = 7;

  static LargeDocument document(String content, long bytes) {
    return switch (content) {
      case "typical" -> LargeDocument.typical((int) (bytes / TYPICAL_BYTES_PER_UNIT));
      case "short-ids" -> LargeDocument.shortIds((int) (bytes / SHORT_ID_BYTES));
      case "one-char-ids" -> LargeDocument.oneCharIds((int) (bytes / 4));
      case "ideograph-ids" -> LargeDocument.ideographIds((int) (bytes / 6));
      default -> throw new IllegalArgumentException("content: typical or short-ids, not " + content);
    };
  }

  public static void main(String[] args) throws IOException {
    try {
      System.exit(run(args));
    } catch (OutOfMemoryError e) {
      System.out.println("OutOfMemoryError: " + e.getMessage());
      System.exit(3);
    }
  }

  private static int run(String[] args) throws IOException {
    String content = args[1];
    if (args[0].equals("over-limit")) {
      SnapshotReader reader = args.length > 2
          ? SnapshotReader.withLimits(ReadLimits.defaults().withMaxDocumentBytes(Long.parseLong(args[2]) << 20))
          : SnapshotReader.create();
      LargeDocument in = document(content, reader.limits().maxDocumentBytes() + (16 << 20));
      try {
        reader.read(in);
        System.out.println("read a document over the limit");
        return 2;
      } catch (SnapshotFormatException e) {
        System.out.println(e.kind() + " after " + in.length() + " bytes: " + e.getMessage());
        return e.kind() == SnapshotFormatException.Kind.LIMIT_EXCEEDED ? 0 : 2;
      }
    }
    long bytes = Long.parseLong(args[2]) << 20;
    SnapshotReader reader = SnapshotReader.withLimits(ReadLimits.defaults().withMaxDocumentBytes(2 * bytes));
    long before = settledHeap();
    resetPeaks();
    LargeDocument in = document(content, bytes);
    CampaignSnapshot snapshot = reader.read(in);
    long peak = peakHeap();
    long after = settledHeap();
    double mib = in.length() / (double) (1 << 20);
    System.out.printf(Locale.ROOT, "%s: %.1f MiB document, %d elements; heap held by the snapshot %.1f MiB "
            + "(%.2f MiB per MiB), peak heap of the read %.1f MiB (%.2f MiB per MiB; baseline %.1f MiB)%n", content,
        mib, snapshot.organisations().size() + snapshot.leadershipBodies().stream()
            .mapToInt(b -> b.members().size()).sum(), (after - before) / 1048576.0, (after - before) / 1048576.0 / mib,
        (peak - before) / 1048576.0, (peak - before) / 1048576.0 / mib, before / 1048576.0);
    return snapshot.hashCode() == 0 ? 2 : 0;
  }

  /** The heap in use after a few collections. */
  private static long settledHeap() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, usedHeap());
    }
    return used;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound of the heap in use at once. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Reads to the end; for a quick look at a document's size. */
  static long size(InputStream in) throws IOException {
    return in.transferTo(java.io.OutputStream.nullOutputStream());
  }
}
