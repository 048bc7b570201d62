package io.github.chuxin.examples.filestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Snapshots;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.contract.HostileText;
import io.github.chuxin.testkit.fixtures.CampaignRecipe;
import io.github.chuxin.testkit.fixtures.Fixtures;
import io.github.chuxin.testkit.fixtures.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
    Path campaignFile = storage.fileOf(AggregateKind.CAMPAIGN, snapshot.campaign().id().value());
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

  @Test
  void aBulkSaveRefusedInsideAUnitOfWorkThatGoesOnLeavesNoFileBehind(@TempDir Path dir) {
    CampaignSnapshot snapshot = small();
    FileStorage storage = FileStorage.open(dir, CLOCK);
    Snapshots.save(storage, snapshot);
    Problem existing = snapshot.problems().get(0);
    Problem fresh = Problem.builder().from(existing).id(ProblemId.of("fresh-in-refused-bulk")).build();
    Problem kept = Problem.builder().from(existing).id(ProblemId.of("kept-after-the-refusal")).build();
    storage.inTransaction(tx -> {
      assertThatThrownBy(() -> tx.problems().saveAll(List.of(fresh, existing)))
          .isInstanceOf(ConcurrencyConflictException.class);
      return tx.problems().save(kept, ExpectedRevision.expectNew());
    });
    FileStorage reopened = FileStorage.open(dir, CLOCK);
    assertThat(reopened.problems().find(fresh.id())).as("the refused bulk save's first value").isEmpty();
    assertThat(storage.problems().find(fresh.id())).isEmpty();
    assertThat(reopened.problems().find(kept.id())).contains(Versioned.of(kept, Revision.first()));
    assertThat(reopened.problems().find(existing.id())).contains(Versioned.of(existing, Revision.first()));
  }

  @Test
  void aRefusedCycleWritesNoFileAndTheReopenedTreeHasNone(@TempDir Path dir) {
    FileStorage storage = FileStorage.open(dir, CLOCK);
    Organisation root = Organisation.builder().id(OrgId.of("root")).kind(OrgKind.MUNICIPAL_COMMITTEE).name("root")
        .build();
    Organisation a = Organisation.builder().from(root).id(OrgId.of("a")).parentId(root.id()).kind(OrgKind.DISTRICT)
        .build();
    Organisation b = Organisation.builder().from(a).id(OrgId.of("b")).parentId(a.id()).build();
    storage.organisations().saveAll(List.of(b, a, root));
    assertThatThrownBy(() -> storage.organisations().save(Organisation.builder().from(a).parentId(b.id()).build(),
        ExpectedRevision.of(Revision.first()))).isInstanceOf(TreeCycleException.class);
    FileStorage reopened = FileStorage.open(dir, CLOCK);
    assertThat(reopened.organisations().find(a.id())).contains(Versioned.of(a, Revision.first()));
    assertThat(reopened.organisations().find(b.id())).contains(Versioned.of(b, Revision.first()));
  }

  @Test
  void hostileTextInNamesAndIdsSurvivesTheFilesAndAReopen(@TempDir Path dir) {
    FileStorage storage = FileStorage.open(dir, CLOCK);
    List<Organisation> written = new ArrayList<>();
    for (String text : HostileText.samples()) {
      written.add(Organisation.builder().id(OrgId.of("unit-" + written.size())).kind(OrgKind.BRANCH).name(text)
          .build());
    }
    for (String text : HostileText.identifierSafe()) {
      written.add(Organisation.builder().id(OrgId.of("id " + text)).kind(OrgKind.BRANCH).name(text).build());
    }
    storage.organisations().saveAll(written);
    storage.rectifications().save(RectificationItem.builder().from(small().rectifications().get(0))
        .title(HostileText.samples().get(0)).progress(String.join("|", HostileText.samples())).build(),
        ExpectedRevision.expectNew(), String.join("", HostileText.samples()));
    FileStorage reopened = FileStorage.open(dir, CLOCK);
    for (Organisation o : written) {
      assertThat(reopened.organisations().find(o.id())).as(o.id().value()).contains(Versioned.of(o, Revision.first()));
    }
    RectificationItem item = small().rectifications().get(0);
    assertThat(reopened.rectifications().find(item.id())).isEqualTo(storage.rectifications().find(item.id()));
    assertThat(reopened.rectifications().history(item.id())).isEqualTo(storage.rectifications().history(item.id()))
        .extracting(r -> r.actor()).containsExactly(String.join("", HostileText.samples()));
    assertThat(reopened.organisations().count(io.github.chuxin.persistence.Query.builder().build()))
        .isEqualTo(written.size());
  }
}
