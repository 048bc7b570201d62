package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Validates a campaign of about 200,000 organisations and 200,000 rectification items with a few
 * planted defects, and checks that exactly those are found. No timing: cost is for the benchmarks.
 */
class LargeCampaignValidationTest {

  private static final int UNITS = 2_000;
  private static final int BRANCHES_PER_UNIT = 99;
  private static final int ITEMS = 200_000;

  @Test
  void aCampaignOfTwoHundredThousandOrganisationsAndItemsYieldsExactlyThePlantedViolations() {
    BatchId b1 = BatchId.of("b1");
    LocalDate start = LocalDate.of(2019, 6, 1);
    List<Organisation> orgs = new ArrayList<>(1 + UNITS * (BRANCHES_PER_UNIT + 2));
    List<BatchAssignment> assignments = new ArrayList<>(UNITS);
    orgs.add(Organisation.builder().id(OrgId.of("bj")).kind(OrgKind.MUNICIPAL_COMMITTEE).name("市委").build());
    int planted = 0;
    for (int u = 0; u < UNITS; u++) {
      OrgId unit = OrgId.of("u" + u);
      OrgId committee = OrgId.of("u" + u + "-pc");
      orgs.add(Organisation.builder().id(unit).parentId(OrgId.of("bj")).kind(OrgKind.BUREAU_LEVEL_UNIT)
          .name("局 " + u).build());
      orgs.add(Organisation.builder().id(committee).parentId(unit).kind(OrgKind.PARTY_COMMITTEE)
          .name("黨委 " + u).build());
      assignments.add(BatchAssignment.of(unit, b1));
      for (int j = 0; j < BRANCHES_PER_UNIT; j++) {
        boolean small = u % 700 == 3 && j == 5;
        planted += small ? 1 : 0;
        orgs.add(Organisation.builder().id(OrgId.of("u" + u + "-b" + j)).parentId(committee).kind(OrgKind.BRANCH)
            .name("支部").members(MemberCount.ofFull(small ? 2 : 10)).build());
      }
    }
    assertThat(planted).isEqualTo(3);
    List<Problem> problems = new ArrayList<>(ITEMS);
    List<RectificationItem> items = new ArrayList<>(ITEMS);
    for (int k = 0; k < ITEMS; k++) {
      OrgId owner = OrgId.of("u" + (k % UNITS));
      problems.add(Problem.builder().id(ProblemId.of("p" + k)).source(ProblemSource.RESEARCH)
          .owner(ProblemOwner.unit(owner)).description("問題 " + k)
          .discoveredOn(k % 40_000 == 11 ? LocalDate.of(2019, 5, 1) : LocalDate.of(2019, 7, 1)).build());
      items.add(RectificationItem.builder().id(RectificationId.of("r" + k)).addProblems(ProblemId.of("p" + k))
          .title("整改 " + k).responsibleUnit(k % 50_000 == 7 ? OrgId.of("ghost") : owner)
          .kind(RectificationKind.TIME_BOUND).createdOn(LocalDate.of(2019, 7, 1))
          .deadline(Deadline.of(LocalDate.of(2019, 8, 31))).build());
    }
    Collections.shuffle(orgs, new Random(42));
    Campaign campaign = Campaign.builder().id(CampaignId.of("large"))
        .addBatches(Batch.builder().id(b1).number(1).window(DateWindow.ofClosed(start, LocalDate.of(2019, 8, 31))).build())
        .addAllAssignments(assignments).build();
    CampaignSnapshot snapshot = CampaignSnapshot.builder().campaign(campaign).addAllOrganisations(orgs)
        .addAllProblems(problems).addAllRectifications(items).build();
    Clock clock = Clock.fixed(Instant.parse("2019-08-01T00:00:00Z"), ZoneOffset.UTC);

    ValidationReport report = Validator.defaults().report(snapshot, clock);

    assertThat(orgs).hasSizeGreaterThan(200_000);
    Map<String, Long> counts = report.violations().toJavaStream()
        .collect(Collectors.groupingBy(Violation::code, Collectors.counting()));
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
        "ORG-BRANCH-TOO-FEW-MEMBERS", 3L,
        "PROBLEM-OUTSIDE-CAMPAIGN", 5L,
        "RECT-UNIT-UNKNOWN", 4L));
  }
}
