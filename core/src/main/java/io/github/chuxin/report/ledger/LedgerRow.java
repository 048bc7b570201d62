package io.github.chuxin.report.ledger;

import io.github.chuxin.i18n.Language;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the rectification ledger 臺賬 (台账): one rectification item with its problems,
 * measures, responsible unit, lead leader, deadline, status, progress and completion date,
 * names resolved from the campaign's data.
 *
 * <p>Immutable.
 *
 * @param item the item's identifier
 * @param problems the descriptions of the problems it answers (its title when none is found)
 * @param measures the measures
 * @param responsibleUnit the responsible unit's identifier
 * @param responsibleUnitName the responsible unit's name, or its identifier if not in the tree
 * @param leadLeaderName the lead leader's name, if named (the identifier if not found)
 * @param deadline the effective deadline after extensions, if any
 * @param status the status
 * @param progress the free-text progress, if any
 * @param completedOn the completion date, if any
 */
public record LedgerRow(
    RectificationId item,
    List<String> problems,
    List<String> measures,
    OrgId responsibleUnit,
    String responsibleUnitName,
    Optional<String> leadLeaderName,
    Optional<LocalDate> deadline,
    RectificationStatus status,
    Optional<String> progress,
    Optional<LocalDate> completedOn) {

  /** Separates several problems or measures in one cell. */
  public static final String SEPARATOR = "；";

  /**
   * Copies the lists and checks for nulls.
   *
   * @param item the item's identifier
   * @param problems the descriptions of the problems it answers (its title when none is found)
   * @param measures the measures
   * @param responsibleUnit the responsible unit's identifier
   * @param responsibleUnitName the responsible unit's name, or its identifier if not in the tree
   * @param leadLeaderName the lead leader's name, if named (the identifier if not found)
   * @param deadline the effective deadline after extensions, if any
   * @param status the status
   * @param progress the free-text progress, if any
   * @param completedOn the completion date, if any
   */
  public LedgerRow {
    Objects.requireNonNull(item, "item");
    problems = List.copyOf(problems);
    measures = List.copyOf(measures);
    Objects.requireNonNull(responsibleUnit, "responsibleUnit");
    Objects.requireNonNull(responsibleUnitName, "responsibleUnitName");
    Objects.requireNonNull(leadLeaderName, "leadLeaderName");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(completedOn, "completedOn");
  }

  /**
   * Returns a cell as text: lists joined with {@link #SEPARATOR}, dates in ISO form, the status
   * by its label in the language, absent values as empty text.
   *
   * @param column the column, not null
   * @param language the language of the status label, not null
   * @return the text
   */
  public String cell(LedgerColumn column, Language language) {
    return switch (column) {
      case ITEM -> item.value();
      case PROBLEM -> String.join(SEPARATOR, problems);
      case MEASURES -> String.join(SEPARATOR, measures);
      case RESPONSIBLE_UNIT -> responsibleUnitName;
      case LEAD_LEADER -> leadLeaderName.orElse("");
      case DEADLINE -> deadline.map(LocalDate::toString).orElse("");
      case STATUS -> status.label(language);
      case PROGRESS -> progress.orElse("");
      case COMPLETED_ON -> completedOn.map(LocalDate::toString).orElse("");
    };
  }
}
