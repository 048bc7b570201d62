package io.github.chuxin.report.card;

import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.report.rollup.RollupFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A batch's report card 批次成績單 (批次成绩单): the figures of every organisation in the batch
 * (each counted once, whatever the batch of its ancestors) and the card of each unit the batch's
 * assignments name.
 *
 * <p>Immutable.
 *
 * @param batch the batch
 * @param asOf the date
 * @param figures the figures of the organisations in the batch
 * @param units the card of each assigned unit
 */
public record BatchReportCard(BatchId batch, LocalDate asOf, RollupFigures figures, List<ReportCard> units) {

  /**
   * Copies the list.
   *
   * @param batch the batch
   * @param asOf the date
   * @param figures the figures of the organisations in the batch
   * @param units the card of each assigned unit
   */
  public BatchReportCard {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(figures, "figures");
    units = List.copyOf(units);
  }

  /**
   * Returns how many assigned units have a dimension in a state.
   *
   * @param dimension the dimension, not null
   * @param state the state, not null
   * @return the number of units
   */
  public long unitsIn(InPlaceDimension dimension, DimensionState state) {
    return units.stream().filter(card -> card.dimension(dimension).state() == state).count();
  }

  /**
   * Returns how many assigned units are ready to close.
   *
   * @return the number of ready units
   */
  public long readyUnits() {
    return units.stream().filter(card -> card.readiness().isReady()).count();
  }
}
