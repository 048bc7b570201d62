package io.github.chuxin.special;

import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A special rectification project 專項整治 (专项整治), run "as a project" 項目化推進 (项目化推进)
 * with five elements: objectives 目標任務, problem list 問題清單, measures 整治措施, responsible
 * departments 責任部門 and deadline 完成時限; the leaders in overall charge 抓總, a lead leader
 * 領銜, a lead unit 牽頭單位 and participating departments 參與部門.
 *
 * <p>Immutable. The area is a code of the special-rectification-area catalogue, such as
 * Beijing's 規劃和自然資源領域突出問題. A missing element, lead leader or lead unit is reported
 * by validation as a warning, not refused here, so that a project can be stored while it is drafted.
 */
@Value.Immutable
public abstract class SpecialRectification {

  /** Only the generated {@code ImmutableSpecialRectification}, in this package, extends this class. */
  SpecialRectification() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSpecialRectification.Builder builder() {
    return ImmutableSpecialRectification.builder();
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier
   */
  public abstract SpecialRectificationId id();

  /**
   * Returns the area code from the special-rectification-area catalogue.
   *
   * @return the area code
   */
  public abstract String area();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the objectives 目標任務 (目标任务): the first element.
   *
   * @return the objectives
   */
  public abstract List<String> objectives();

  /**
   * Returns the problem list 問題清單 (问题清单): the second element.
   *
   * @return the problems
   */
  public abstract List<ProblemId> problems();

  /**
   * Returns the measures 整治措施 (整治措施): the third element.
   *
   * @return the measures
   */
  public abstract List<String> measures();

  /**
   * Returns the responsible departments 責任部門 (责任部门): the fourth element.
   *
   * @return the departments
   */
  public abstract List<OrgId> responsibleDepartments();

  /**
   * Returns the deadline 完成時限 (完成时限): the fifth element.
   *
   * @return the last day, inclusive
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns the lead leader 領銜 (领衔), such as a standing-committee member or vice-mayor.
   *
   * @return the leader
   */
  public abstract Optional<LeaderId> leadLeader();

  /**
   * Returns the leaders in overall charge 抓總 (抓总), beside the {@linkplain #leadLeader() lead
   * leader}: in Beijing the secretary and the mayor took overall charge of every special
   * rectification (書記、市長抓總) while a standing-committee member or vice-mayor led each one.
   *
   * @return the leaders, in order
   */
  public abstract Set<LeaderId> overallLeaders();

  /**
   * Returns the lead unit 牽頭單位 (牵头单位).
   *
   * @return the unit
   */
  public abstract Optional<OrgId> leadUnit();

  /**
   * Returns the participating departments 參與部門 (参与部门).
   *
   * @return the departments
   */
  public abstract List<OrgId> participatingUnits();

  /**
   * Returns the driving mechanisms in use.
   *
   * @return the mechanisms; all five by default
   */
  @Value.Default
  public Set<DrivingMechanism> mechanisms() {
    return EnumSet.allOf(DrivingMechanism.class);
  }

  /**
   * Tells whether all five elements are present.
   *
   * @return whether objectives, problems, measures, departments and deadline are all given
   */
  public boolean hasAllFiveElements() {
    return !objectives().isEmpty() && !problems().isEmpty() && !measures().isEmpty()
        && !responsibleDepartments().isEmpty() && deadline().isPresent();
  }
}
