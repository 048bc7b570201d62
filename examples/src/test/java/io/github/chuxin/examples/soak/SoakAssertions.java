package io.github.chuxin.examples.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the soak test and its smoke test require of every finished workload. */
final class SoakAssertions {

  static final String NO_CYCLE = "no cycle in stored parent links";

  private SoakAssertions() {}

  /**
   * Requires every invariant to have held. A store that does not refuse cycle moves yet (the
   * probe's move was stored) is reported, not failed, on the cycle invariant: the other helpers'
   * work teaches the stores to refuse them.
   *
   * @param tolerateUntranslatedRollbacks whether a transaction the database rolled back (a deadlock
   *     victim) that reached the caller as the adapter's own exception is only reported; the data
   *     invariants are required either way
   */
  static void requireInvariants(List<SoakWorkload> workloads, boolean tolerateUntranslatedRollbacks) {
    for (SoakWorkload w : workloads) {
      assertThat(w.operations()).as("operations completed").isPositive();
      for (SoakWorkload.Check c : w.checks()) {
        if (c.name().equals(NO_CYCLE) && !w.refusesCycles()
            || c.name().equals(SoakWorkload.UNTRANSLATED_ROLLBACKS) && tolerateUntranslatedRollbacks) {
          continue;
        }
        assertThat(c.held()).as(w.summary()).isTrue();
      }
    }
  }
}
