package io.github.chuxin.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and reports each library figure beside its baseline as a ratio.
 *
 * <p>{@code java -Xmx16g -jar benchmarks/target/benchmarks.jar quick} runs a short profile (every
 * benchmark in this JVM, so the national data is built once; few iterations) that finishes within
 * 15 minutes on 2 cores; {@code full} runs two forks of each benchmark with longer iterations. Any further arguments are JMH's own (a benchmark regex, {@code -p units=27600}, …).
 * A benchmark method {@code foo} is paired with the baseline method {@code baselineFoo} of the
 * same class and parameters; the ratio is the library's cost over the baseline's: time over time,
 * or the baseline's throughput over the library's (lower is better, 1 is parity).
 * The table is printed and written to {@code benchmarks/target/ratios.md}.
 */
public final class Benchmarks {

  private Benchmarks() {}

  /**
   * Runs the benchmarks.
   *
   * @param args {@code quick} or {@code full}, then JMH options
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if the JMH options are malformed
   * @throws IOException if the table cannot be written
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
    String profile = args.length > 0 ? args[0] : "quick";
    String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
    CommandLineOptions cli = new CommandLineOptions(rest);
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include("io\\.github\\.chuxin\\.benchmarks\\..*");
    }
    switch (profile) {
      // one JVM for all, so that the national campaign is built once (see National.sharedCampaign)
      case "quick" -> options.forks(cli.getForkCount().orElse(0)).warmupIterations(2)
          .warmupTime(TimeValue.seconds(2)).measurementIterations(3).measurementTime(TimeValue.seconds(2));
      case "full" -> options.forks(cli.getForkCount().orElse(2)).warmupIterations(5).warmupTime(TimeValue.seconds(5))
          .measurementIterations(10).measurementTime(TimeValue.seconds(5));
      default -> throw new IllegalArgumentException("profile must be quick or full, not " + profile);
    }
    options.jvmArgsAppend("-Xmx16g", "-XX:+UseParallelGC");
    Collection<RunResult> results = new Runner(options.build()).run();
    String table = ratios(results);
    System.out.println();
    System.out.println(table);
    Path out = Path.of("benchmarks", "target", "ratios.md");
    if (Files.isDirectory(out.getParent())) {
      Files.writeString(out, table, StandardCharsets.UTF_8);
    }
  }

  /**
   * Pairs each benchmark with its baseline and formats a Markdown table of the figures and ratios.
   *
   * @param results the JMH results
   * @return the table
   */
  static String ratios(Collection<RunResult> results) {
    Map<String, RunResult> byKey = new TreeMap<>();
    for (RunResult result : results) {
      byKey.put(key(result), result);
    }
    List<String> rows = new ArrayList<>();
    rows.add("| benchmark | params | library | baseline | unit | ratio |");
    rows.add("|---|---|---:|---:|---|---:|");
    for (Map.Entry<String, RunResult> entry : byKey.entrySet()) {
      RunResult library = entry.getValue();
      String method = method(library);
      if (method.startsWith("baseline")) {
        continue;
      }
      String baselineMethod = "baseline" + Character.toUpperCase(method.charAt(0)) + method.substring(1);
      RunResult baseline = byKey.get(entry.getKey().replace("." + method + "|", "." + baselineMethod + "|"));
      double score = library.getPrimaryResult().getScore();
      String unit = library.getPrimaryResult().getScoreUnit();
      String name = library.getParams().getBenchmark().replace("io.github.chuxin.benchmarks.", "");
      String params = params(library);
      if (baseline == null) {
        rows.add(String.format(Locale.ROOT, "| %s | %s | %s | – | %s | – |", name, params, figure(score), unit));
      } else {
        double base = baseline.getPrimaryResult().getScore();
        // a cost ratio either way: time over baseline time, or baseline throughput over throughput
        double ratio = unit.startsWith("ops/") ? base / score : score / base;
        rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |",
            name, params, figure(score), figure(base), unit, figure(ratio)));
      }
    }
    return String.join(System.lineSeparator(), rows) + System.lineSeparator();
  }

  /** Three significant digits, in plain or scientific notation as the size needs. */
  static String figure(double value) {
    double magnitude = Math.abs(value);
    if (magnitude != 0 && (magnitude < 0.01 || magnitude >= 1e6)) {
      return String.format(Locale.ROOT, "%.2e", value);
    }
    return String.format(Locale.ROOT, magnitude < 10 ? "%.3f" : magnitude < 1000 ? "%.1f" : "%.0f", value);
  }

  private static String method(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  private static String params(RunResult result) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String key : result.getParams().getParamsKeys()) {
      params.put(key, result.getParams().getParam(key));
    }
    return params.isEmpty() ? "" : params.toString();
  }

  private static String key(RunResult result) {
    return result.getParams().getBenchmark() + "|" + params(result);
  }
}
