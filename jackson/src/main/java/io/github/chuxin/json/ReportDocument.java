package io.github.chuxin.json;

import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.validation.ValidationReport;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A validation report as an interchange document 校驗報告 (校验报告): what {@link ReportWriter} writes and
 * {@link ReportReader} reads, so that a web front end or a service in another language can show a report without
 * Java. In the spirit of an OperationOutcome: a list of issues, each with its stable code, severity, location (the
 * element's path, as data and as text), the arguments of its message, the message's template in the three
 * languages, and the message filled in each language the writer was asked for.
 *
 * <pre>{@code
 * {"formatVersion": 1, "campaign": "2019-theme-education", "valid": true, "languages": ["en", "zh-Hans"],
 *  "violations": [{"code": "RECT-DEADLINE-AFTER-BATCH", "severity": "info",
 *    "location": "rectification[r-17].deadline",
 *    "path": [{"kind": "rectification", "id": "r-17"}, {"kind": "deadline"}],
 *    "arguments": [{"name": "item", "value": "r-17"}],
 *    "template": {"en": "...", "zh-Hans": "...", "zh-Hant": "..."},
 *    "messages": {"en": "...", "zh-Hans": "..."}}]}
 * }</pre>
 *
 * <p>The document's JSON Schema (draft 2020-12) is the resource {@value #SCHEMA_RESOURCE}.
 *
 * @param campaign the campaign validated
 * @param languages the languages the messages are given in, distinct, in order (may be none)
 * @param violations the violations, in the report's order
 */
public record ReportDocument(CampaignId campaign, List<Language> languages, List<Violation> violations) {

  /** The version of the report document this library writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** The class-path resource of the JSON Schema (draft 2020-12) of the report document. */
  public static final String SCHEMA_RESOURCE = "/io/github/chuxin/json/validation-report.schema.json";

  /**
   * Checks the components and copies the lists.
   *
   * @param campaign the campaign the report is about, not null
   * @param languages the languages of its messages, each once, not null
   * @param violations the violations, not null
   * @throws IllegalArgumentException if a language is listed twice
   */
  public ReportDocument {
    Objects.requireNonNull(campaign, "campaign");
    languages = List.copyOf(languages);
    violations = List.copyOf(violations);
    if (new LinkedHashSet<>(languages).size() != languages.size()) {
      throw new IllegalArgumentException("a language is listed twice: " + languages);
    }
  }

  /**
   * The document of a report, with its messages in {@code languages}.
   *
   * @param report the report
   * @param languages the languages of the messages, distinct
   * @return the document
   */
  public static ReportDocument of(ValidationReport report, List<Language> languages) {
    return new ReportDocument(report.snapshot().campaign().id(), languages, report.violations().asJava());
  }

  /**
   * Whether no violation is an error, as {@link ValidationReport#isValid()} says.
   *
   * @return whether the campaign is valid
   */
  public boolean valid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * The report again, about {@code snapshot}, the campaign this document is about.
   *
   * @param snapshot the campaign validated
   * @return the report
   * @throws IllegalArgumentException if {@code snapshot} is another campaign
   */
  public ValidationReport toReport(CampaignSnapshot snapshot) {
    if (!snapshot.campaign().id().equals(campaign)) {
      throw new IllegalArgumentException("the report is about campaign " + campaign.value() + ", not "
          + snapshot.campaign().id().value());
    }
    return new ValidationReport(snapshot, io.vavr.collection.Vector.ofAll(violations));
  }
}
