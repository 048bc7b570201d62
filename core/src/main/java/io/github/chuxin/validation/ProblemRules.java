package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.batchOfUnits;
import static io.github.chuxin.validation.SnapshotEdits.ghost;
import static io.github.chuxin.validation.SnapshotEdits.pick;
import static io.github.chuxin.validation.SnapshotEdits.with;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ImmutableProblem;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemConstraint;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        RuleSource.integrity("a problem's owner unit is in the tree"),
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
        RuleSource.integrity("a problem's owner leader is a recorded leader"),
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
        RuleSource.integrity("a problem states how it shows (問題表現)"),
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
        RuleSource.policy("configurable batch plan: problems are examined from the batch's early start (seed ¶2:"
            + " 先動起來、先學起來、先改起來) to its end"),
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
    rules.add("PROBLEM-UNANSWERED", Severity.WARNING,
        RuleSource.seed("seed ¶3: 一條條列出檢視問題清單和整改落實任務 (a problem not yet in rectification is a"
            + " state, 未列入整改, not a fault)"),
        l("a problem not yet in rectification (answered by no item) and not closed", "问题未列入整改且未关闭",
            "問題未列入整改且未關閉"),
        l("Problem {problem} is not yet in rectification: no rectification item answers it and it is not closed.",
            "问题 {problem} 未列入整改：没有对应的整改任务，也未说明理由关闭。",
            "問題 {problem} 未列入整改：沒有對應的整改任務，也未說明理由關閉。"),
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
        RuleSource.integrity("a problem closed without a rectification item records why"),
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
    rules.add("PROBLEM-BODY-MEMBER-WITHOUT-PROBLEMS", Severity.WARNING,
        RuleSource.seed("seed ¶3: 一條條列出檢視問題清單…常委同志堅持把自己擺進去 (a problem list per leader;"
            + " configurable kinds of body: ValidationConfig.bodiesWhoseMembersListProblems)"),
        l("a member of a leadership body with no problem of their own", "领导机构成员没有本人的检视问题",
            "領導機構成員沒有本人的檢視問題"),
        l("Leader {leader}, a member of {body} ({kind}), has no problem of their own: no problem is attributed to"
                + " them and no problem list of theirs lists one.",
            "领导 {leader} 是 {body}（{kind}）的成员，但没有本人的检视问题：既无归属本人的问题，本人的问题清单也未列出问题。",
            "領導 {leader} 是 {body}（{kind}）的成員，但沒有本人的檢視問題：既無歸屬本人的問題，本人的問題清單也未列出問題。"),
        (view, findings) -> {
          Set<LeaderId> withProblems = leadersWithProblems(view.snapshot());
          for (LeadershipBody body : view.snapshot().leadershipBodies()) {
            if (!view.config().bodiesWhoseMembersListProblems().contains(body.kind())) {
              continue;
            }
            for (LeaderId member : new LinkedHashSet<>(body.members())) {
              if (!withProblems.contains(member)) {
                Map<String, String> args = new LinkedHashMap<>();
                args.put("leader", member.value());
                args.put("body", body.id().value());
                Violation.putLabelled(args, "kind", body.kind().label());
                findings.report(ElementPath.of("leadershipBody", body.id()).then("member", member), args);
              }
            }
          }
        },
        ProblemRules::memberWithoutProblems);
    // the constraints the model enforces at construction that the area has not placed above
    rules.enforced("PROBLEM", ProblemConstraint.values());
  }

  /** The leaders to whom a problem is attributed, or whose own problem list lists one. */
  private static Set<LeaderId> leadersWithProblems(CampaignSnapshot c) {
    Set<LeaderId> leaders = new HashSet<>();
    for (Problem p : c.problems()) {
      p.owner().leader().ifPresent(leaders::add);
    }
    for (ProblemList list : c.problemLists()) {
      if (!list.problems().isEmpty()) {
        list.owner().leader().ifPresent(leaders::add);
      }
    }
    return leaders;
  }

  /**
   * A new leader of a unit in the tree, with no problem, made a member of a leading group (a new
   * one of that unit if the campaign has none).
   */
  private static CampaignSnapshot memberWithoutProblems(CampaignSnapshot c, RandomGenerator r) {
    OrgId unit = pick(r, c.organisations()).id();
    Leader leader = Leader.builder().id(LeaderId.of(ghost("leader", r))).name("領導小組成員").unit(unit).build();
    List<LeadershipBody> bodies = new ArrayList<>(c.leadershipBodies());
    List<Integer> groups = new ArrayList<>();
    for (int k = 0; k < bodies.size(); k++) {
      if (bodies.get(k).kind() == LeadershipBodyKind.LEADING_GROUP) {
        groups.add(k);
      }
    }
    if (groups.isEmpty()) {
      bodies.add(LeadershipBody.builder().id(LeadershipBodyId.of(ghost("leading-group", r)))
          .kind(LeadershipBodyKind.LEADING_GROUP).unit(unit).addMembers(leader.id()).build());
    } else {
      int k = pick(r, groups);
      bodies.set(k, LeadershipBody.builder().from(bodies.get(k))
          .members(with(bodies.get(k).members(), leader.id(), r)).build());
    }
    List<Leader> leaders = new ArrayList<>(c.leaders());
    leaders.add(leader);
    return ImmutableCampaignSnapshot.copyOf(c).withLeaders(leaders).withLeadershipBodies(bodies);
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
