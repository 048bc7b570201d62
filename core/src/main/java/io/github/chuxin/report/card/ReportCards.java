package io.github.chuxin.report.card;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.BatchPlan;
import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.report.readiness.EvidenceIndex;
import io.github.chuxin.report.readiness.Readiness;
import io.github.chuxin.report.readiness.UnitEvidence;
import io.github.chuxin.report.rollup.Rollup;
import io.github.chuxin.report.rollup.RollupFigures;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds report cards 成績單 (成绩单) for units and batches from a roll-up and the units'
 * evidence, judged by an {@link InPlacePolicy}.
 *
 * <pre>{@code
 * Rollup rollup = Rollup.of(snapshot, LocalDate.of(2019, 8, 31), 7);
 * ReportCards cards = ReportCards.of(snapshot, rollup, InPlacePolicy.defaults());
 * ReportCard subway = cards.unit(OrgId.of("bj-subway"));
 * BatchReportCard first = cards.batch(BatchId.of("first"));
 * }</pre>
 */
public final class ReportCards {

  private final CampaignSnapshot snapshot;
  private final Rollup rollup;
  private final EvidenceIndex evidence;
  private final InPlacePolicy policy;

  private ReportCards(CampaignSnapshot snapshot, Rollup rollup, EvidenceIndex evidence, InPlacePolicy policy) {
    this.snapshot = snapshot;
    this.rollup = rollup;
    this.evidence = evidence;
    this.policy = policy;
  }

  /**
   * Prepares report cards on the roll-up's date.
   *
   * @param snapshot the campaign's data the roll-up was built from, not null
   * @param rollup the roll-up, not null
   * @param policy the criteria of the dimensions, not null
   * @return the report cards
   */
  public static ReportCards of(CampaignSnapshot snapshot, Rollup rollup, InPlacePolicy policy) {
    return new ReportCards(snapshot, rollup, EvidenceIndex.of(snapshot, rollup.asOf()), policy);
  }

  /**
   * Returns a unit's card.
   *
   * @param unit the unit, not null
   * @return the card
   * @throws java.util.NoSuchElementException if the unit is not in the tree
   */
  public ReportCard unit(OrgId unit) {
    RollupFigures figures = rollup.figures(unit);
    UnitEvidence own = evidence.of(unit);
    List<DimensionAssessment> dimensions = new ArrayList<>();
    for (InPlaceDimension dimension : InPlaceDimension.values()) {
      if (snapshot.campaign().dimensions().contains(dimension)) {
        dimensions.add(policy.assess(dimension, own, figures));
      }
    }
    return new ReportCard(unit, rollup.tree().get(unit).name(), rollup.asOf(), figures, dimensions,
        Readiness.of(own));
  }

  /**
   * Returns a batch's card: the figures of the organisations whose batch it is, and the cards of
   * the units its assignments name (those in the tree).
   *
   * @param batch the batch, not null
   * @return the card
   */
  public BatchReportCard batch(BatchId batch) {
    BatchPlan plan = snapshot.batchPlan();
    TreeIndex shape = rollup.tree().shape();
    RollupFigures figures = RollupFigures.zero();
    for (int v = 0; v < shape.size(); v++) {
      boolean in = is(plan.batchAt(v), batch);
      int p = shape.parent(v);
      boolean parentIn = p != TreeIndex.NO_PARENT && is(plan.batchAt(p), batch);
      if (in && !parentIn) {
        figures = figures.plus(rollup.figuresAt(v));
      } else if (!in && parentIn) {
        figures = figures.minus(rollup.figuresAt(v));
      }
    }
    List<ReportCard> units = new ArrayList<>();
    for (OrgId unit : Readiness.unitsOf(snapshot, batch)) {
      if (rollup.tree().contains(unit)) {
        units.add(unit(unit));
      }
    }
    return new BatchReportCard(batch, rollup.asOf(), figures, units);
  }

  private static boolean is(Optional<Batch> batch, BatchId id) {
    return batch.isPresent() && batch.get().id().equals(id);
  }
}
