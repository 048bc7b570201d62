package io.github.chuxin.examples.soak;

import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.fixtures.CampaignRecipe;
import io.github.chuxin.testkit.fixtures.Fixtures;
import io.github.chuxin.testkit.fixtures.Shape;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs the soak workload against several stores one after another and writes the report. */
final class SoakRun {

  /** The system property with the soak's total time, an ISO-8601 duration such as PT30M. */
  static final String DURATION_PROPERTY = "chuxin.soak.duration";
  /** The system property with the number of worker threads. */
  static final String THREADS_PROPERTY = "chuxin.soak.threads";
  /** The system property with the comma-separated stores to run (names of {@link SoakStores}). */
  static final String STORES_PROPERTY = "chuxin.soak.stores";
  /** The system property with the seed. */
  static final String SEED_PROPERTY = "chuxin.soak.seed";

  private SoakRun() {}

  /** The campaign every store gets: 40 units in a random tree, problems with their items, activities. */
  static CampaignSnapshot campaign(long seed) {
    return Fixtures.campaign(new CampaignRecipe(40, Shape.RANDOM, 2, 16, 2, 2, 8, CampaignRecipe.FIRST_BATCH_2019,
        seed));
  }

  /**
   * Runs the workload on each store for an equal share of the total time.
   *
   * @return the finished workloads, in the order of the stores
   */
  static List<SoakWorkload> run(List<SoakStores> stores, Duration total, int threads, long seed, int minOps,
      Path work, Path report) throws Exception {
    Duration share = total.dividedBy(stores.size());
    CampaignSnapshot campaign = campaign(seed);
    List<SoakWorkload> done = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    text.append("chuxin soak: total budget ").append(total).append(", ").append(threads).append(" threads, seed ")
        .append(seed).append(", campaign ").append(campaign.campaign().id().value()).append("\n\n");
    for (SoakStores store : stores) {
      try (SoakStores.Opened opened = store.open(work, Clock.systemUTC())) {
        SoakWorkload workload = new SoakWorkload(store.label, opened.storage(), campaign,
            new SoakWorkload.Settings(share, threads, seed, minOps)).run();
        done.add(workload);
        String summary = workload.summary();
        System.out.println(summary);
        text.append(summary).append("\n");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text, StandardCharsets.UTF_8);
      }
    }
    text.append("finished ").append(Instant.now()).append("\n");
    Files.writeString(report, text, StandardCharsets.UTF_8);
    return done;
  }

  static Duration duration(Duration fallback) {
    String value = System.getProperty(DURATION_PROPERTY, "");
    return value.isBlank() ? fallback : Duration.parse(value.trim());
  }

  static int threads(int fallback) {
    return Integer.getInteger(THREADS_PROPERTY, fallback);
  }

  static long seed(long fallback) {
    return Long.getLong(SEED_PROPERTY, fallback);
  }

  static List<SoakStores> stores(List<SoakStores> fallback) {
    String value = System.getProperty(STORES_PROPERTY, "");
    if (value.isBlank()) {
      return fallback;
    }
    List<SoakStores> chosen = new ArrayList<>();
    for (String s : value.split(",")) {
      chosen.add(SoakStores.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
    }
    return chosen;
  }
}
