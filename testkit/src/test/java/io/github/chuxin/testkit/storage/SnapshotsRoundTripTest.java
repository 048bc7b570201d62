package io.github.chuxin.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Snapshots;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.fixtures.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SnapshotsRoundTripTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void everyPartOfAGeneratedCampaignComesBackEqual() {
    qt().withExamples(100).forAll(Fixtures.campaigns().withUnitsBetween(3, 60)).checkAssert(snapshot -> {
      Storage storage = InMemoryStorage.create(CLOCK);
      Snapshots.save(storage, snapshot);
      assertSameParts(Snapshots.load(storage, snapshot.campaign().id()), snapshot);
    });
  }

  /**
   * Every part of two snapshots agrees: the aggregates (each id once) in any order, the facts
   * (meetings, guidance assignments, five-musts records, which the stores keep once each) as sets.
   */
  static void assertSameParts(CampaignSnapshot loaded, CampaignSnapshot snapshot) {
    assertThat(loaded.campaign()).isEqualTo(snapshot.campaign());
    assertThat(loaded.organisations()).containsExactlyInAnyOrderElementsOf(snapshot.organisations());
    assertThat(loaded.leaders()).isNotEmpty().containsExactlyInAnyOrderElementsOf(snapshot.leaders());
    assertThat(loaded.leadershipBodies()).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(snapshot.leadershipBodies());
    assertThat(new HashSet<>(loaded.meetings())).isNotEmpty().isEqualTo(new HashSet<>(snapshot.meetings()));
    assertThat(loaded.meetings()).doesNotHaveDuplicates();
    assertThat(loaded.plans()).containsExactlyInAnyOrderElementsOf(snapshot.plans());
    assertThat(loaded.schedule()).isNotEmpty().containsExactlyInAnyOrderElementsOf(snapshot.schedule());
    assertThat(loaded.problems()).containsExactlyInAnyOrderElementsOf(snapshot.problems());
    assertThat(loaded.problemLists()).containsExactlyInAnyOrderElementsOf(snapshot.problemLists());
    assertThat(loaded.rectifications()).containsExactlyInAnyOrderElementsOf(snapshot.rectifications());
    assertThat(loaded.specialRectifications()).containsExactlyInAnyOrderElementsOf(snapshot.specialRectifications());
    assertThat(loaded.guidanceGroups()).containsExactlyInAnyOrderElementsOf(snapshot.guidanceGroups());
    assertThat(new HashSet<>(loaded.guidanceAssignments())).isEqualTo(new HashSet<>(snapshot.guidanceAssignments()));
    assertThat(new HashSet<>(loaded.fiveMustRecords())).isEqualTo(new HashSet<>(snapshot.fiveMustRecords()));
    assertThat(loaded.activities()).containsExactlyInAnyOrderElementsOf(snapshot.activities());
  }

  @Test
  void aGeneratedCampaignWithEveryPartFilledExercisesEveryStore() {
    CampaignSnapshot snapshot = Fixtures.campaigns().withUnits(40).sample(7L);
    assertThat(snapshot.plans()).isNotEmpty();
    assertThat(snapshot.problemLists()).isNotEmpty();
    Storage storage = InMemoryStorage.create(CLOCK);
    Snapshots.save(storage, snapshot);
    assertThat(storage.leaders().count(Query.all())).isEqualTo(snapshot.leaders().size());
    assertThat(storage.leadershipBodies().count(Query.all())).isEqualTo(snapshot.leadershipBodies().size());
    assertThat(storage.plans().count(Query.all())).isEqualTo(snapshot.plans().size());
    assertThat(storage.schedule().count(Query.all())).isEqualTo(snapshot.schedule().size());
    assertThat(storage.problemLists().count(Query.all())).isEqualTo(snapshot.problemLists().size());
    assertSameParts(Snapshots.load(storage, snapshot.campaign().id()), snapshot);
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
    assertThat(loaded.meetings()).hasSameSizeAs(snapshot.meetings());
    assertThat(loaded.schedule()).hasSameSizeAs(snapshot.schedule());
  }
}
