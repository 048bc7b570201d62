package io.github.chuxin.report.rollup;

import static io.github.chuxin.report.Campaigns.AS_OF;
import static io.github.chuxin.report.Campaigns.BR1;
import static io.github.chuxin.report.Campaigns.CITY;
import static io.github.chuxin.report.Campaigns.RELICS;
import static io.github.chuxin.report.Campaigns.SUBWAY;
import static io.github.chuxin.report.Campaigns.TMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.report.Campaigns;
import io.github.chuxin.report.ranking.RankMetric;
import io.github.chuxin.report.ranking.RankedUnit;
import io.github.chuxin.report.ranking.Rankings;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The roll-up of the small campaign, against figures worked out by hand. */
class RollupTest {

  private final CampaignSnapshot small = Campaigns.small();
  private final Rollup rollup = Rollup.of(small, AS_OF, 7);

  @Test
  void theSubwaySubtreeHasThreeUnitsTwoPartyOrganisationsAndFortyTwoMembersItsTemporaryOrganisationCountedApart() {
    RollupFigures subway = rollup.figures(SUBWAY);
    assertThat(subway.units()).as("the temporary organisation is not a counted unit").isEqualTo(3);
    assertThat(subway.partyOrganisations()).as("the committee and the branch, not the temporary one").isEqualTo(2);
    assertThat(subway.members()).as("the temporary organisation's 5 members are not counted").isEqualTo(42);
    assertThat(subway.temporaryOrganisations()).isEqualTo(1);
    assertThat(rollup.figures(TMP).partyOrganisations()).isZero();
    assertThat(rollup.figures(TMP).units()).isZero();
    assertThat(rollup.ownFigures(TMP).units()).isZero();
    assertThat(rollup.ownFigures(TMP).temporaryOrganisations()).isEqualTo(1);
  }

  @Test
  void theSubwaysProblemsAreOneOpenOneAnsweredOneClosed() {
    RollupFigures subway = rollup.figures(SUBWAY);
    assertThat(subway.problems()).isEqualTo(3);
    assertThat(subway.problems(ProblemSource.RESEARCH)).isEqualTo(1);
    assertThat(subway.problems(ProblemSource.SOLICITED_OPINIONS)).isEqualTo(1);
    assertThat(subway.problems(ProblemSource.CITIZEN_REQUESTS)).isEqualTo(1);
    assertThat(subway.problems(ProblemState.OPEN)).isEqualTo(1);
    assertThat(subway.problems(ProblemState.ANSWERED)).isEqualTo(1);
    assertThat(subway.problems(ProblemState.CLOSED)).isEqualTo(1);
  }

  @Test
  void theSubwayHasOneOverdueItemAndTwoDueWithinSevenDaysCountingTheExtendedDeadline() {
    RollupFigures subway = rollup.figures(SUBWAY);
    assertThat(subway.items()).isEqualTo(4);
    assertThat(subway.items(RectificationStatus.IN_PROGRESS)).isEqualTo(2);
    assertThat(subway.items(RectificationStatus.PLANNED)).isEqualTo(1);
    assertThat(subway.items(RectificationStatus.COMPLETED)).isEqualTo(1);
    assertThat(subway.items(RectificationKind.TIME_BOUND)).isEqualTo(3);
    assertThat(subway.items(RectificationKind.IMMEDIATE)).isEqualTo(1);
    assertThat(subway.items(RectificationKind.LONG_TERM)).isZero();
    assertThat(subway.done()).isEqualTo(1);
    assertThat(subway.completionRate()).hasValue(0.25);
    assertThat(subway.overdue()).as("r2, due 08-31, is overdue on 09-01").isEqualTo(1);
    assertThat(subway.dueSoon()).as("r3 due today and r4 extended to 09-08").isEqualTo(2);
    assertThat(subway.onTimeRate()).hasValue(1.0);
  }

