package io.github.chuxin.report.card;

import static io.github.chuxin.report.Campaigns.AS_OF;
import static io.github.chuxin.report.Campaigns.FIRST;
import static io.github.chuxin.report.Campaigns.RELICS;
import static io.github.chuxin.report.Campaigns.SUBWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.report.readiness.BatchReadiness;
import io.github.chuxin.report.readiness.Readiness;
import io.github.chuxin.report.readiness.Requirement;
import io.github.chuxin.report.readiness.UnitReadiness;
import io.github.chuxin.report.Campaigns;
import io.github.chuxin.report.rollup.Rollup;
import io.github.chuxin.report.rollup.RollupFigures;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Report cards and batch readiness of the small campaign, worked out by hand. */
class ReportCardTest {

  private final CampaignSnapshot small = Campaigns.small();
  private final Rollup rollup = Rollup.of(small, AS_OF, 7);
  private final ReportCards cards = ReportCards.of(small, rollup, InPlacePolicy.defaults());

  @Test
  void theSubwayLacksOnlyAnItemForItsOpenProblem() {
    assertThat(Readiness.of(small, SUBWAY, AS_OF).missing()).containsExactly(Requirement.RECTIFICATION_ITEMS_ANSWERED);
  }

  @Test
  void theRelicsBureauLacksEverythingButTheAnsweredProblemsAsItsPlanWasReturnedAndItsStudyIsLater() {
    assertThat(Readiness.of(small, RELICS, AS_OF).missing()).containsExactly(
        Requirement.PLAN_REVIEWED, Requirement.STUDY_HELD, Requirement.PARTY_LECTURE_GIVEN, Requirement.RESEARCH_DONE,
        Requirement.PROBLEM_LIST_MADE, Requirement.SPECIAL_MEETING_HELD);
    assertThat(Readiness.of(small, RELICS, LocalDate.of(2019, 9, 5)).missing()).doesNotContain(Requirement.STUDY_HELD);
  }

  @Test
  void theFirstBatchIsNotReadyAndListsBothUnits() {
    BatchReadiness batch = Readiness.ofBatch(small, FIRST, AS_OF);
    assertThat(batch.isReady()).isFalse();
    assertThat(batch.units()).extracting(UnitReadiness::unit).containsExactly(SUBWAY, RELICS);
    assertThat(batch.notReady()).hasSize(2);
  }

  @Test
  @SuppressWarnings("deprecation")
  void aUnitWithNoRecordsLacksEveryRequirementButTheAnsweredProblemsAndTheGroupsFiveMusts() {
    assertThat(Readiness.of(small, OrgId.of("rb"), AS_OF).missing()).hasSize(Requirement.values().length - 2)
        .doesNotContain(Requirement.RECTIFICATION_ITEMS_ANSWERED, Requirement.FIVE_MUSTS_RECORDED);
  }

  @Test
  @SuppressWarnings("deprecation")
  void theGroupsFiveMustsHoldBackNeitherTheUnitsClosingNorItsLeadershipDimension() {
    // the subway's group recorded all five musts; without them the subway is as ready, and as in place, as before
    CampaignSnapshot withoutMusts = ImmutableCampaignSnapshot.copyOf(small).withFiveMustRecords(List.of());
    assertThat(Readiness.of(withoutMusts, SUBWAY, AS_OF).missing()).isEqualTo(Readiness.of(small, SUBWAY, AS_OF).missing())
        .doesNotContain(Requirement.FIVE_MUSTS_RECORDED);
    ReportCard card = ReportCards.of(withoutMusts, Rollup.of(withoutMusts, AS_OF, 7), InPlacePolicy.defaults())
        .unit(SUBWAY);
    assertThat(card.dimension(InPlaceDimension.LEADERSHIP).state()).isEqualTo(DimensionState.IN_PLACE);
    assertThat(card.dimension(InPlaceDimension.LEADERSHIP).criteria()).hasSize(2);
  }

