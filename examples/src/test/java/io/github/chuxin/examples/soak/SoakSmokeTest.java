package io.github.chuxin.examples.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak's workload with a tiny budget on the in-memory store and H2, in the default build, so
 * that the soak code cannot rot between releases.
 */
class SoakSmokeTest {

  @Test
  void aShortMixedWorkloadOfEightThreadsKeepsEveryDataInvariant(@TempDir Path work) throws Exception {
    List<SoakWorkload> done = SoakRun.run(List.of(SoakStores.IN_MEMORY, SoakStores.H2), Duration.ofSeconds(2), 8,
        11L, 25, work, Path.of("target", "soak-smoke-report.txt"));
    SoakAssertions.requireInvariants(done);
    for (SoakWorkload w : done) {
      for (SoakWorkload.Op op : SoakWorkload.Op.values()) {
        assertThat(w.attempted(op)).as(op + " attempted").isPositive();
      }
    }
  }
}