  @Test
  void theRelicsBureauCompletedTwoOfThreeButItsOnlyDeadlineWasMissed() {
    RollupFigures relics = rollup.figures(RELICS);
    assertThat(relics.units()).isEqualTo(2);
    assertThat(relics.members()).isEqualTo(21);
    assertThat(relics.items()).isEqualTo(3);
    assertThat(relics.done()).isEqualTo(2);
    assertThat(relics.completionRate().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(relics.dueSoon()).as("r7 is due in 8 days, outside a 7-day horizon").isZero();
    assertThat(relics.overdue()).isZero();
    assertThat(relics.doneWithDeadline()).isEqualTo(1);
    assertThat(relics.onTimeRate()).hasValue(0.0);
  }

  @Test
  void theCityTotalsAreTheSumOfItsTwoBureausPlusItself() {
    RollupFigures city = rollup.figures(CITY);
    assertThat(city.units()).isEqualTo(6);
    assertThat(city.partyOrganisations()).as("the 市委 itself, a local party committee, and the bureaus' three")
        .isEqualTo(4);
    assertThat(city.partyOrganisations()).isEqualTo(rollup.figures(SUBWAY).partyOrganisations()
        + rollup.figures(RELICS).partyOrganisations() + rollup.ownFigures(CITY).partyOrganisations());
    assertThat(city.temporaryOrganisations()).isEqualTo(1);
    assertThat(city.members()).isEqualTo(63);
    assertThat(city.problems()).isEqualTo(4);
    assertThat(city.problems(ProblemState.ANSWERED)).isEqualTo(2);
    assertThat(city.items()).isEqualTo(7);
    assertThat(city.done()).isEqualTo(3);
    assertThat(city.onTimeRate()).hasValue(0.5);
    assertThat(rollup.total()).isEqualTo(city);
    assertThat(city).isEqualTo(rollup.figures(SUBWAY).plus(rollup.figures(RELICS)).plus(rollup.ownFigures(CITY)));
  }

  @Test
  void aLongerHorizonCountsTheItemDueInEightDays() {
    assertThat(Rollup.of(small, AS_OF, 8).figures(RELICS).dueSoon()).isEqualTo(1);
  }

  @Test
  void aDayEarlierTheItemDueOnAugustThirtyFirstIsNotYetOverdue() {
    assertThat(Rollup.of(small, AS_OF.minusDays(1), 7).figures(SUBWAY).overdue()).isZero();
  }

  @Test
  void theDateFromAClockIsReadInTheCampaignsZone() {
    Clock clock = Clock.fixed(Instant.parse("2019-08-31T16:30:00Z"), ZoneOffset.UTC);
    assertThat(Rollup.of(small, clock, 7).asOf()).isEqualTo(AS_OF);
  }

  @Test
  void ownFiguresOfALeafAreItsSubtreeFigures() {
    assertThat(rollup.ownFigures(BR1)).isEqualTo(rollup.figures(BR1));
    assertThat(rollup.ownFigures(SUBWAY).items()).isEqualTo(2);
  }

  @Test
  void completingTheOverdueItemMovesItFromOverdueToDoneUpToTheRoot() {
    RectificationItem r2 = find("r2");
    rollup.update(RectificationItem.builder().from(r2).status(RectificationStatus.COMPLETED)
        .completedOn(LocalDate.of(2019, 9, 1)).addProblems(ProblemId.of("p2")).build());
    assertThat(rollup.figures(SUBWAY).overdue()).isZero();
    assertThat(rollup.figures(CITY).done()).isEqualTo(4);
    assertThat(rollup.figures(CITY).problems(ProblemState.OPEN)).isZero();
    assertThat(rollup.figures(SUBWAY).onTimeRate()).hasValue(0.5);
  }

  @Test
  void movingAnItemToAnotherUnitMovesItsFigures() {
    rollup.update(RectificationItem.builder().from(find("r7")).responsibleUnit(BR1).build());
    assertThat(rollup.figures(RELICS).items()).isEqualTo(2);
    assertThat(rollup.figures(SUBWAY).items()).isEqualTo(5);
    assertThat(rollup.figures(CITY).items()).isEqualTo(7);
  }

  @Test
  void removingAndAddingItemsKeepsTheTotals() {
    assertThat(rollup.remove(RectificationId.of("r1"))).isTrue();
    assertThat(rollup.remove(RectificationId.of("r1"))).isFalse();
    assertThat(rollup.figures(SUBWAY).problems(ProblemState.OPEN)).as("p1 lost its only item").isEqualTo(2);
    rollup.update(Campaigns.item("new", OrgId.of("rb"), RectificationKind.IMMEDIATE, RectificationStatus.PLANNED)
        .build());
    assertThat(rollup.figures(CITY).items()).isEqualTo(7);
    assertThat(rollup.figures(RELICS).items(RectificationStatus.PLANNED)).isEqualTo(2);
  }

  @Test
  void anItemOfAUnitOutsideTheTreeCountsNowhere() {
    rollup.update(Campaigns.item("lost", OrgId.of("elsewhere"), RectificationKind.IMMEDIATE,
        RectificationStatus.PLANNED).build());
    assertThat(rollup.unplacedItems()).isEqualTo(1);
    assertThat(rollup.figures(CITY).items()).isEqualTo(7);
  }

  @Test
  void aUnitNotInTheTreeIsRefused() {
    assertThatThrownBy(() -> rollup.figures(OrgId.of("nowhere"))).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void theCitysChildrenRankByCompletionRateAndByOverdueCount() {
    List<RankedUnit> byCompletion = Rankings.children(rollup, CITY, RankMetric.COMPLETION_RATE);
    assertThat(byCompletion).extracting(RankedUnit::unit).containsExactly(RELICS, SUBWAY);
    assertThat(byCompletion).extracting(RankedUnit::rank).containsExactly(1, 2);
    List<RankedUnit> byOverdue = Rankings.children(rollup, CITY, RankMetric.OVERDUE_COUNT);
    assertThat(byOverdue).extracting(RankedUnit::unit).containsExactly(RELICS, SUBWAY);
  }

  @Test
  void tiesShareARankAndUnitsWithoutAValueComeLast() {
    List<RankedUnit> ranked = Rankings.of(rollup, List.of(Campaigns.TMP, RELICS, Campaigns.RB, BR1),
        RankMetric.COMPLETION_RATE);
    // relics 2/3, rb 1/2 (r6 done, r7 planned), br1 0/2, tmp no items
    assertThat(ranked).extracting(RankedUnit::unit).containsExactly(RELICS, Campaigns.RB, BR1, Campaigns.TMP);
    assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 3, 4);
    List<RankedUnit> byOverdue = Rankings.of(rollup, List.of(Campaigns.TMP, RELICS, BR1), RankMetric.OVERDUE_COUNT);
    assertThat(byOverdue).extracting(RankedUnit::rank).containsExactly(1, 1, 1);
  }

  private RectificationItem find(String id) {
    return small.rectifications().stream().filter(i -> i.id().value().equals(id)).findFirst().orElseThrow();
  }
}
