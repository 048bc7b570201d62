package io.github.chuxin.examples.filestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.campaign.CampaignSnapshot;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Snapshots;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.testkit.fixtures.CampaignRecipe;
import io.github.chuxin.testkit.fixtures.Fixtures;
import io.github.chuxin.testkit.fixtures.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStorageTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-01T08:00:00Z"), ZoneOffset.UTC);

  private static CampaignSnapshot small() {
    return Fixtures.campaign(new CampaignRecipe(15, Shape.RANDOM, 2, 5, 1, 2, 4, CampaignRecipe.FIRST_BATCH_2019, 4L));
  }

  @Test
  void aReopenedDirectoryHoldsEverythingWithItsRevisionsAndHistory(@TempDir Path dir) {
    CampaignSnapshot snapshot = small();
    FileStorage first = FileStorage.open(dir, CLOCK);
    Snapshots.save(first, snapshot);
    RectificationItem item = snapshot.rectifications().get(0);
    Versioned<RectificationItem> stored = first.rectifications().find(item.id()).orElseThrow();
    first.rectifications().save(RectificationItem.builder().from(item).progress("halfway").build(),
        ExpectedRevision.of(stored), "auditor");

    FileStorage second = FileStorage.open(dir, CLOCK);
    CampaignSnapshot loaded = Snapshots.load(second, snapshot.campaign().id());
    assertThat(loaded.organisations()).containsExactlyInAnyOrderElementsOf(snapshot.organisations());
    assertThat(loaded.problems()).containsExactlyInAnyOrderElementsOf(snapshot.problems());
    assertThat(loaded.activities()).containsExactlyInAnyOrderElementsOf(snapshot.activities());
    assertThat(loaded.guidanceAssignments()).containsExactlyInAnyOrderElementsOf(snapshot.guidanceAssignments());
    assertThat(loaded.fiveMustRecords()).containsExactlyInAnyOrderElementsOf(snapshot.fiveMustRecords());
    assertThat(loaded.specialRectifications()).containsExactlyInAnyOrderElementsOf(snapshot.specialRectifications());
    assertThat(loaded.leaders()).containsExactlyInAnyOrderElementsOf(snapshot.leaders());
    assertThat(loaded.leadershipBodies()).containsExactlyInAnyOrderElementsOf(snapshot.leadershipBodies());
    assertThat(loaded.meetings()).containsExactlyInAnyOrderElementsOf(snapshot.meetings());
    assertThat(loaded.plans()).containsExactlyInAnyOrderElementsOf(snapshot.plans());
    assertThat(loaded.schedule()).containsExactlyInAnyOrderElementsOf(snapshot.schedule());
    assertThat(loaded.problemLists()).containsExactlyInAnyOrderElementsOf(snapshot.problemLists());
    assertThat(second.rectifications().find(item.id()).map(Versioned::revision)).contains(Revision.of(2));
    assertThat(second.rectifications().history(item.id())).isEqualTo(first.rectifications().history(item.id()))
        .hasSize(2);
    assertThat(dir.resolve("history")).isDirectory();
  }

  @Test
  void aFailedUnitOfWorkWritesNoFile(@TempDir Path dir) throws Exception {
    CampaignSnapshot snapshot = small();
    FileStorage storage = FileStorage.open(dir, CLOCK);
    assertThatThrownBy(() -> storage.inTransaction(tx -> {
      tx.campaigns().save(snapshot.campaign(), ExpectedRevision.expectNew());
      tx.organisations().saveAll(snapshot.organisations());
      throw new IllegalStateException("abandon");
    })).hasMessage("abandon");
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
    assertThat(FileStorage.open(dir, CLOCK).campaigns().find(snapshot.campaign().id())).isEmpty();
  }

  @Test
  void anInterruptedCommitIsFinishedOnOpenAndAnInterruptedStagingIsDiscarded(@TempDir Path dir) throws Exception {
    CampaignSnapshot snapshot = small();
    FileStorage storage = FileStorage.open(dir, CLOCK);
    storage.campaigns().save(snapshot.campaign(), ExpectedRevision.expectNew());
    Path campaignFile = storage.fileOf(Kind.CAMPAIGNS, snapshot.campaign().id().value());
    byte[] committed = Files.readAllBytes(campaignFile);

    // a crash after the commit point, before the file was moved into place
    Path commit = Files.createDirectories(dir.resolve(".commit"));
    Files.delete(campaignFile);
    Files.write(commit.resolve("0"), committed);
    Files.writeString(commit.resolve("manifest.json"),
        "[{\"file\":\"0\",\"target\":\"" + dir.relativize(campaignFile) + "\"}]");
    // a crash before the commit point
    Path staging = Files.createDirectories(dir.resolve(".staging"));
    Files.writeString(staging.resolve("0"), "{\"never\":\"committed\"}");

    FileStorage reopened = FileStorage.open(dir, CLOCK);
    assertThat(reopened.campaigns().find(snapshot.campaign().id())).isPresent();
    assertThat(Files.readAllBytes(campaignFile)).isEqualTo(committed);
    assertThat(dir.resolve(".commit")).doesNotExist();
    assertThat(dir.resolve(".staging")).doesNotExist();
  }

  @Test
  void fileNamesKeepLowerCaseLettersDigitsAndDashesAndEscapeTheRest() {
    assertThat(FileStorage.fileName("bj-u170")).isEqualTo("bj-u170");
    assertThat(FileStorage.fileName("A/b.c")).isEqualTo("%41%2Fb%2Ec");
    assertThat(FileStorage.fileName("市委")).matches("(%[0-9A-F]{2})+");
  }
}
