package io.github.chuxin.validation;

import io.github.chuxin.activity.ActivityConstraint;
import io.github.chuxin.campaign.CampaignConstraint;
import io.github.chuxin.id.IdentifierConstraint;

/**
 * The areas whose every rule the model enforces at construction, after the areas above in
 * catalogue order: the general requirement ({@code CAMPAIGN-…}), activities ({@code ACTIVITY-…})
 * and identifiers ({@code ID-…}); the leadership's constraints follow its rules in
 * {@code LeadershipRules}. Their codes and messages live beside their checks, in the model's constraint
 * enums.
 */
final class ModelOnlyRules {

  private ModelOnlyRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.enforced("CAMPAIGN", CampaignConstraint.values());
    rules.enforced("ACTIVITY", ActivityConstraint.values());
    rules.enforced("ID", IdentifierConstraint.values());
  }
}
