package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A document over the size limit ends in {@link SnapshotFormatException}, not {@link OutOfMemoryError}, within the
 * heap the README states: each read runs in a JVM of its own ({@link ReadHeap}) whose {@code -Xmx} is that heap.
 *
 * <p>The stated heap, measured with {@link ReadHeap} (the smallest {@code -Xmx} that reads): a typical document
 * holds about 2 MiB of heap per MiB of JSON, so a read up to the default limit of 64 MiB (where a larger document
 * fails) needs at most {@value #TYPICAL_DEFAULT_HEAP_MIB} MiB (measured: 140); no content needs more than
 * {@value #WORST_HEAP_PER_MIB} MiB per MiB plus {@value #WORST_HEAP_BASE_MIB} MiB (measured for lists of short
 * distinct ids: 100 MiB for 8 MiB, 373 for 32, 750 for 64).
 */
class ReadHeapTest {

  /** The heap a read of a typical document needs up to the default limit, stated. */
  static final int TYPICAL_DEFAULT_HEAP_MIB = 192;

  /** The heap per MiB of document that a read of the worst content needs, stated. */
  static final int WORST_HEAP_PER_MIB = 13;

  /** The constant part of the heap a read of the worst content needs, stated. */
  static final int WORST_HEAP_BASE_MIB = 32;

  /** A hang guard, not a performance bound. */
  private static final long WATCHDOG_MINUTES = 5;

  /** Runs {@link ReadHeap} with {@code args} in a JVM of {@code heapMib} MiB of heap; its exit status and output. */
  private static Child run(int heapMib, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heapMib + "m", "-cp", System.getProperty("java.class.path"), ReadHeap.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(WATCHDOG_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not end within " + WATCHDOG_MINUTES + " minutes (a hang)");
    }
    return new Child(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /** What a child JVM ended with. */
  record Child(int status, String output) {}

  @Test
  void aTypicalDocumentOverTheDefaultSizeLimitEndsInALimitErrorWithinTheStatedHeap() throws Exception {
    Child child = run(TYPICAL_DEFAULT_HEAP_MIB, "over-limit", "typical");
    assertThat(child.output()).as("exit status %d", child.status()).startsWith("LIMIT_EXCEEDED")
        .contains("a document of at most " + ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES + " bytes");
    assertThat(child.status()).isZero();
  }

  @Test
  void theWorstContentOverASizeLimitEndsInALimitErrorWithinTheStatedHeapPerMebibyte() throws Exception {
    int limitMib = 8;
    Child child = run(WORST_HEAP_PER_MIB * limitMib + WORST_HEAP_BASE_MIB, "over-limit", "ideograph-ids",
        String.valueOf(limitMib));
    assertThat(child.output()).as("exit status %d", child.status()).startsWith("LIMIT_EXCEEDED")
        .contains("a document of at most " + (limitMib << 20) + " bytes");
    assertThat(child.status()).isZero();
  }

  @Test
  void theChildReportsAnOutOfMemoryErrorAsSuchSoThatTheTestsAboveCouldFail() throws Exception {
    Child child = run(32, "over-limit", "ideograph-ids", "64");
    assertThat(child.status()).as(child.output()).isEqualTo(3);
    assertThat(child.output()).startsWith("OutOfMemoryError");
  }
}
