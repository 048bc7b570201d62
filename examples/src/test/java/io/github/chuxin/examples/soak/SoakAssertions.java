package io.github.chuxin.examples.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the soak test and its smoke test require of every finished workload. */
final class SoakAssertions {

  private SoakAssertions() {}

  /**
   * Requires every invariant to have held, and the store to have refused the probe's cycle move
   * (the SPI promises it of every store).
   *
   * @param workloads the finished workloads
   */
  static void requireInvariants(List<SoakWorkload> workloads) {
    for (SoakWorkload w : workloads) {
      assertThat(w.operations()).as("operations completed").isPositive();
      assertThat(w.refusesCycles()).as("the store refuses a unit moved under its own child").isTrue();
      for (SoakWorkload.Check c : w.checks()) {
        assertThat(c.held()).as(w.summary()).isTrue();
      }
    }
  }
}
