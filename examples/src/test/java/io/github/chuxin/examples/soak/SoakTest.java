package io.github.chuxin.examples.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak: a mixed workload of at least eight threads for a configurable time against every store,
 * then the invariants. Not in the default build; run it with the {@code soak} profile:
 * {@code mvn -B -Psoak -pl examples -am verify -Dchuxin.soak.duration=PT30M}. The report goes to
 * {@code examples/target/soak-report.txt}.
 */
@Tag("soak")
class SoakTest {

  @Test
  void aLongMixedWorkloadKeepsEveryInvariantOfEveryStore(@TempDir Path work) throws Exception {
    List<SoakWorkload> done = SoakRun.run(SoakRun.stores(List.of(SoakStores.values())),
        SoakRun.duration(Duration.ofMinutes(5)), SoakRun.threads(8), SoakRun.seed(2019L), 50, work,
        Path.of("target", "soak-report.txt"));
    SoakAssertions.requireInvariants(done);
  }
}
