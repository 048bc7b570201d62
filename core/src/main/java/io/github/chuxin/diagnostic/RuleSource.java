package io.github.chuxin.diagnostic;

import java.util.Objects;

/**
 * Where a rule comes from 規則依據 (规则依据): the paragraph of the source document, the article of a
 * party regulation, a policy a deployment sets for itself, or the integrity of the data itself.
 *
 * <p>An official who reads a violation should be able to tell a rule the campaign stated from one
 * a deployment chose: only rules whose source is {@link Kind#SEED}, {@link Kind#REGULATION} or
 * {@link Kind#INTEGRITY} should be errors; a {@link Kind#POLICY} rule is a warning with
 * configurable thresholds.
 *
 * @param kind what sort of source it is
 * @param citation the citation: a paragraph, an article, the policy's name or the integrity
 *     condition, never blank
 */
public record RuleSource(Kind kind, String citation) {

  /** What sort of source a rule has. */
  public enum Kind {
    /** The campaign's source document (Beijing's first-batch report) or the central documents it cites. */
    SEED,
    /** A party regulation, such as 《中國共產黨支部工作條例（試行）》 (2018), cited by article. */
    REGULATION,
    /** A practice or threshold a deployment sets for itself: configurable, never an error by itself. */
    POLICY,
    /** The data's own integrity: identifiers, references, trees and counts that must hold for any reading. */
    INTEGRITY
  }

  /**
   * Checks the components.
   *
   * @param kind what sort of source it is
   * @param citation the citation: a paragraph, an article, the policy's name or the integrity
   *     condition, never blank
   * @throws IllegalArgumentException if the citation is blank
   */
  public RuleSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(citation, "citation");
    if (citation.isBlank()) {
      throw new IllegalArgumentException("a rule source cites something; the citation was blank");
    }
  }

  /**
   * Cites the source document.
   *
   * @param citation the paragraph or passage, such as {@code "seed ¶3: 整改落實"}
   * @return the source
   */
  public static RuleSource seed(String citation) {
    return new RuleSource(Kind.SEED, citation);
  }

  /**
   * Cites a party regulation.
   *
   * @param citation the regulation and article
   * @return the source
   */
  public static RuleSource regulation(String citation) {
    return new RuleSource(Kind.REGULATION, citation);
  }

  /**
   * Names a configurable policy.
   *
   * @param citation what the policy is, such as {@code "warning days before a deadline"}
   * @return the source
   */
  public static RuleSource policy(String citation) {
    return new RuleSource(Kind.POLICY, citation);
  }

  /**
   * Names an integrity condition.
   *
   * @param citation what must hold, such as {@code "identifiers are unique"}
   * @return the source
   */
  public static RuleSource integrity(String citation) {
    return new RuleSource(Kind.INTEGRITY, citation);
  }

  /**
   * Renders the source for a catalogue: the kind in lower case, a colon and the citation.
   *
   * @return such as {@code "policy: configurable warning days"}
   */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + citation;
  }
}
