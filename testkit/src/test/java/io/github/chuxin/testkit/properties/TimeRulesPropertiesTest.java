package io.github.chuxin.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.fixtures.Fixtures;
import io.github.chuxin.time.TimeRules;
import io.github.chuxin.time.WarningLevel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Time rules are monotone in the clock: for any item, as the clock advances, an overdue item
 * stays overdue (the item is not changed, so it stays not done), days remaining never increase
 * and the warning level never decreases.
 */
class TimeRulesPropertiesTest {

  /** Clock instants from before the item's creation to long after its batches, in uneven steps, any zone. */
  private static Instant[] instants(CampaignSnapshot c, RectificationItem item, SplittableRandom r) {
    Instant t = item.createdOn().minusDays(20).atStartOfDay(c.campaign().zone()).toInstant()
        .plusSeconds(r.nextLong(86_400));
    Instant[] instants = new Instant[120];
    for (int k = 0; k < instants.length; k++) {
      instants[k] = t;
      // steps from a minute to five days, so that midnights in the campaign's zone are crossed every way
      t = t.plusSeconds(60 + r.nextLong(5 * 86_400));
    }
    return instants;
  }

  @Test
  void timeRulesAreMonotoneInTheClock() {
    String[] zones = {"America/Los_Angeles", "Asia/Shanghai", "UTC", "Pacific/Kiritimati"};
    qt().withExamples(300).forAll(Fixtures.campaigns().withProblemsBetween(1, 20), longs().all(),
        integers().between(0, zones.length - 1)).checkAssert((c, seed, z) -> {
          TimeRules rules = TimeRules.of(c.campaign());
          SplittableRandom r = new SplittableRandom(seed);
          ZoneId clockZone = ZoneId.of(zones[z]);
          for (RectificationItem item : c.rectifications()) {
            boolean wasOverdue = false;
            OptionalLong lastRemaining = OptionalLong.empty();
            WarningLevel lastLevel = null;
            for (Instant at : instants(c, item, r)) {
              Clock clock = Clock.fixed(at, clockZone);
              boolean overdue = rules.isOverdue(item, clock);
              OptionalLong remaining = rules.daysRemaining(item, clock);
              WarningLevel level = rules.warningLevel(item, clock);
              if (wasOverdue) {
                assertThat(overdue).as("%s stays overdue at %s", item.id(), at).isTrue();
              }
              if (lastRemaining.isPresent()) {
                assertThat(remaining).as("%s has days remaining at %s", item.id(), at).isPresent();
                assertThat(remaining.getAsLong()).as("%s days remaining at %s", item.id(), at)
                    .isLessThanOrEqualTo(lastRemaining.getAsLong());
              }
              if (lastLevel != null) {
                assertThat(level.compareTo(lastLevel)).as("%s warning level at %s: %s after %s", item.id(), at,
                    level, lastLevel).isGreaterThanOrEqualTo(0);
              }
              wasOverdue = overdue;
              lastRemaining = remaining;
              lastLevel = level;
            }
          }
        });
  }

  @Test
  void anOverdueItemHasNegativeDaysRemainingAndTheRedLevel() {
    qt().withExamples(200).forAll(Fixtures.campaigns().withProblemsBetween(1, 20), longs().all())
        .checkAssert((c, seed) -> {
          TimeRules rules = TimeRules.of(c.campaign());
          SplittableRandom r = new SplittableRandom(seed);
          for (RectificationItem item : c.rectifications()) {
            for (Instant at : instants(c, item, r)) {
              Clock clock = Clock.fixed(at, ZoneId.of("UTC"));
              if (rules.isOverdue(item, clock)) {
                assertThat(rules.daysRemaining(item, clock).orElseThrow()).isNegative();
                assertThat(rules.warningLevel(item, clock)).isEqualTo(WarningLevel.RED);
              }
            }
          }
        });
  }
}