  @Test
  void theSubwaysCardHasThreeDimensionsInPlaceAndRectificationNot() {
    ReportCard card = cards.unit(SUBWAY);
    assertThat(card.name()).isEqualTo("地鐵公司");
    assertThat(card.figures()).isEqualTo(rollup.figures(SUBWAY));
    assertThat(card.dimension(InPlaceDimension.UNDERSTANDING).state()).isEqualTo(DimensionState.IN_PLACE);
    assertThat(card.dimension(InPlaceDimension.PROBLEM_EXAMINATION).state()).isEqualTo(DimensionState.IN_PLACE);
    assertThat(card.dimension(InPlaceDimension.LEADERSHIP).state()).isEqualTo(DimensionState.IN_PLACE);
    DimensionAssessment rectification = card.dimension(InPlaceDimension.RECTIFICATION);
    assertThat(rectification.state()).isEqualTo(DimensionState.NOT_IN_PLACE);
    assertThat(rectification.criteria()).extracting(AssessmentCriterion::actual).containsExactly(1.0, 0.25, 1.0);
  }

  @Test
  void theRelicsCardHasRectificationPartlyInPlace() {
    ReportCard card = cards.unit(RELICS);
    assertThat(card.dimension(InPlaceDimension.UNDERSTANDING).state()).isEqualTo(DimensionState.NOT_IN_PLACE);
    assertThat(card.dimension(InPlaceDimension.RECTIFICATION).state()).isEqualTo(DimensionState.PARTLY);
    assertThat(card.dimension(InPlaceDimension.LEADERSHIP).criteria().get(0).met()).isFalse();
  }

  @Test
  void theBatchCardSumsItsTwoUnitsButNotTheCity() {
    BatchReportCard batch = cards.batch(FIRST);
    assertThat(batch.figures()).isEqualTo(rollup.figures(SUBWAY).plus(rollup.figures(RELICS)));
    assertThat(batch.figures().units()).as("the temporary organisation counted apart").isEqualTo(5);
    assertThat(batch.figures().temporaryOrganisations()).isEqualTo(1);
    assertThat(batch.units()).hasSize(2);
    assertThat(batch.unitsIn(InPlaceDimension.RECTIFICATION, DimensionState.NOT_IN_PLACE)).isEqualTo(1);
    assertThat(batch.unitsIn(InPlaceDimension.UNDERSTANDING, DimensionState.IN_PLACE)).isEqualTo(1);
    assertThat(batch.readyUnits()).isZero();
  }

  @Test
  void aReplacementPolicyDecidesTheDimensions() {
    InPlacePolicy lenient = (dimension, evidence, figures) ->
        new DimensionAssessment(dimension, List.of(AssessmentCriterion.atLeast(
            io.github.chuxin.i18n.Label.of("always", "总是", "總是"), 1, 0)));
    ReportCard card = ReportCards.of(small, rollup, lenient).unit(RELICS);
    assertThat(card.dimensions()).extracting(DimensionAssessment::state).containsOnly(DimensionState.IN_PLACE);
  }

  @Test
  void aBatchCardsFiguresEqualTheSumOfItsOrganisationsOwnFigures() {
    qt().withExamples(100).forAll(integers().between(1, 40), longs().all()).checkAssert((n, seed) -> {
      CampaignSnapshot base = Campaigns.random(n, seed);
      Random random = new Random(seed);
      BatchId second = BatchId.of("b2");
      var campaign = Campaign.builder().id(base.campaign().id())
          .addBatches(base.campaign().batches().get(0), Batch.builder().id(second).number(2)
              .window(DateWindow.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 11, 30))).build());
      for (int k = 0; k < 1 + n / 4; k++) {
        campaign.addAssignments(new BatchAssignment(OrgId.of("u" + random.nextInt(n)), random.nextBoolean() ? FIRST : second));
      }
      CampaignSnapshot snapshot = ImmutableCampaignSnapshot.builder().from(base).campaign(campaign.build()).build();
      Rollup r = Rollup.of(snapshot, AS_OF, 7);
      ReportCards c = ReportCards.of(snapshot, r, InPlacePolicy.defaults());
      for (BatchId batch : List.of(FIRST, second)) {
        RollupFigures expected = RollupFigures.zero();
        for (int v = 0; v < snapshot.tree().size(); v++) {
          if (snapshot.batchPlan().batchAt(v).map(b -> b.id().equals(batch)).orElse(false)) {
            expected = expected.plus(r.ownFiguresAt(v));
          }
        }
        assertThat(c.batch(batch).figures()).isEqualTo(expected);
      }
    });
  }
}
