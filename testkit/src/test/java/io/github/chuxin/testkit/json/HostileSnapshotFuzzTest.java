package io.github.chuxin.testkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.chuxin.json.ReadLimits;
import io.github.chuxin.json.SnapshotFormatException;
import io.github.chuxin.json.SnapshotReader;
import io.github.chuxin.json.SnapshotWriter;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.json.Mutants.Mutant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile JSON: a property-based fuzzer that breaks valid snapshot documents (campaigns of
 * {@code Fixtures.campaigns()} written by {@link SnapshotWriter}) in every way {@link Mutation} knows, reads each
 * with {@link SnapshotReader} and checks that the read ends in
 * <ul>
 *   <li>a snapshot, which reads back equal after writing it again, or</li>
 *   <li>a {@link SnapshotFormatException} with a kind, a JSON path, what was expected there and a message of at most
 *       {@value #MAX_MESSAGE_CHARACTERS} characters besides the path, with no raw line break; when the mutation
 *       replaced or removed one value and left the text well-formed, the path is that value's, inside it or
 *       around it; or</li>
 *   <li>the stream's own I/O error, unchanged, when the stream was made to fail;</li>
 * </ul>
 * never another exception or error; never a hang (each read runs on a watchdog thread, limited to
 * {@value #WATCHDOG_SECONDS} s as a hang guard, not a performance bound); and never more allocation than
 * {@link #allocationBound(long, ReadLimits)} (measured per read with the thread's allocated bytes). Every case
 * reads with the default limits, tight limits or a nesting limit of a million, from a whole array, a stream of short
 * reads, or a stream that fails at a random byte.
 *
 * <p>The number of cases is {@value #DEFAULT_CASES} in CI; for a release run give more with
 * {@code -Dchuxin.fuzz.cases=1000000} (and more origin documents with {@code -Dchuxin.fuzz.origins=64}). A failing
 * run prints the smallest mutant found (origin, mutation, seed and what was done) and the seed of the run;
 * {@code -DQT_SEED=<seed>} repeats it. The figures (cases, outcomes per mutation, the largest allocation and its
 * share of the bound) are printed and written to {@code target/fuzz/hostile-json.txt}.
 */
class HostileSnapshotFuzzTest {

  /** Cases in an ordinary build. */
  static final int DEFAULT_CASES = 5000;

  private static final int CASES = Integer.getInteger("chuxin.fuzz.cases", DEFAULT_CASES);
  private static final int ORIGINS = Integer.getInteger("chuxin.fuzz.origins", 16);

  /**
   * The allocation bound of one read is {@value #BYTES_PER_INPUT_BYTE} bytes per byte of input, counting at most
   * the reader's {@link ReadLimits#maxDocumentBytes()}, plus {@value #BYTES_PER_LEVEL} bytes per level of nesting
   * the reader allows ({@link ReadLimits#maxNestingDepth()}, or the input's length if that is less), plus
   * {@value #CONSTANT_BYTES} bytes. The snapshot the reader builds is linear in the input; a string or a number
   * is read only up to {@link ReadLimits#maxStringLength()} or {@link ReadLimits#maxNumberLength()} characters, a
   * name up to {@link ReadLimits#maxNameLength()}; the parser keeps a context per open level and an error deep
   * inside names its whole path.
   */
  static final long BYTES_PER_INPUT_BYTE = 64;

  /** The part of the allocation bound per level of nesting the reader's limits allow. */
  static final long BYTES_PER_LEVEL = 256;

  /** The constant part of the allocation bound: 4 MiB. */
  static final long CONSTANT_BYTES = 4L << 20;

  /** The allocation bound of reading {@code length} bytes with {@code limits}. */
  static long allocationBound(long length, ReadLimits limits) {
    long input = Math.min(length, limits.maxDocumentBytes());
    return BYTES_PER_INPUT_BYTE * input + BYTES_PER_LEVEL * Math.min(limits.maxNestingDepth(), input)
        + CONSTANT_BYTES;
  }

  /** The longest message of an error, apart from its JSON path: a hostile value is quoted short. */
  static final int MAX_MESSAGE_CHARACTERS = 4096;

  /** A hang guard, not a performance bound: no single read may take this long. */
  static final long WATCHDOG_SECONDS = 60;

  /** Limits far below the defaults, used for every fourth case so the limits trip inside every section. */
  private static final ReadLimits TIGHT = ReadLimits.defaults().withMaxDocumentBytes(256 * 1024)
      .withMaxNestingDepth(12).withMaxStringLength(4096);

  private static Mutants mutants;
  private static ExecutorService watchdog;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final Map<Mutation, Map<String, Integer>> OUTCOMES = new EnumMap<>(Mutation.class);
  private static final Map<String, Integer> BY_READER = new TreeMap<>();
  private static long maxAllocatedSmall;
  private static String maxRatioCase = "";
  private static final java.util.concurrent.atomic.AtomicInteger pathsChecked =
      new java.util.concurrent.atomic.AtomicInteger();
  private static double maxShareOfBound;
  private static String maxShareCase = "";
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
      Outcome o = readOnWatchdog(SnapshotReader.create(), () -> new ByteArrayInputStream(origin.bytes()));
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
    s.append("allocation bound per read: ").append(BYTES_PER_INPUT_BYTE).append(" B x input bytes (at most the ")
        .append("document limit) + ").append(BYTES_PER_LEVEL).append(" B x nesting levels allowed (at most the ")
        .append("input bytes) + ").append(CONSTANT_BYTES >> 20).append(" MiB\n");
    s.append(String.format(java.util.Locale.ROOT, "largest share of its bound a read used: %.1f%% (%s)%n",
        100 * maxShareOfBound, maxShareCase));
    s.append(String.format(java.util.Locale.ROOT, "max allocation seen: %,d bytes (%s)%n", maxAllocated,
        maxAllocatedCase));
    s.append(String.format(java.util.Locale.ROOT,
        "max bytes allocated per input byte (inputs over 64 KiB): %.1f (%s)%nlargest input %,d bytes; slowest read %d ms%n",
        maxBytesPerInputByte, maxRatioCase, maxInput, TimeUnit.NANOSECONDS.toMillis(slowestNanos)));
    s.append(String.format(java.util.Locale.ROOT, "max allocation seen for inputs up to 64 KiB: %,d bytes%n",
        maxAllocatedSmall));
    s.append("errors whose path was checked against the mutated value's path: ").append(pathsChecked.get())
        .append('\n');
    s.append("cases per reader limits/delivery: ").append(BY_READER).append('\n');
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

  private static Outcome readOnWatchdog(SnapshotReader reader, Supplier<InputStream> document) {
    Future<Outcome> future = watchdog.submit(() -> {
      InputStream in = document.get();
      long before = THREADS.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      CampaignSnapshot snapshot = null;
      Throwable error = null;
      try {
        snapshot = reader.read(in);
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
      // the low bits of the seed choose the reader's limits and how the bytes arrive
      Limits limits = Limits.values()[(int) Long.remainderUnsigned(mutant.seed(), Limits.values().length)];
      Delivery delivery = Delivery.values()[(int) Long.remainderUnsigned(mutant.seed() >>> 8, 8) < 5 ? 0
          : (int) Long.remainderUnsigned(mutant.seed() >>> 8, 8) < 7 ? 1 : 2];
      SnapshotReader reader = limits.reader();
      long salt = mutant.seed() >>> 16;
      Outcome outcome = readOnWatchdog(reader, () -> delivery.stream(mutant.bytes(), salt));
      String ended = check(mutant, reader, outcome, delivery);
      record(mutant, outcome, ended, limits, delivery);
    });
  }

  /** The limits of the reader of a case. */
  enum Limits {
    /** {@link ReadLimits#defaults()}. */
    DEFAULTS,
    /** The defaults, twice: most cases are read with them. */
    DEFAULTS_AGAIN,
    /** {@link #TIGHT}. */
    TIGHT_LIMITS,
    /** Nesting up to a million levels: the reader must not recurse on the document's nesting. */
    DEEP;

    SnapshotReader reader() {
      return switch (this) {
        case DEFAULTS, DEFAULTS_AGAIN -> SnapshotReader.create();
        case TIGHT_LIMITS -> SnapshotReader.withLimits(TIGHT);
        case DEEP -> SnapshotReader.withLimits(ReadLimits.defaults().withMaxNestingDepth(1_000_000));
      };
    }
  }

  /** How the bytes of a case reach the reader. */
  enum Delivery {
    /** All at once from a byte array. */
    WHOLE,
    /** In short reads of 1 to 61 bytes, so characters and tokens are split between reads. */
    TRICKLE,
    /** In short reads, and the stream fails with an I/O error at a random byte. */
    FAILING;

    InputStream stream(byte[] bytes, long salt) {
      if (this == WHOLE) {
        return new ByteArrayInputStream(bytes);
      }
      SplittableRandom r = new SplittableRandom(salt);
      int failAt = this == FAILING ? r.nextInt(bytes.length + 1) : Integer.MAX_VALUE;
      return new InputStream() {
        private int position;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          if (position >= failAt) {
            throw new InjectedFailure(position);
          }
          if (position >= bytes.length) {
            return -1;
          }
          int n = Math.min(Math.min(length, 1 + r.nextInt(61)), Math.min(bytes.length, failAt) - position);
          System.arraycopy(bytes, position, buffer, offset, n);
          position += n;
          return n;
        }
      };
    }
  }

  /** The I/O error of a {@link Delivery#FAILING} stream. */
  static final class InjectedFailure extends IOException {
    private static final long serialVersionUID = 1L;

    InjectedFailure(int position) {
      super("injected I/O failure at byte " + position);
    }
  }

  /** Checks the outcome and names it: "snapshot" or the error's kind. */
  private static String check(Mutant mutant, SnapshotReader reader, Outcome outcome, Delivery delivery) {
    long bound = allocationBound(mutant.bytes().length, reader.limits());
    assertThat(outcome.allocated()).as("bytes allocated reading %s", mutant).isLessThanOrEqualTo(bound);
    if (outcome.error() == null) {
      assertThat(outcome.snapshot()).as("the result of %s", mutant).isNotNull();
      assertThat(readBack(outcome.snapshot())).as("an accepted document of %s, written and read again", mutant)
          .isEqualTo(outcome.snapshot());
      return "snapshot";
    }
    if (delivery == Delivery.FAILING && outcome.error() instanceof InjectedFailure) {
      return "I/O error passed on";
    }
    if (!(outcome.error() instanceof SnapshotFormatException e)) {
      StringWriter trace = new StringWriter();
      outcome.error().printStackTrace(new PrintWriter(trace));
      return fail("%s escaped reading %s%n%s", outcome.error().getClass().getName(), mutant, trace);
    }
    assertThat(e.kind()).as("the kind of %s", e).isNotNull();
    assertThat(e.jsonPath()).as("the path of %s", e).startsWith("$");
    assertThat(e.expected()).as("what %s expected", e).isNotBlank();
    assertThat(e.getMessage()).as("the message").contains(e.jsonPath()).contains(e.expected())
        .doesNotContain("\n").doesNotContain("\r");
    assertThat(e.getMessage().length() - e.jsonPath().length()).as("the length of %s without its path", e)
        .isLessThanOrEqualTo(MAX_MESSAGE_CHARACTERS);
    boolean documentSize = e.kind() == SnapshotFormatException.Kind.LIMIT_EXCEEDED
        && e.expected().startsWith("a document of at most");
    if (mutant.target() != null && !documentSize) {
      // one value was replaced or removed and the text is still JSON: the error is about that value, something
      // inside it, or the element it breaks
      // a repeated element of a set (codes, identifiers, texts) is reported at the repeat, which may be a
      // sibling of the mutated one
      String around = e.expected().startsWith("distinct ") ? parent(mutant.target()) : mutant.target();
      assertThat(related(e.jsonPath(), around))
          .as("the path of %s is the mutated value's path %s, inside it or around it", e, mutant.target())
          .isTrue();
      pathsChecked.incrementAndGet();
    }
    return e.kind().name();
  }

  /** The path of the array or object that holds the value at {@code path}. */
  static String parent(String path) {
    int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
    return cut <= 0 ? "$" : path.substring(0, cut);
  }

  /** Whether one path is the other or an ancestor of it. */
  static boolean related(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return longer.startsWith(shorter) && (longer.length() == shorter.length()
        || longer.charAt(shorter.length()) == '.' || longer.charAt(shorter.length()) == '[');
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

  private static synchronized void record(Mutant mutant, Outcome outcome, String ended, Limits limits,
      Delivery delivery) {
    cases++;
    OUTCOMES.computeIfAbsent(mutant.mutation(), m -> new TreeMap<>()).merge(ended, 1, Integer::sum);
    BY_READER.merge(limits.name().replace("_AGAIN", "") + "/" + delivery, 1, Integer::sum);
    if (mutant.bytes().length <= 64 * 1024) {
      maxAllocatedSmall = Math.max(maxAllocatedSmall, outcome.allocated());
    }
    if (outcome.allocated() > maxAllocated) {
      maxAllocated = outcome.allocated();
      maxAllocatedCase = mutant.mutation() + " " + limits + "/" + delivery + ", " + mutant.bytes().length
          + " input bytes, " + ended;
    }
    if (mutant.bytes().length > 64 * 1024
        && (double) outcome.allocated() / mutant.bytes().length > maxBytesPerInputByte) {
      maxBytesPerInputByte = (double) outcome.allocated() / mutant.bytes().length;
      maxRatioCase = mutant.mutation() + " " + limits + "/" + delivery + ", " + mutant.bytes().length
          + " input bytes, " + ended;
    }
    double share = (double) outcome.allocated() / allocationBound(mutant.bytes().length, limits.reader().limits());
    if (share > maxShareOfBound) {
      maxShareOfBound = share;
      maxShareCase = mutant.mutation() + " " + limits + "/" + delivery + ", " + mutant.bytes().length
          + " input bytes, " + outcome.allocated() + " bytes allocated, " + ended;
    }
    maxInput = Math.max(maxInput, mutant.bytes().length);
    slowestNanos = Math.max(slowestNanos, outcome.nanos());
  }
}
