package io.github.chuxin.report.ledger;

import static io.github.chuxin.report.Campaigns.SUBWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.report.Campaigns;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ledger's rows, filters and orders. */
class LedgerTest {

  private final CampaignSnapshot small = Campaigns.small();

  @Test
  void aRowResolvesProblemDescriptionsUnitAndLeaderNames() {
    LedgerRow r1 = Ledger.rows(small).get(0);
    assertThat(r1.item().value()).isEqualTo("r1");
    assertThat(r1.problems()).containsExactly("9號線早高峰擁擠");
    assertThat(r1.responsibleUnitName()).isEqualTo("地鐵公司");
    assertThat(r1.leadLeaderName()).hasValue("張三");
    assertThat(r1.deadline()).hasValue(LocalDate.of(2019, 8, 31));
    assertThat(r1.cell(LedgerColumn.STATUS, Language.TRADITIONAL_CHINESE)).isEqualTo("已完成整改");
    assertThat(r1.cell(LedgerColumn.COMPLETED_ON, Language.ENGLISH)).isEqualTo("2019-08-30");
  }

  @Test
  void anItemWithoutKnownProblemsShowsItsTitleAndAnUnknownLeaderShowsTheIdentifier() {
    LedgerRow r2 = Ledger.rows(small).get(1);
    assertThat(r2.problems()).containsExactly("任務 r2");
    assertThat(r2.leadLeaderName()).isEmpty();
    LedgerRow r5 = Ledger.rows(small).get(4);
    assertThat(r5.leadLeaderName()).hasValue("l-unknown");
  }

  @Test
  void theDeadlineColumnShowsTheExtendedDeadline() {
    LedgerRow r4 = Ledger.rows(small).get(3);
    assertThat(r4.deadline()).hasValue(LocalDate.of(2019, 9, 8));
  }

  @Test
  void theSubwaySubtreeFilterKeepsItsFourItemsSortedByDeadline() {
    List<LedgerRow> rows = Ledger.rows(small, LedgerQuery.builder().subtree(SUBWAY).order(LedgerOrder.DEADLINE).build());
    assertThat(rows).extracting(r -> r.item().value()).containsExactly("r1", "r2", "r3", "r4");
  }

  @Test
  void statusAndDeadlineFiltersCombine() {
    List<LedgerRow> rows = Ledger.rows(small, LedgerQuery.builder()
        .addStatuses(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS)
        .deadlineWithin(DateWindow.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 9, 30)))
        .order(LedgerOrder.DEADLINE).build());
    assertThat(rows).extracting(r -> r.item().value()).containsExactly("r3", "r4", "r7");
  }

  @Test
  void orderingByUnitFollowsThePreOrderAndByStatusTheEnumOrder() {
    assertThat(Ledger.rows(small, LedgerQuery.builder().order(LedgerOrder.UNIT).build()))
        .extracting(r -> r.item().value()).containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7");
    assertThat(Ledger.rows(small, LedgerQuery.builder().order(LedgerOrder.STATUS).build()))
        .extracting(r -> r.item().value()).containsExactly("r4", "r7", "r2", "r3", "r1", "r6", "r5");
  }

  @Test
  void aFilteredLedgerHoldsExactlyTheItemsANaiveScanKeeps() {
    qt().withExamples(100).forAll(integers().between(1, 30), longs().all()).checkAssert((n, seed) -> {
      CampaignSnapshot snapshot = Campaigns.random(n, seed);
      OrgId root = OrgId.of("u" + Math.floorMod(seed, n));
      DateWindow window = DateWindow.ofClosed(Campaigns.AS_OF.minusDays(5), Campaigns.AS_OF.plusDays(5));
      List<LedgerRow> rows = Ledger.rows(snapshot, LedgerQuery.builder().subtree(root)
          .addStatuses(RectificationStatus.PLANNED, RectificationStatus.RETURNED).deadlineWithin(window)
          .order(LedgerOrder.DEADLINE).build());
      List<String> expected = snapshot.rectifications().stream()
          .filter(i -> snapshot.tree().isInSubtree(root, i.responsibleUnit()))
          .filter(i -> i.status() == RectificationStatus.PLANNED || i.status() == RectificationStatus.RETURNED)
          .filter(i -> i.effectiveDeadline().filter(window::contains).isPresent())
          .map(i -> i.id().value()).sorted().toList();
      assertThat(rows).extracting(r -> r.item().value()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(rows).extracting(r -> r.deadline().orElseThrow()).isSortedAccordingTo(Comparator.naturalOrder());
      for (LedgerRow row : rows) {
        RectificationItem item = snapshot.rectifications().stream().filter(i -> i.id().equals(row.item()))
            .findFirst().orElseThrow();
        assertThat(row.responsibleUnitName()).isEqualTo(snapshot.tree().get(item.responsibleUnit()).name());
        assertThat(row.measures()).isEqualTo(item.measures());
        assertThat(Optional.of(row.status())).contains(item.status());
      }
    });
  }
}
