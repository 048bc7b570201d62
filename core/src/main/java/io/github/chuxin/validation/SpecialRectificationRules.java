package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.ghost;
import static io.github.chuxin.validation.SnapshotEdits.lastBatch;
import static io.github.chuxin.validation.SnapshotEdits.pick;
import static io.github.chuxin.validation.SnapshotEdits.with;

import io.github.chuxin.catalogue.Catalogue;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import io.github.chuxin.special.ImmutableSpecialRectification;
import io.github.chuxin.special.SpecialRectification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The rules of the special rectifications ({@code SPECIAL-…}) in catalogue order, each beside its
 * messages and its breakage.
 */
final class SpecialRectificationRules {

  /** The seed's five elements of a special rectification, the source of the five rules that ask for one each. */
  private static final RuleSource FIVE_ELEMENTS =
      RuleSource.seed("seed ¶4: 明確目標任務、問題清單、整治措施、責任部門和完成時限 (a draft may lack one)");

  private static final Label LEAD_UNIT = Label.of("lead unit", "牵头单位", "牽頭單位");
  private static final Label RESPONSIBLE = Label.of("responsible department", "责任部门", "責任部門");
  private static final Label PARTICIPATING = Label.of("participating department", "参与部门", "參與部門");

  private SpecialRectificationRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("SPECIAL-OBJECTIVES-MISSING", Severity.WARNING,
        FIVE_ELEMENTS,
        l("a special rectification without objectives", "专项整治缺少目标任务", "專項整治缺少目標任務"),
        l("Special rectification {special} has no objectives.", "专项整治 {special} 缺少目标任务。", "專項整治 {special} 缺少目標任務。"),
        specialElement("objectives", s -> s.objectives().isEmpty()),
        (c, r) -> special(c, r, s -> s.withObjectives(List.of())));
    rules.add("SPECIAL-PROBLEMS-MISSING", Severity.WARNING,
        FIVE_ELEMENTS,
        l("a special rectification without a problem list", "专项整治缺少问题清单", "專項整治缺少問題清單"),
        l("Special rectification {special} has no problem list.", "专项整治 {special} 缺少问题清单。", "專項整治 {special} 缺少問題清單。"),
        specialElement("problems", s -> s.problems().isEmpty()),
        (c, r) -> special(c, r, s -> s.withProblems(List.of())));
    rules.add("SPECIAL-MEASURES-MISSING", Severity.WARNING,
        FIVE_ELEMENTS,
        l("a special rectification without measures", "专项整治缺少整治措施", "專項整治缺少整治措施"),
        l("Special rectification {special} has no measures.", "专项整治 {special} 缺少整治措施。", "專項整治 {special} 缺少整治措施。"),
        specialElement("measures", s -> s.measures().isEmpty()),
        (c, r) -> special(c, r, s -> s.withMeasures(List.of())));
    rules.add("SPECIAL-DEPARTMENTS-MISSING", Severity.WARNING,
        FIVE_ELEMENTS,
        l("a special rectification without responsible departments", "专项整治缺少责任部门", "專項整治缺少責任部門"),
        l("Special rectification {special} has no responsible departments.",
            "专项整治 {special} 缺少责任部门。", "專項整治 {special} 缺少責任部門。"),
        specialElement("responsibleDepartments", s -> s.responsibleDepartments().isEmpty()),
        (c, r) -> special(c, r, s -> s.withResponsibleDepartments(List.of())));
    rules.add("SPECIAL-DEADLINE-MISSING", Severity.WARNING,
        FIVE_ELEMENTS,
        l("a special rectification without a deadline", "专项整治缺少完成时限", "專項整治缺少完成時限"),
        l("Special rectification {special} has no deadline.", "专项整治 {special} 缺少完成时限。", "專項整治 {special} 缺少完成時限。"),
        specialElement("deadline", s -> s.deadline().isEmpty()),
        (c, r) -> special(c, r, s -> s.withDeadline(Optional.empty())));
    rules.add("SPECIAL-LEAD-LEADER-MISSING", Severity.WARNING,
        RuleSource.seed("seed ¶4: 各市委常委、副市長領銜推動 (a draft may lack one)"),
        l("a special rectification without a lead leader", "专项整治没有领衔领导", "專項整治沒有領銜領導"),
        l("Special rectification {special} has no lead leader.", "专项整治 {special} 没有领衔领导。", "專項整治 {special} 沒有領銜領導。"),
        specialElement("leadLeader", s -> s.leadLeader().isEmpty()),
        (c, r) -> special(c, r, s -> s.withLeadLeader(Optional.empty())));
    rules.add("SPECIAL-LEAD-UNIT-MISSING", Severity.WARNING,
        RuleSource.seed("seed ¶4: 牽頭單位與參與部門統籌協調整治 (a draft may lack one)"),
        l("a special rectification without a lead unit", "专项整治没有牵头单位", "專項整治沒有牽頭單位"),
        l("Special rectification {special} has no lead unit.", "专项整治 {special} 没有牵头单位。", "專項整治 {special} 沒有牽頭單位。"),
        specialElement("leadUnit", s -> s.leadUnit().isEmpty()),
        (c, r) -> special(c, r, s -> s.withLeadUnit(Optional.empty())));
    rules.add("SPECIAL-LEADER-UNKNOWN", Severity.ERROR,
        RuleSource.integrity("a special rectification's lead leader and leaders in overall charge are recorded leaders"),
        l("a special rectification's lead leader or leader in overall charge does not exist",
            "专项整治的领衔领导或抓总领导不存在", "專項整治的領銜領導或抓總領導不存在"),
        l("Special rectification {special} names leader {leader}, who does not exist.",
            "专项整治 {special} 的领导 {leader} 不存在。", "專項整治 {special} 的領導 {leader} 不存在。"),
        (view, findings) -> {
          for (SpecialRectification s : view.snapshot().specialRectifications()) {
            s.leadLeader().filter(id -> view.leader(id).isEmpty()).ifPresent(id -> findings.report(
                ElementPath.of("special", s.id()).then("leadLeader"), "special", s.id().value(), "leader", id.value()));
            for (LeaderId id : s.overallLeaders()) {
              if (view.leader(id).isEmpty()) {
                findings.report(ElementPath.of("special", s.id()).then("overallLeader", id), "special", s.id().value(),
                    "leader", id.value());
              }
            }
          }
        },
        (c, r) -> special(c, r, s -> r.nextBoolean() ? s.withLeadLeader(LeaderId.of(ghost("leader", r)))
            : s.withOverallLeaders(with(s.overallLeaders(), LeaderId.of(ghost("leader", r)), r))));
    rules.add("SPECIAL-UNIT-UNKNOWN", Severity.ERROR,
        RuleSource.integrity("a special rectification's lead unit, responsible and participating departments are in the"
            + " tree"),
        l("a special rectification names a unit that does not exist", "专项整治的单位不存在", "專項整治的單位不存在"),
        l("Special rectification {special} names unit {org} as {role}, which does not exist.",
            "专项整治 {special} 的{role} {org} 不存在。", "專項整治 {special} 的{role} {org} 不存在。"),
        (view, findings) -> {
          for (SpecialRectification s : view.snapshot().specialRectifications()) {
            s.leadUnit().ifPresent(id -> unknownUnit(view, findings, s, "leadUnit", id, LEAD_UNIT));
            for (OrgId id : new LinkedHashSet<>(s.responsibleDepartments())) {
              unknownUnit(view, findings, s, "responsibleDepartment", id, RESPONSIBLE);
            }
            for (OrgId id : new LinkedHashSet<>(s.participatingUnits())) {
              unknownUnit(view, findings, s, "participatingUnit", id, PARTICIPATING);
            }
          }
        },
        (c, r) -> special(c, r, s -> switch (r.nextInt(3)) {
          case 0 -> s.withLeadUnit(OrgId.of(ghost("org", r)));
          case 1 -> s.withResponsibleDepartments(with(s.responsibleDepartments(), OrgId.of(ghost("org", r)), r));
          default -> s.withParticipatingUnits(with(s.participatingUnits(), OrgId.of(ghost("org", r)), r));
        }));
    rules.add("SPECIAL-AREA-UNKNOWN", Severity.WARNING,
        RuleSource.policy("configurable catalogue: a special rectification's area is a code of the areas catalogue"
            + " (ValidationConfig.catalogues)"),
        l("a special rectification whose area is not in the catalogue of areas", "专项整治的领域不在领域目录中",
            "專項整治的領域不在領域目錄中"),
        l("Special rectification {special} is of area {area}, which is not in catalogue {catalogue}.",
            "专项整治 {special} 的领域 {area} 不在目录 {catalogue} 中。", "專項整治 {special} 的領域 {area} 不在目錄 {catalogue} 中。"),
        (view, findings) -> {
          Catalogue areas = view.config().catalogues().specialRectificationAreas();
          for (SpecialRectification s : view.snapshot().specialRectifications()) {
            if (!areas.contains(s.area())) {
              findings.report(ElementPath.of("special", s.id()).then("area"), "special", s.id().value(),
                  "area", s.area(), "catalogue", areas.name());
            }
          }
        },
        (c, r) -> special(c, r, s -> s.withArea(ghost("area", r))));
  }

  private static void unknownUnit(CampaignView view, Rule.Findings findings, SpecialRectification s, String element,
      OrgId id, Label role) {
    if (!view.organisationExists(id)) {
      Map<String, String> args = new LinkedHashMap<>();
      args.put("special", s.id().value());
      args.put("org", id.value());
      Violation.putLabelled(args, "role", role);
      findings.report(ElementPath.of("special", s.id()).then(element, id), args);
    }
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
