package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.lastBatch;
import static io.github.chuxin.validation.SnapshotEdits.pick;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import io.github.chuxin.special.ImmutableSpecialRectification;
import io.github.chuxin.special.SpecialRectification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The rules of the special rectifications ({@code SPECIAL-…}) in catalogue order, each beside its
 * messages and its breakage.
 */
final class SpecialRectificationRules {

  private SpecialRectificationRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("SPECIAL-OBJECTIVES-MISSING", Severity.ERROR,
        l("a special rectification without objectives", "专项整治缺少目标任务", "專項整治缺少目標任務"),
        l("Special rectification {special} has no objectives.", "专项整治 {special} 缺少目标任务。", "專項整治 {special} 缺少目標任務。"),
        specialElement("objectives", s -> s.objectives().isEmpty()),
        (c, r) -> special(c, r, s -> s.withObjectives(List.of())));
    rules.add("SPECIAL-PROBLEMS-MISSING", Severity.ERROR,
        l("a special rectification without a problem list", "专项整治缺少问题清单", "專項整治缺少問題清單"),
        l("Special rectification {special} has no problem list.", "专项整治 {special} 缺少问题清单。", "專項整治 {special} 缺少問題清單。"),
        specialElement("problems", s -> s.problems().isEmpty()),
        (c, r) -> special(c, r, s -> s.withProblems(List.of())));
    rules.add("SPECIAL-MEASURES-MISSING", Severity.ERROR,
        l("a special rectification without measures", "专项整治缺少整治措施", "專項整治缺少整治措施"),
        l("Special rectification {special} has no measures.", "专项整治 {special} 缺少整治措施。", "專項整治 {special} 缺少整治措施。"),
        specialElement("measures", s -> s.measures().isEmpty()),
        (c, r) -> special(c, r, s -> s.withMeasures(List.of())));
    rules.add("SPECIAL-DEPARTMENTS-MISSING", Severity.ERROR,
        l("a special rectification without responsible departments", "专项整治缺少责任部门", "專項整治缺少責任部門"),
        l("Special rectification {special} has no responsible departments.",
            "专项整治 {special} 缺少责任部门。", "專項整治 {special} 缺少責任部門。"),
        specialElement("responsibleDepartments", s -> s.responsibleDepartments().isEmpty()),
        (c, r) -> special(c, r, s -> s.withResponsibleDepartments(List.of())));
    rules.add("SPECIAL-DEADLINE-MISSING", Severity.ERROR,
        l("a special rectification without a deadline", "专项整治缺少完成时限", "專項整治缺少完成時限"),
        l("Special rectification {special} has no deadline.", "专项整治 {special} 缺少完成时限。", "專項整治 {special} 缺少完成時限。"),
        specialElement("deadline", s -> s.deadline().isEmpty()),
        (c, r) -> special(c, r, s -> s.withDeadline(Optional.empty())));
    rules.add("SPECIAL-LEAD-LEADER-MISSING", Severity.ERROR,
        l("a special rectification without a lead leader", "专项整治没有领衔领导", "專項整治沒有領銜領導"),
        l("Special rectification {special} has no lead leader.", "专项整治 {special} 没有领衔领导。", "專項整治 {special} 沒有領銜領導。"),
        specialElement("leadLeader", s -> s.leadLeader().isEmpty()),
        (c, r) -> special(c, r, s -> s.withLeadLeader(Optional.empty())));
  }

  private static Rule specialElement(String element, Predicate<SpecialRectification> missing) {
    return (view, findings) -> {
      for (SpecialRectification s : view.snapshot().specialRectifications()) {
        if (missing.test(s)) {
          findings.report(ElementPath.of("special", s.id()).then(element), "special", s.id().value());
        }
      }
    };
  }

  /** Spoils one special rectification, adding a valid one (over a problem, added too if there is none) first. */
  private static CampaignSnapshot special(CampaignSnapshot c, RandomGenerator r,
      Function<ImmutableSpecialRectification, SpecialRectification> spoil) {
    CampaignSnapshot context = c;
    if (context.specialRectifications().isEmpty()) {
      if (context.problems().isEmpty()) {
        context = ValidParts.withNewProblem(context, r);
      }
      SpecialRectification extra = ValidParts.special(context, r, pick(r, context.problems()),
          lastBatch(context).window().end());
      context = ImmutableCampaignSnapshot.copyOf(context).withSpecialRectifications(extra);
    }
    List<SpecialRectification> specials = new ArrayList<>(context.specialRectifications());
    int k = r.nextInt(specials.size());
    specials.set(k, spoil.apply(ImmutableSpecialRectification.copyOf(specials.get(k))));
    return ImmutableCampaignSnapshot.copyOf(context).withSpecialRectifications(specials);
  }
}
