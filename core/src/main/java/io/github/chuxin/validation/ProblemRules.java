package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.batchOfUnits;
import static io.github.chuxin.validation.SnapshotEdits.ghost;
import static io.github.chuxin.validation.SnapshotEdits.pick;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ImmutableProblem;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemConstraint;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The rules of the problems found ({@code PROBLEM-…}) in catalogue order, each beside its messages
 * and its breakage.
 */
final class ProblemRules {

  private ProblemRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("PROBLEM-OWNER-UNKNOWN", Severity.ERROR,
        l("a problem's owner unit does not exist", "问题的责任单位不存在", "問題的責任單位不存在"),
        l("Problem {problem} is owned by unit {org}, which does not exist.",
            "问题 {problem} 所属单位 {org} 不存在。", "問題 {problem} 所屬單位 {org} 不存在。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            if (!view.organisationExists(p.owner().unit())) {
              findings.report(ElementPath.of("problem", p.id()).then("owner"), "problem", p.id().value(),
                  "org", p.owner().unit().value());
            }
          }
        },
        (c, r) -> problem(c, r, p -> true, p -> ImmutableProblem.copyOf(p)
            .withOwner(new ProblemOwner(OrgId.of(ghost("org", r)), p.owner().leader()))));
    rules.add("PROBLEM-LEADER-UNKNOWN", Severity.ERROR,
        l("a problem's owner leader does not exist", "问题所属领导不存在", "問題所屬領導不存在"),
        l("Problem {problem} is owned by leader {leader}, who does not exist.",
            "问题 {problem} 所属领导 {leader} 不存在。", "問題 {problem} 所屬領導 {leader} 不存在。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            p.owner().leader().filter(id -> view.leader(id).isEmpty()).ifPresent(id ->
                findings.report(ElementPath.of("problem", p.id()).then("owner"), "problem", p.id().value(),
                    "leader", id.value()));
          }
        },
        (c, r) -> problem(c, r, p -> true, p -> ImmutableProblem.copyOf(p)
            .withOwner(ProblemOwner.leader(p.owner().unit(), LeaderId.of(ghost("leader", r))))));
    rules.add("PROBLEM-DESCRIPTION-BLANK", Severity.ERROR,
        l("a problem without a description", "问题表现为空", "問題表現為空"),
        l("Problem {problem} has no description.", "问题 {problem} 未填写问题表现。", "問題 {problem} 未填寫問題表現。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            if (p.description().isBlank()) {
              findings.report(ElementPath.of("problem", p.id()).then("description"), "problem", p.id().value());
            }
          }
        },
        (c, r) -> problem(c, r, p -> true,
            p -> ImmutableProblem.copyOf(p).withDescription(r.nextBoolean() ? "" : " \t")));
    rules.add("PROBLEM-OUTSIDE-CAMPAIGN", Severity.WARNING,
        l("a problem found outside its unit's batch (early start allowed)", "问题发现日期不在本单位批次时间内（可提前启动）",
            "問題發現日期不在本單位批次時間內（可提前啟動）"),
        l("Problem {problem} was found on {date}, outside {from}..{to}, the campaign of unit {org}.",
            "问题 {problem} 于 {date} 发现，不在单位 {org} 的主题教育时间 {from}..{to} 之内。",
            "問題 {problem} 於 {date} 發現，不在單位 {org} 的主題教育時間 {from}..{to} 之內。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            Optional<Batch> batch = view.batchOf(p.owner().unit());
            if (batch.isPresent()) {
              Batch b = batch.get();
              if (p.discoveredOn().isBefore(b.firstActiveDay()) || p.discoveredOn().isAfter(b.window().end())) {
                findings.report(ElementPath.of("problem", p.id()).then("discoveredOn"), "problem", p.id().value(),
                    "date", p.discoveredOn().toString(), "from", b.firstActiveDay().toString(),
                    "to", b.window().end().toString(), "org", p.owner().unit().value());
              }
            }
          }
        },
        (c, r) -> {
          Map<OrgId, Batch> batchOf = batchOfUnits(c);
          return problem(c, r, p -> batchOf.containsKey(p.owner().unit()), p -> ImmutableProblem.copyOf(p)
              .withDiscoveredOn(batchOf.get(p.owner().unit()).firstActiveDay().minusDays(1 + r.nextInt(60))));
        });
    rules.add("PROBLEM-UNANSWERED", Severity.ERROR,
        l("a problem answered by no rectification item and not closed", "问题既无整改任务也未销项", "問題既無整改任務也未銷項"),
        l("Problem {problem} is answered by no rectification item and is not closed.",
            "问题 {problem} 没有对应的整改任务，也未说明理由关闭。", "問題 {problem} 沒有對應的整改任務，也未說明理由關閉。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            if (p.closure().isEmpty() && !view.isAnswered(p.id())) {
              findings.report(ElementPath.of("problem", p.id()), "problem", p.id().value());
            }
          }
        },
        (c, r) -> {
          List<ProblemId> open = c.problems().stream().filter(p -> p.closure().isEmpty()).map(Problem::id).toList();
          if (open.isEmpty() || r.nextInt(4) == 0) {
            // a newly found problem that nobody has answered yet
            return problem(ValidParts.withNewProblem(c, r), r, p -> p.id().value().startsWith("problem-extra-"),
                p -> ImmutableProblem.copyOf(p).withClosure(Optional.empty()));
          }
          ProblemId unanswered = pick(r, open);
          List<RectificationItem> items = new ArrayList<>();
          for (RectificationItem i : c.rectifications()) {
            items.add(i.problems().contains(unanswered) ? ImmutableRectificationItem.copyOf(i)
                .withProblems(i.problems().stream().filter(id -> !id.equals(unanswered)).toList()) : i);
          }
          return ImmutableCampaignSnapshot.copyOf(c).withRectifications(items);
        });
    rules.add("PROBLEM-CLOSURE-WITHOUT-REASON", Severity.ERROR,
        l("a problem closed without a reason", "问题关闭未说明理由", "問題關閉未說明理由"),
        l("Problem {problem} was closed on {date} without a reason.",
            "问题 {problem} 于 {date} 关闭，但未说明理由。", "問題 {problem} 於 {date} 關閉，但未說明理由。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            p.closure().filter(cl -> cl.reason().isBlank()).ifPresent(cl ->
                findings.report(ElementPath.of("problem", p.id()).then("closure"), "problem", p.id().value(),
                    "date", cl.date().toString()));
          }
        },
        (c, r) -> problem(c, r, p -> true, p -> ImmutableProblem.copyOf(p)
            .withClosure(new ProblemClosure(p.closure().map(ProblemClosure::date)
                .orElse(p.discoveredOn().plusDays(r.nextInt(10))), r.nextBoolean() ? "" : " "))));
    // the constraints the model enforces at construction that the area has not placed above
    rules.enforced("PROBLEM", ProblemConstraint.values());
  }

  /** Replaces one problem that satisfies {@code wanted}, adding a valid (closed) one first if none does. */
  private static CampaignSnapshot problem(CampaignSnapshot c, RandomGenerator r, Predicate<Problem> wanted,
      UnaryOperator<Problem> spoil) {
    CampaignSnapshot context = c.problems().stream().anyMatch(wanted) ? c : ValidParts.withNewProblem(c, r);
    List<Problem> problems = new ArrayList<>(context.problems());
    List<Integer> candidates = new ArrayList<>();
    for (int k = 0; k < problems.size(); k++) {
      if (wanted.test(problems.get(k))) {
        candidates.add(k);
      }
    }
    int k = pick(r, candidates);
    problems.set(k, spoil.apply(problems.get(k)));
    return ImmutableCampaignSnapshot.copyOf(context).withProblems(problems);
  }
}
