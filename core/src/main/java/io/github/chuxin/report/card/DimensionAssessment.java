package io.github.chuxin.report.card;

import io.github.chuxin.campaign.InPlaceDimension;
import java.util.List;
import java.util.Objects;

/**
 * The assessment of one "in place" dimension 四個到位 (四个到位) of a unit: its state and the
 * criteria behind it.
 *
 * <p>Immutable.
 *
 * @param dimension the dimension
 * @param criteria the criteria with their evidence
 */
public record DimensionAssessment(InPlaceDimension dimension, List<AssessmentCriterion> criteria) {

  /**
   * Copies the list.
   *
   * @param dimension the dimension
   * @param criteria the criteria with their evidence
   */
  public DimensionAssessment {
    Objects.requireNonNull(dimension, "dimension");
    criteria = List.copyOf(criteria);
  }

  /**
   * Returns the state: in place if every criterion is met, not in place if none is, partly otherwise.
   *
   * @return the state
   */
  public DimensionState state() {
    int met = (int) criteria.stream().filter(AssessmentCriterion::met).count();
    return DimensionState.of(met, criteria.size());
  }
}
