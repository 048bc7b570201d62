package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.Milestone;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.SignOff;
import io.github.chuxin.rectification.StatusChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schema on PostgreSQL: migrations, the append-only history, full round trips, typed conflicts. */
class SchemaAndHistoryTest {

  private static DataSource ds;
  private static JdbcStorage storage;

  @BeforeAll
  static void migrate() {
    ds = Databases.freshPostgres();
    storage = Databases.migrated(ds);
  }

  static RectificationItem fullItem(String id) {
    LocalDate start = LocalDate.of(2019, 6, 3);
    return RectificationItem.builder().id(RectificationId.of(id)).addProblems(ProblemId.of("p-1"), ProblemId.of("p-2"))
        .title("整改「四風」問題").addMeasures("措施一", "措施二").responsibleUnit(OrgId.of("bj-1"))
        .addParticipatingUnits(OrgId.of("bj-2")).leadLeader(LeaderId.of("leader-1")).kind(RectificationKind.TIME_BOUND)
        .createdOn(start)
        .deadline(Deadline.of(start.plusDays(30)).extendedBy(Extension.builder().newDeadline(start.plusDays(60))
            .grantedOn(start.plusDays(20)).reason("more time").approver("secretary").build()))
        .addMilestones(Milestone.builder().dueOn(start.plusDays(10)).description("first").reachedOn(start.plusDays(9))
            .build())
        .status(RectificationStatus.COMPLETED)
        .addHistory(StatusChange.builder().from(RectificationStatus.PLANNED).to(RectificationStatus.IN_PROGRESS)
            .at(Instant.parse("2019-06-04T01:02:03.123456789Z")).role(ActorRole.values()[0]).actor("someone").build())
        .addHistory(StatusChange.builder().from(RectificationStatus.IN_PROGRESS).to(RectificationStatus.COMPLETED)
            .at(Instant.parse("2019-07-04T01:02:03Z")).role(ActorRole.values()[0]).note("done").build())
        .progress("all done").addEvidence(Evidence.builder().description("photo").reference("ref-1")
            .addedOn(start.plusDays(29)).build())
        .completedOn(start.plusDays(31))
        .signOff(SignOff.builder().date(start.plusDays(40)).verifiedBy("inspector").build())
        .build();
  }

  @Test
  void migratingAgainAppliesNothing() {
    assertThat(storage.migrate()).isZero();
  }

  @Test
  void aFullyFilledItemCampaignAndOrganisationComeBackEqual() {
    RectificationItem item = fullItem("full-1");
    storage.rectifications().save(item, ExpectedRevision.expectNew(), "tester");
    assertThat(storage.rectifications().find(item.id())).map(Versioned::value).contains(item);

    Campaign campaign = Campaign.builder().id(CampaignId.of("c-full")).zone(ZoneId.of("Asia/Shanghai"))
        .addBatches(Batch.builder().id(BatchId.of("b1")).number(1)
            .window(DateWindow.ofClosed(LocalDate.of(2019, 5, 31), LocalDate.of(2019, 8, 31)))
            .earlyStart(LocalDate.of(2019, 5, 20)).build())
        .addAssignments(BatchAssignment.of(OrgId.of("bj-1"), BatchId.of("b1")))
        .summaryMeeting(LocalDate.of(2020, 1, 8)).build();
    storage.campaigns().save(campaign, ExpectedRevision.expectNew());
    assertThat(storage.campaigns().find(campaign.id())).map(Versioned::value).contains(campaign);

    Organisation org = Organisation.builder().id(OrgId.of("tmp-1")).kind(OrgKind.TEMPORARY).name("临时党支部")
        .members(MemberCount.of(5, 1)).declaredSubtreeMembers(6).activeFrom(LocalDate.of(2019, 6, 1))
        .activeUntil(LocalDate.of(2019, 8, 1)).addHomeOrganisations(OrgId.of("bj-1"), OrgId.of("bj-2")).build();
    storage.organisations().save(org, ExpectedRevision.expectNew());
    assertThat(storage.organisations().find(org.id())).map(Versioned::value).contains(org);
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteTheChangeHistory() throws SQLException {
    RectificationItem item = fullItem("hist-1");
    storage.rectifications().save(item, ExpectedRevision.expectNew(), "tester");
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE chuxin_rectification_change SET actor = 'forger'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM chuxin_rectification_change"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
    assertThat(storage.rectifications().history(item.id())).singleElement()
        .satisfies(r -> assertThat(r.actor()).isEqualTo("tester"));
  }

  @Test
  void aStaleWriteNamesTheCurrentRevisionAndWritesNothing() {
    RectificationItem item = fullItem("stale-1");
    Versioned<RectificationItem> first = storage.rectifications().save(item, ExpectedRevision.expectNew());
    storage.rectifications().save(RectificationItem.builder().from(item).progress("newer").build(),
        ExpectedRevision.of(first));
    assertThatThrownBy(() -> storage.rectifications().save(
        RectificationItem.builder().from(item).progress("stale").build(), ExpectedRevision.of(first)))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class,
            e -> assertThat(e.current()).contains(Revision.of(2)));
    assertThat(storage.rectifications().find(item.id()).orElseThrow().value().progress()).contains("newer");
    assertThat(storage.rectifications().history(item.id())).hasSize(2);
  }

  @Test
  void aBulkSaveWithOneTakenIdWritesNothing() {
    RectificationItem taken = fullItem("bulk-taken");
    storage.rectifications().save(taken, ExpectedRevision.expectNew());
    assertThatThrownBy(() -> storage.rectifications().saveAll(java.util.List.of(fullItem("bulk-new"), taken)))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class,
            e -> assertThat(e.current()).contains(Revision.first()));
    assertThat(storage.rectifications().find(RectificationId.of("bulk-new"))).isEmpty();
  }
}
