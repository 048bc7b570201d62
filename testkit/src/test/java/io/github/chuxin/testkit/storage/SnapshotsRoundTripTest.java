package io.github.chuxin.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.chuxin.campaign.CampaignSnapshot;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Snapshots;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import io.github.chuxin.testkit.fixtures.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SnapshotsRoundTripTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void everyStoredPartOfAGeneratedCampaignComesBackEqual() {
    qt().withExamples(100).forAll(Fixtures.campaigns().withUnitsBetween(3, 60)).checkAssert(snapshot -> {
      Storage storage = InMemoryStorage.create(CLOCK);
      Snapshots.save(storage, snapshot);
      CampaignSnapshot loaded = Snapshots.load(storage, snapshot.campaign().id());
      assertThat(loaded.campaign()).isEqualTo(snapshot.campaign());
      assertThat(new HashSet<>(loaded.organisations())).isEqualTo(new HashSet<>(snapshot.organisations()));
      assertThat(new HashSet<>(loaded.problems())).isEqualTo(new HashSet<>(snapshot.problems()));
      assertThat(new HashSet<>(loaded.rectifications())).isEqualTo(new HashSet<>(snapshot.rectifications()));
      assertThat(new HashSet<>(loaded.specialRectifications())).isEqualTo(new HashSet<>(snapshot.specialRectifications()));
      assertThat(new HashSet<>(loaded.guidanceGroups())).isEqualTo(new HashSet<>(snapshot.guidanceGroups()));
      assertThat(new HashSet<>(loaded.guidanceAssignments())).isEqualTo(new HashSet<>(snapshot.guidanceAssignments()));
      assertThat(new HashSet<>(loaded.fiveMustRecords())).isEqualTo(new HashSet<>(snapshot.fiveMustRecords()));
      assertThat(new HashSet<>(loaded.activities())).isEqualTo(new HashSet<>(snapshot.activities()));
    });
  }

  @Test
  void savingTheSameCampaignTwiceFailsAndLeavesTheFirstCopyAsItWas() {
    CampaignSnapshot snapshot = Fixtures.campaigns().withUnits(20).sample(42L);
    Storage storage = InMemoryStorage.create(CLOCK);
    Snapshots.save(storage, snapshot);
    assertThatThrownBy(() -> Snapshots.save(storage, snapshot)).isInstanceOf(ConcurrencyConflictException.class);
    CampaignSnapshot loaded = Snapshots.load(storage, snapshot.campaign().id());
    assertThat(loaded.organisations()).hasSameSizeAs(snapshot.organisations());
    assertThat(loaded.rectifications()).hasSameSizeAs(snapshot.rectifications());
  }
}
