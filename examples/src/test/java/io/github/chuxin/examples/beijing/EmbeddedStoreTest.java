package io.github.chuxin.examples.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.persistence.Snapshots;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.jdbc.Dialect;
import io.github.chuxin.persistence.jdbc.JdbcStorage;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.fixtures.CampaignRecipe;
import io.github.chuxin.testkit.fixtures.Fixtures;
import io.github.chuxin.testkit.fixtures.Shape;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void aSnapshotSavedInTheH2FileIsFoundAgainAfterTheDatabaseIsShutAndReopened(@TempDir Path dir) throws Exception {
    CampaignSnapshot small = Fixtures.campaign(new CampaignRecipe(12, Shape.BALANCED, 2, 4, 1, 1, 3,
        CampaignRecipe.FIRST_BATCH_2019, 9L));
    Storage first = EmbeddedStore.open(dir, CLOCK);
    assertThat(first).isInstanceOf(JdbcStorage.class);
    assertThat(first.campaigns().find(small.campaign().id())).isEmpty();
    Snapshots.save(first, small);

    // shut the database down, so that the second open really reads the file
    try (Connection c = DriverManager.getConnection(EmbeddedStore.url(dir)); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
    assertThat(dir.resolve("chuxin.mv.db")).exists();
    assertThat(Files.size(dir.resolve("chuxin.mv.db"))).isPositive();

    Storage second = EmbeddedStore.open(dir, CLOCK);
    assertThat(second).isNotSameAs(first);
    assertThat(second.campaigns().find(small.campaign().id())).isPresent();
    CampaignSnapshot loaded = Snapshots.load(second, small.campaign().id());
    assertThat(loaded.organisations()).containsExactlyInAnyOrderElementsOf(small.organisations());
    assertThat(loaded.rectifications()).containsExactlyInAnyOrderElementsOf(small.rectifications());
    assertThat(loaded.activities()).containsExactlyInAnyOrderElementsOf(small.activities());
  }

  @Test
  void theUrlPropertyPointsTheStoreAtPostgresql(@TempDir Path dir) throws Exception {
    CampaignSnapshot small = Fixtures.campaign(new CampaignRecipe(8, Shape.RANDOM, 1, 2, 1, 1, 2,
        CampaignRecipe.FIRST_BATCH_2019, 5L));
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      String url = server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
      System.setProperty(EmbeddedStore.URL_PROPERTY, url);
      try {
        assertThat(EmbeddedStore.describe(dir)).contains("jdbc:postgresql:").doesNotContain("H2");
        Snapshots.save(EmbeddedStore.open(dir, CLOCK), small);
        JdbcStorage reopened = (JdbcStorage) EmbeddedStore.open(dir, CLOCK);
        assertThat(reopened.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(reopened.campaigns().find(small.campaign().id())).isPresent();
        assertThat(Snapshots.load(reopened, small.campaign().id()).organisations())
            .containsExactlyInAnyOrderElementsOf(small.organisations());
      } finally {
        System.clearProperty(EmbeddedStore.URL_PROPERTY);
      }
    }
    assertThat(dir.resolve("chuxin.mv.db")).as("no H2 file when a URL is set").doesNotExist();
  }

  @Test
  void theDescriptionNamesTheH2FileUnlessAUrlIsConfigured(@TempDir Path dir) {
    assertThat(EmbeddedStore.describe(dir)).contains("H2").contains(dir.resolve("chuxin").toString());
    assertThat(EmbeddedStore.url(dir)).startsWith("jdbc:h2:file:");
  }
}
