package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The privileges the README states are enough: an owner role migrates a dedicated schema, and an
 * application role with only USAGE and table DML (history UPDATE/DELETE revoked) runs every store.
 */
class LeastPrivilegeTest {

  @Test
  void anApplicationRoleWithTheDocumentedGrantsRunsEveryStoreButCannotTouchTheHistory() throws SQLException {
    String db = Databases.freshPostgresName();
    Databases.asSuperuser(db,
        "CREATE ROLE chuxin_owner LOGIN", "CREATE ROLE chuxin_app LOGIN",
        "CREATE SCHEMA chuxin AUTHORIZATION chuxin_owner", "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    JdbcStorage owner = JdbcStorage.builder(Databases.postgresAs(db, "chuxin_owner", "chuxin"))
        .clock(Databases.CLOCK).build();
    assertThat(owner.migrate()).as("V1 to V4").isEqualTo(4);
    Databases.asSuperuser(db, "SET ROLE chuxin_owner",
        "GRANT USAGE ON SCHEMA chuxin TO chuxin_app",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA chuxin TO chuxin_app",
        "REVOKE UPDATE, DELETE, TRUNCATE ON chuxin.chuxin_rectification_change FROM chuxin_app");

    DataSource appData = Databases.postgresAs(db, "chuxin_app", "chuxin");
    JdbcStorage app = JdbcStorage.builder(appData).clock(Databases.CLOCK).build();
    Organisation root = Organisation.builder().id(OrgId.of("r")).kind(OrgKind.MUNICIPAL_COMMITTEE).name("r").build();
    Organisation child = Organisation.builder().id(OrgId.of("r-1")).parentId(root.id()).kind(OrgKind.DISTRICT)
        .name("c").build();
    app.organisations().saveAll(List.of(child, root));
    BatchId b1 = BatchId.of("b1");
    Campaign campaign = Campaign.builder().id(CampaignId.of("c"))
        .addBatches(Batch.builder().id(b1).number(1)
            .window(DateWindow.ofClosed(LocalDate.of(2019, 5, 31), LocalDate.of(2019, 8, 31))).build())
        .addAssignments(BatchAssignment.of(root.id(), b1)).build();
    Versioned<Campaign> saved = app.campaigns().save(campaign, ExpectedRevision.expectNew());
    app.campaigns().save(Campaign.builder().from(campaign).summaryMeeting(LocalDate.of(2020, 1, 8)).build(),
        ExpectedRevision.of(saved));
    RectificationItem item = RectificationItem.builder().from(SchemaAndHistoryTest.fullItem("i-1"))
        .responsibleUnit(child.id()).build();
    Versioned<RectificationItem> first = app.rectifications().save(item, ExpectedRevision.expectNew(), "app");
    app.rectifications().save(RectificationItem.builder().from(item).progress("more").build(),
        ExpectedRevision.of(first), "app");
    GuidanceGroup group = GuidanceGroup.builder().id(GuidanceGroupId.of("g")).name("g")
        .level(GuidanceLevel.MUNICIPAL).addMembers(LeaderId.of("l")).build();
    app.guidance().save(group, ExpectedRevision.expectNew());
    app.guidance().assign(GuidanceAssignment.of(group.id(), child.id()));
    app.guidance().record(FiveMustRecord.builder().group(group.id()).unit(child.id()).must(FiveMust.values()[0])
        .date(LocalDate.of(2019, 6, 10)).build());

    Leader leader = Leader.builder().id(LeaderId.of("l")).name("l").unit(child.id()).build();
    app.leaders().save(leader, ExpectedRevision.expectNew());
    LeadershipBody body = LeadershipBody.builder().id(LeadershipBodyId.of("lg")).kind(LeadershipBodyKind.LEADING_GROUP)
        .unit(root.id()).addMembers(leader.id()).build();
    Versioned<LeadershipBody> storedBody = app.leadershipBodies().save(body, ExpectedRevision.expectNew());
    app.leadershipBodies().save(LeadershipBody.builder().from(body).addMembers(LeaderId.of("m")).build(),
        ExpectedRevision.of(storedBody));
    app.leadershipBodies().hold(Meeting.builder().body(body.id()).kind(MeetingKind.LEADING_GROUP_MEETING)
        .date(LocalDate.of(2019, 6, 3)).build());
    app.plans().save(ImplementationPlan.builder().id(PlanId.of("p")).unit(child.id()).title("plan")
        .submittedOn(LocalDate.of(2019, 6, 5)).build(), ExpectedRevision.expectNew());
    app.schedule().save(ScheduleItem.builder().unit(root.id()).kind(ScheduleItem.Kind.MONTHLY_FOCUS)
        .window(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30))).title("June")
        .build(), ExpectedRevision.expectNew());
    app.problemLists().save(ProblemList.builder().id(ProblemListId.of("pl"))
        .owner(ProblemOwner.leader(child.id(), leader.id())).compiledOn(LocalDate.of(2019, 7, 1)).build(),
        ExpectedRevision.expectNew());
    assertThat(app.leadershipBodies().meetings(body.id())).hasSize(1);
    assertThat(app.problemLists().count(Query.builder().leadLeader(leader.id()).build())).isEqualTo(1);
    assertThat(app.schedule().count(Query.builder().subtree(root.id()).batch(b1).build())).isEqualTo(1);

    assertThat(app.rectifications().count(Query.builder().batch(b1).build())).isEqualTo(1);
    assertThat(app.rectifications().history(item.id())).hasSize(2);
    assertThat(app.guidance().assignments(group.id())).hasSize(1);
    try (Connection c = appData.getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM chuxin_rectification_change"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }
  }
}
