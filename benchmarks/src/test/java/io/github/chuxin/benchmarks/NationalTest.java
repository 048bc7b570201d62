package io.github.chuxin.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.validation.ValidationReport;
import io.github.chuxin.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NationalTest {

  @Test
  void theBenchmarkCampaignPassesTheDefaultRulesWithoutErrors() {
    CampaignSnapshot campaign = National.campaign(Shapes.layered(20_000, 2019), 20_000, 7);
    Clock clock = Clock.fixed(Instant.parse("2019-09-10T00:00:00Z"), ZoneOffset.UTC);
    ValidationReport report = Validator.defaults().report(campaign, clock);
    assertThat(report.violations().filter(v -> v.severity() == Severity.ERROR).map(v -> v.code()).distinct())
        .isEmpty();
    assertThat(campaign.rectifications()).hasSize(20_000);
  }

  @Test
  void aShuffledTreeDescribesTheSameShape() {
    int[] parents = Shapes.layered(5_000, 1);
    int[] shuffled = Shapes.shuffled(parents, 2);
    int roots = 0;
    for (int p : shuffled) {
      roots += p < 0 ? 1 : 0;
    }
    assertThat(roots).isEqualTo(1);
    assertThat(io.github.chuxin.org.TreeIndex.fromParents(shuffled).size()).isEqualTo(5_000);
  }
}
