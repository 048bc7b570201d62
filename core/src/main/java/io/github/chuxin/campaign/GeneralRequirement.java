package io.github.chuxin.campaign;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import java.util.List;
import org.immutables.value.Value;

/**
 * The general requirement 總要求 (总要求): four phrases of three characters, twelve characters in
 * all 十二字 (十二字), checked in both Simplified and Traditional script.
 *
 * <p>Immutable. {@link #standard()} gives the campaign's own: 守初心、擔使命、找差距、抓落實.
 */
@Value.Immutable
public abstract class GeneralRequirement {

  /** Only the generated {@code ImmutableGeneralRequirement}, in this package, extends this class. */
  GeneralRequirement() {
  }

  /** The number of phrases. */
  public static final int PHRASES = 4;
  /** The number of characters in each phrase. */
  public static final int CHARACTERS_PER_PHRASE = 3;

  private static final GeneralRequirement STANDARD = ImmutableGeneralRequirement.builder()
      .addPhrases(Label.of("stay true to the original aspiration", "守初心", "守初心"))
      .addPhrases(Label.of("shoulder the mission", "担使命", "擔使命"))
      .addPhrases(Label.of("find the gaps", "找差距", "找差距"))
      .addPhrases(Label.of("grasp implementation", "抓落实", "抓落實"))
      .build();

  /**
   * Returns the campaign's general requirement 守初心、擔使命、找差距、抓落實.
   *
   * @return the standard requirement
   */
  public static GeneralRequirement standard() {
    return STANDARD;
  }

  /**
   * Returns a new builder. Its {@code build()}, like every {@code with…} copy, throws a
   * {@link ModelConstraintException} with the code it breaks: {@code CAMPAIGN-REQUIREMENT-PHRASES} unless there are four
   * phrases and {@code CAMPAIGN-REQUIREMENT-PHRASE-LENGTH} unless each has three characters in
   * both scripts.
   *
   * @return the builder
   */
  public static ImmutableGeneralRequirement.Builder builder() {
    return ImmutableGeneralRequirement.builder();
  }

  /**
   * Returns the four phrases, in order.
   *
   * @return the phrases
   */
  public abstract List<Label> phrases();

  /**
   * Returns the twelve characters in a script, such as 守初心擔使命找差距抓落實; in English, the
   * phrases joined by " · ".
   *
   * @param language the language, not null
   * @return the text
   */
  public String text(Language language) {
    String separator = language == Language.ENGLISH ? " · " : "";
    return String.join(separator, phrases().stream().map(p -> p.in(language)).toList());
  }

  /** The path of this value, for a refusal; made only when one is thrown. */
  private ElementPath where() {
    return ElementPath.of("generalRequirement");
  }

  /**
   * Refuses a requirement of other than four phrases of three characters (so twelve characters
   * in all), with the {@link CampaignConstraint} it breaks.
   */
  @Value.Check
  protected void check() {
    if (phrases().size() != PHRASES) {
      throw CampaignConstraint.REQUIREMENT_PHRASES.refusal(where(), "expected", Integer.toString(PHRASES),
          "count", Integer.toString(phrases().size()));
    }
    for (Label phrase : phrases()) {
      for (String text : List.of(phrase.simplified(), phrase.traditional())) {
        int length = text.codePointCount(0, text.length());
        if (length != CHARACTERS_PER_PHRASE) {
          throw CampaignConstraint.REQUIREMENT_PHRASE_LENGTH.refusal(where(), "expected",
              Integer.toString(CHARACTERS_PER_PHRASE), "phrase", text, "length", Integer.toString(length));
        }
      }
    }
  }
}
