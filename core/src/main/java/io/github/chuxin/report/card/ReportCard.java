package io.github.chuxin.report.card;

import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.report.readiness.UnitReadiness;
import io.github.chuxin.report.rollup.RollupFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A unit's report card 成績單 (成绩单) on a date: the roll-up figures of its subtree
 * (completion, overdue…), the state of each "in place" dimension with its evidence, and what it
 * still lacks before its batch can close.
 *
 * <p>Immutable.
 *
 * @param unit the unit
 * @param name the unit's name
 * @param asOf the date
 * @param figures the figures of the unit's subtree
 * @param dimensions one assessment per dimension, in the order of {@link InPlaceDimension}
 * @param readiness what the unit still lacks
 */
public record ReportCard(OrgId unit, String name, LocalDate asOf, RollupFigures figures,
    List<DimensionAssessment> dimensions, UnitReadiness readiness) {

  /**
   * Copies the list.
   *
   * @param unit the unit
   * @param name the unit's name
   * @param asOf the date
   * @param figures the figures of the unit's subtree
   * @param dimensions one assessment per dimension, in the order of {@link InPlaceDimension}
   * @param readiness what the unit still lacks
   */
  public ReportCard {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(figures, "figures");
    dimensions = List.copyOf(dimensions);
    Objects.requireNonNull(readiness, "readiness");
  }

  /**
   * Returns the assessment of a dimension.
   *
   * @param dimension the dimension, not null
   * @return the assessment
   * @throws java.util.NoSuchElementException if the card has none for it
   */
  public DimensionAssessment dimension(InPlaceDimension dimension) {
    return dimensions.stream().filter(d -> d.dimension() == dimension).findFirst().orElseThrow();
  }
}
