package io.github.chuxin.validation;

import io.github.chuxin.snapshot.CampaignSnapshot;
import java.util.random.RandomGenerator;

/**
 * A deliberate defect 故意的缺陷: an example violation of a rule, used by test fixtures and to
 * self-check the catalogue.
 *
 * <p>Every rule of {@link RuleCatalogue} that validation enforces carries one
 * ({@link RuleDefinition#breakage()}), written beside the rule it breaks: applied to a campaign that
 * {@link Validator#defaults()} finds free of errors, it returns a copy that breaks that rule and no
 * other rule of severity ERROR, under {@link ValidationConfig#defaults()} (warnings may come along).
 * {@code GUIDANCE-FIVE-MUSTS-INCOMPLETE} shows only with a clock after the unit's batch has ended.
 *
 * <p>A breakage must be a pure function of the snapshot and the random source, so that a seed
 * reproduces the broken campaign; it draws from the random source which element it breaks (which
 * unit, problem or item), so that the broken element varies from campaign to campaign. When the
 * campaign has no element the defect needs (say no signed-off rectification item), a built-in
 * breakage first adds a valid one that fits the campaign. Write your own for rules you add to a
 * {@link RuleSet}, and generate broken campaigns with the testkit's {@code CampaignGen.breaking}:
 *
 * <pre>{@code
 * Breakage dropAllItems = (valid, random) ->
 *     ImmutableCampaignSnapshot.copyOf(valid).withRectifications(List.of());
 * CampaignSnapshot broken = RuleCatalogue.definition("PROBLEM-UNANSWERED").breakage().orElseThrow()
 *     .apply(valid, new SplittableRandom(42));
 * }</pre>
 */
@FunctionalInterface
public interface Breakage {

  /**
   * Returns a copy of a valid campaign with the defect applied.
   *
   * @param valid a campaign without errors, not null
   * @param random the random source to draw choices from (which element to break), not null
   * @return the broken campaign, not null
   * @throws IllegalStateException if the campaign lacks what the defect needs and the breakage
   *     cannot add it (for a built-in breakage: no unit of the campaign has a batch)
   */
  CampaignSnapshot apply(CampaignSnapshot valid, RandomGenerator random);
}
