package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.persistence.Snapshots;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.fixtures.Fixtures;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A whole generated campaign, every part of it, saved into a database and loaded back. */
class SnapshotsOnJdbcTest {

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void everyPartOfAGeneratedCampaignComesBackEqualFromTheDatabase(String database) {
    DataSource ds = database.equals("H2") ? Databases.freshH2() : Databases.freshPostgres();
    JdbcStorage storage = Databases.migrated(ds);
    CampaignSnapshot snapshot = Fixtures.campaigns().withUnits(60).sample(11L);
    Snapshots.save(storage, snapshot);
    CampaignSnapshot loaded = Snapshots.load(storage, snapshot.campaign().id());
    assertThat(loaded.campaign()).isEqualTo(snapshot.campaign());
    sameAggregates(loaded, snapshot, CampaignSnapshot::organisations);
    sameAggregates(loaded, snapshot, CampaignSnapshot::leaders);
    sameAggregates(loaded, snapshot, CampaignSnapshot::leadershipBodies);
    sameAggregates(loaded, snapshot, CampaignSnapshot::plans);
    sameAggregates(loaded, snapshot, CampaignSnapshot::schedule);
    sameAggregates(loaded, snapshot, CampaignSnapshot::problems);
    sameAggregates(loaded, snapshot, CampaignSnapshot::problemLists);
    sameAggregates(loaded, snapshot, CampaignSnapshot::rectifications);
    sameAggregates(loaded, snapshot, CampaignSnapshot::specialRectifications);
    sameAggregates(loaded, snapshot, CampaignSnapshot::guidanceGroups);
    sameAggregates(loaded, snapshot, CampaignSnapshot::activities);
    assertThat(snapshot.meetings()).isNotEmpty();
    assertThat(new HashSet<>(loaded.meetings())).isEqualTo(new HashSet<>(snapshot.meetings()));
    assertThat(new HashSet<>(loaded.guidanceAssignments())).isEqualTo(new HashSet<>(snapshot.guidanceAssignments()));
    assertThat(new HashSet<>(loaded.fiveMustRecords())).isEqualTo(new HashSet<>(snapshot.fiveMustRecords()));
  }

  private static <T> void sameAggregates(CampaignSnapshot loaded, CampaignSnapshot snapshot,
      Function<CampaignSnapshot, List<T>> part) {
    assertThat(part.apply(loaded)).containsExactlyInAnyOrderElementsOf(part.apply(snapshot));
  }
}
