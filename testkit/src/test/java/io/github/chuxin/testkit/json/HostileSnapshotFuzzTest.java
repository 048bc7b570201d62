package io.github.chuxin.testkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.chuxin.campaign.CampaignSnapshot;
import io.github.chuxin.json.ReadLimits;
import io.github.chuxin.json.SnapshotFormatException;
import io.github.chuxin.json.SnapshotReader;
import io.github.chuxin.json.SnapshotWriter;
import io.github.chuxin.testkit.json.Mutants.Mutant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile JSON: a property-based fuzzer that breaks valid snapshot documents in every way {@link Mutation} knows
 * and checks that {@link SnapshotReader} ends each one in a snapshot (which reads back equal after writing it
 * again) or a {@link SnapshotFormatException} that says what and where; never another exception or error, never a
 * hang (each case runs on a watchdog thread with a generous limit), and never more allocation than the stated
 * bound.
 *
 * <p>The number of cases is {@value #DEFAULT_CASES} in CI; for a release run give more with
 * {@code -Dchuxin.fuzz.cases=1000000} (and more origin documents with {@code -Dchuxin.fuzz.origins=64}); a failing
 * run is reproduced with the {@code QT_SEED} QuickTheories prints, and the mutant itself is described by its
 * origin, mutation and seed. The figures (cases, outcomes per mutation, the largest allocation) are printed and
 * written to {@code target/fuzz/hostile-json.txt}.
 */
class HostileSnapshotFuzzTest {

  /** Cases in an ordinary build. */
  static final int DEFAULT_CASES = 4000;

  private static final int CASES = Integer.getInteger("chuxin.fuzz.cases", DEFAULT_CASES);
  private static final int ORIGINS = Integer.getInteger("chuxin.fuzz.origins", 16);

  /**
   * The allocation bound of one read: {@value #BYTES_PER_INPUT_BYTE} bytes per byte of input (counting at most
   * the reader's document limit) plus {@value #CONSTANT_BYTES} bytes. The snapshot the reader builds is linear
   * in the input; a string or number is at most {@link ReadLimits#maxStringLength()} or
   * {@link ReadLimits#maxNumberLength()} characters before the reader stops, nesting at most
   * {@link ReadLimits#maxNestingDepth()} levels.
   */
  static final long BYTES_PER_INPUT_BYTE = 64;

  /** The constant part of the allocation bound: 16 MiB. */
  static final long CONSTANT_BYTES = 16L << 20;

  /** A hang guard, not a performance bound: no single read may take this long. */
  private static final long WATCHDOG_SECONDS = 60;

  /** Limits far below the defaults, used for every fourth case so the limits trip inside every section. */
  private static final ReadLimits TIGHT = ReadLimits.defaults().withMaxDocumentBytes(256 * 1024)
      .withMaxNestingDepth(12).withMaxStringLength(4096);

  private static Mutants mutants;
  private static ExecutorService watchdog;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final Map<Mutation, Map<String, Integer>> OUTCOMES = new EnumMap<>(Mutation.class);
  private static int cases;
  private static long maxAllocated;
  private static String maxAllocatedCase = "";
  private static double maxBytesPerInputByte;
  private static long maxInput;
  private static long slowestNanos;

  @BeforeAll
  static void startWatchdog() {
    watchdog = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "hostile-json-reader");
      t.setDaemon(true);
      return t;
    });
    mutants = Mutants.fromGeneratedCampaigns(ORIGINS);
    // warm up the reader on every origin, so that class loading is not counted as a case's allocation
    for (Mutants.Origin origin : mutants.origins()) {
      Outcome o = readOnWatchdog(SnapshotReader.create(), origin.bytes());
      assertThat(o.error()).as("origin %s reads", origin.name()).isNull();
      assertThat(o.snapshot()).isEqualTo(origin.snapshot());
    }
  }

  @AfterAll
  static void report() throws IOException {
    watchdog.shutdownNow();
    StringBuilder s = new StringBuilder();
    s.append("hostile JSON fuzzer: ").append(cases).append(" cases over ").append(mutants.origins().size())
        .append(" origin documents (").append(ORIGINS).append(" generated campaigns)\n");
    s.append("allocation bound per read: ").append(BYTES_PER_INPUT_BYTE).append(" x input bytes + ")
        .append(CONSTANT_BYTES >> 20).append(" MiB\n");
    s.append(String.format(java.util.Locale.ROOT, "max allocation seen: %,d bytes (%s)%n", maxAllocated,
        maxAllocatedCase));
    s.append(String.format(java.util.Locale.ROOT,
        "max bytes allocated per input byte (inputs over 64 KiB): %.1f; largest input %,d bytes; slowest read %d ms%n",
        maxBytesPerInputByte, maxInput, TimeUnit.NANOSECONDS.toMillis(slowestNanos)));
    OUTCOMES.forEach((mutation, outcomes) -> {
      int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
      s.append(String.format(java.util.Locale.ROOT, "  %-14s %6d  %s%n", mutation, total, outcomes));
    });
    System.out.print(s);
    Path report = Path.of("target", "fuzz", "hostile-json.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, s.toString(), StandardCharsets.UTF_8);
  }

  /** What one read ended in: a snapshot, a typed error or anything else, with the bytes it allocated. */
  record Outcome(CampaignSnapshot snapshot, Throwable error, long allocated, long nanos) {}

  private static Outcome readOnWatchdog(SnapshotReader reader, byte[] document) {
    Future<Outcome> future = watchdog.submit(() -> {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      CampaignSnapshot snapshot = null;
      Throwable error = null;
      try {
        snapshot = reader.read(new ByteArrayInputStream(document));
      } catch (Throwable t) {
        error = t;
      }
      long nanos = System.nanoTime() - start;
      return new Outcome(snapshot, error, THREADS.getCurrentThreadAllocatedBytes() - before, nanos);
    });
    try {
      return future.get(WATCHDOG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError("the read did not end within " + WATCHDOG_SECONDS + " s (a hang)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
  }

  @Test
  void everyMutantEndsInASnapshotOrATypedErrorWithinTheAllocationBound() {
    qt().withExamples(CASES).withShrinkCycles(200).forAll(mutants.gen()).checkAssert(mutant -> {
      boolean tight = (mutant.seed() & 3) == 0;
      SnapshotReader reader = tight ? SnapshotReader.withLimits(TIGHT) : SnapshotReader.create();
      Outcome outcome = readOnWatchdog(reader, mutant.bytes());
      String ended = check(mutant, reader, outcome);
      record(mutant, outcome, ended);
    });
  }

  /** Checks the outcome and names it: "snapshot" or the error's kind. */
  private static String check(Mutant mutant, SnapshotReader reader, Outcome outcome) {
    long input = Math.min(mutant.bytes().length, reader.limits().maxDocumentBytes());
    long bound = BYTES_PER_INPUT_BYTE * input + CONSTANT_BYTES;
    assertThat(outcome.allocated()).as("bytes allocated reading %s", mutant).isLessThanOrEqualTo(bound);
    if (outcome.error() == null) {
      assertThat(outcome.snapshot()).as("the result of %s", mutant).isNotNull();
      assertThat(readBack(outcome.snapshot())).as("an accepted document of %s, written and read again", mutant)
          .isEqualTo(outcome.snapshot());
      return "snapshot";
    }
    if (!(outcome.error() instanceof SnapshotFormatException e)) {
      StringWriter trace = new StringWriter();
      outcome.error().printStackTrace(new PrintWriter(trace));
      return fail("%s escaped reading %s%n%s", outcome.error().getClass().getName(), mutant, trace);
    }
    assertThat(e.kind()).as("the kind of %s", e).isNotNull();
    assertThat(e.jsonPath()).as("the path of %s", e).startsWith("$");
    assertThat(e.expected()).as("what %s expected", e).isNotBlank();
    assertThat(e.getMessage()).as("the message").contains(e.jsonPath()).contains(e.expected());
    return e.kind().name();
  }

  private static CampaignSnapshot readBack(CampaignSnapshot snapshot) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SnapshotWriter.create().write(snapshot, out);
      return SnapshotReader.create().read(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new AssertionError("an accepted snapshot does not read back", e);
    }
  }

  private static synchronized void record(Mutant mutant, Outcome outcome, String ended) {
    cases++;
    OUTCOMES.computeIfAbsent(mutant.mutation(), m -> new TreeMap<>()).merge(ended, 1, Integer::sum);
    if (outcome.allocated() > maxAllocated) {
      maxAllocated = outcome.allocated();
      maxAllocatedCase = mutant.mutation() + ", " + mutant.bytes().length + " input bytes";
    }
    if (mutant.bytes().length > 64 * 1024) {
      maxBytesPerInputByte = Math.max(maxBytesPerInputByte, (double) outcome.allocated() / mutant.bytes().length);
    }
    maxInput = Math.max(maxInput, mutant.bytes().length);
    slowestNanos = Math.max(slowestNanos, outcome.nanos());
  }
}
