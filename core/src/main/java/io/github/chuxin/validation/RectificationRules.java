package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.batchOfUnits;
import static io.github.chuxin.validation.SnapshotEdits.dayBetween;
import static io.github.chuxin.validation.SnapshotEdits.ghost;
import static io.github.chuxin.validation.SnapshotEdits.pick;
import static io.github.chuxin.validation.SnapshotEdits.with;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.ImmutableStatusChange;
import io.github.chuxin.rectification.RectificationConstraint;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.RectificationWorkflow;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.rectification.WorkflowRule;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The rules of the rectification items ({@code RECT-…}) in catalogue order, each beside its
 * messages and its breakage; the workflow's three codes and messages come from {@link WorkflowRule}.
 */
final class RectificationRules {

  private static final Set<RectificationStatus> COMPLETION = EnumSet.of(RectificationStatus.COMPLETED,
      RectificationStatus.STAGE_COMPLETED, RectificationStatus.SIGNED_OFF);

  private static final RectificationWorkflow WORKFLOW = RectificationWorkflow.standard();

  private RectificationRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("RECT-PROBLEM-UNKNOWN", Severity.ERROR,
        RuleSource.integrity("an item answers problems that exist"),
        l("a rectification item answers a problem that does not exist", "整改任务对应的问题不存在", "整改任務對應的問題不存在"),
        l("Rectification item {item} answers problem {problem}, which does not exist.",
            "整改任务 {item} 对应的问题 {problem} 不存在。", "整改任務 {item} 對應的問題 {problem} 不存在。"),
        (view, findings) -> rectifications(view, item -> {
          for (ProblemId id : item.problems()) {
            if (view.problem(id).isEmpty()) {
              findings.report(rect(item).then("problem", id), "item", item.id().value(), "problem", id.value());
            }
          }
        }),
        (c, r) -> item(c, r, i -> true, i -> ImmutableRectificationItem.copyOf(i)
            .withProblems(with(i.problems(), ProblemId.of(ghost("problem", r)), r))));
    rules.add("RECT-UNIT-UNKNOWN", Severity.ERROR,
        RuleSource.integrity("an item's responsible unit is in the tree"),
        l("a rectification item's responsible unit does not exist", "整改任务的责任单位不存在", "整改任務的責任單位不存在"),
        l("Rectification item {item} names responsible unit {org}, which does not exist.",
            "整改任务 {item} 的责任单位 {org} 不存在。", "整改任務 {item} 的責任單位 {org} 不存在。"),
        (view, findings) -> rectifications(view, item -> {
          if (!view.organisationExists(item.responsibleUnit())) {
            findings.report(rect(item).then("responsibleUnit"), "item", item.id().value(),
                "org", item.responsibleUnit().value());
          }
        }),
        (c, r) -> item(c, r, i -> true, i -> ImmutableRectificationItem.copyOf(i)
            .withResponsibleUnit(OrgId.of(ghost("org", r)))));
    rules.add("RECT-LEAD-LEADER-UNKNOWN", Severity.ERROR,
        RuleSource.integrity("an item's lead leader is a recorded leader"),
        l("a rectification item's lead leader does not exist", "整改任务的牵头领导不存在", "整改任務的牽頭領導不存在"),
        l("Rectification item {item} names lead leader {leader}, who does not exist.",
            "整改任务 {item} 的牵头领导 {leader} 不存在。", "整改任務 {item} 的牽頭領導 {leader} 不存在。"),
        (view, findings) -> rectifications(view, item -> item.leadLeader()
            .filter(id -> view.leader(id).isEmpty())
            .ifPresent(id -> findings.report(rect(item).then("leadLeader"), "item", item.id().value(),
                "leader", id.value()))),
        (c, r) -> item(c, r, i -> true, i -> ImmutableRectificationItem.copyOf(i)
            .withLeadLeader(LeaderId.of(ghost("leader", r)))));
    rules.add("RECT-LINKED-ITEM-UNKNOWN", Severity.ERROR,
        RuleSource.integrity("an item rectified together with another (上下聯動, seed ¶4: 第一批與第二批單位上下聯動整治)"
            + " names one that exists"),
        l("a rectification item linked to an item that does not exist", "整改任务关联的上下联动任务不存在",
            "整改任務關聯的上下聯動任務不存在"),
        l("Rectification item {item} is linked to item {linked}, which does not exist.",
            "整改任务 {item} 关联的整改任务 {linked} 不存在。", "整改任務 {item} 關聯的整改任務 {linked} 不存在。"),
        (view, findings) -> rectifications(view, item -> {
          for (RectificationId id : item.linkedItems()) {
            if (view.rectification(id).isEmpty()) {
              findings.report(rect(item).then("linkedItem", id), "item", item.id().value(), "linked", id.value());
            }
          }
        }),
        (c, r) -> item(c, r, i -> true, i -> ImmutableRectificationItem.copyOf(i)
            .withLinkedItems(with(i.linkedItems(), RectificationId.of(ghost("rect", r)), r))));
    rules.add("RECT-DEADLINE-BEFORE-CREATION", Severity.ERROR,
        RuleSource.integrity("a deadline is set when the item is made, so it is not before the item"),
        l("a deadline before the item was created", "完成时限早于任务创建日期", "完成時限早於任務創建日期"),
        l("Rectification item {item} is due on {deadline}, before it was created on {created}.",
            "整改任务 {item} 的完成时限 {deadline} 早于创建日期 {created}。",
            "整改任務 {item} 的完成時限 {deadline} 早於創建日期 {created}。"),
        (view, findings) -> rectifications(view, item -> item.deadline()
            .filter(d -> d.original().isBefore(item.createdOn()))
            .ifPresent(d -> findings.report(rect(item).then("deadline"), "item", item.id().value(),
                "deadline", d.original().toString(), "created", item.createdOn().toString()))),
        (c, r) -> item(c, r, i -> i.deadline().isPresent(), i -> ImmutableRectificationItem.copyOf(i)
            .withCreatedOn(i.deadline().get().original().plusDays(1 + r.nextInt(30)))));
    rules.add("RECT-DEADLINE-AFTER-BATCH", Severity.INFO,
        RuleSource.seed("seed ¶4: 階段性整改數據表、第一批與第二批單位上下聯動整治 (rectification goes on past the batch;"
            + " informational, never a fault)"),
        l("a time-bound item due after its unit's batch ends (normal: rectification goes on past the batch)",
            "限期整改任务的时限晚于本单位批次结束（正常：整改不受批次时间限制）",
            "限期整改任務的時限晚於本單位批次結束（正常：整改不受批次時間限制）"),
        l("Time-bound item {item} is due on {deadline}, after batch {batch} ends on {batchEnd}; rectification goes on"
                + " past the batch, which is normal.",
            "限期整改任务 {item} 的完成时限 {deadline} 晚于批次 {batch} 的结束日期 {batchEnd}；整改在批次结束后继续进行，属正常情况。",
            "限期整改任務 {item} 的完成時限 {deadline} 晚於批次 {batch} 的結束日期 {batchEnd}；整改在批次結束後繼續進行，屬正常情況。"),
        (view, findings) -> rectifications(view, item -> {
          if (item.kind() == RectificationKind.TIME_BOUND && item.deadline().isPresent()) {
            DeadlineAfterBatch.check(view, item, findings);
          }
        }),
        (c, r) -> {
          Map<OrgId, Batch> batchOf = batchOfUnits(c);
          return item(c, r, i -> i.kind() == RectificationKind.TIME_BOUND && batchOf.containsKey(i.responsibleUnit()),
              i -> ImmutableRectificationItem.copyOf(i).withDeadline(Deadline.of(
                  batchOf.get(i.responsibleUnit()).window().end().plusDays(1 + r.nextInt(90)))));
        });
    rules.add("RECT-LONG-TERM-WITHOUT-MILESTONES", Severity.WARNING,
        RuleSource.policy("configurable practice: a long-term item 長期堅持 is done in stages and kept up, with"
            + " milestones or review dates"),
        l("a long-term item without milestones or review dates", "长期坚持的任务没有阶段目标或复查日期",
            "長期堅持的任務沒有階段目標或複查日期"),
        l("Long-term item {item} has no milestones or review dates.",
            "长期坚持的整改任务 {item} 没有阶段目标或复查日期。", "長期堅持的整改任務 {item} 沒有階段目標或複查日期。"),
        (view, findings) -> rectifications(view, item -> {
          if (item.kind() == RectificationKind.LONG_TERM && item.milestones().isEmpty()) {
            findings.report(rect(item).then("milestones"), "item", item.id().value());
          }
        }),
        (c, r) -> item(c, r, i -> i.kind() == RectificationKind.LONG_TERM,
            i -> ImmutableRectificationItem.copyOf(i).withMilestones(List.of())));
    rules.add(WorkflowRule.ILLEGAL_TRANSITION,
        RuleSource.integrity("a status history follows the configured workflow (ValidationConfig.workflow)"),
        (view, findings) -> history(view, findings, false),
        (c, r) -> item(c, r, i -> true, i -> illegalTransition(i, r)));
    rules.add(WorkflowRule.ROLE_NOT_ALLOWED,
        RuleSource.integrity("each status change is made by a role the configured workflow allows"),
        (view, findings) -> history(view, findings, true),
        (c, r) -> item(c, r, i -> !i.history().isEmpty(), i -> {
          List<StatusChange> history = new ArrayList<>(i.history());
          int k = r.nextInt(history.size());
          StatusChange change = history.get(k);
          List<ActorRole> refused = new ArrayList<>();
          for (ActorRole role : ActorRole.values()) {
            if (!WORKFLOW.mayMake(role, change.from(), change.to())) {
              refused.add(role);
            }
          }
          history.set(k, ImmutableStatusChange.copyOf(change).withRole(pick(r, refused)));
          return ImmutableRectificationItem.copyOf(i).withHistory(history);
        }));
    rules.add(WorkflowRule.COMPLETED_WITHOUT_EVIDENCE,
        RuleSource.integrity("the workflow completes an item only with evidence, and sign-off follows completion"),
        (view, findings) -> rectifications(view, item -> {
          if (COMPLETION.contains(item.status()) && item.evidence().isEmpty()) {
            Map<String, String> args = new LinkedHashMap<>();
            args.put("item", item.id().value());
            Violation.putLabelled(args, "status", item.status().label());
            findings.report(rect(item).then("evidence"), args);
          }
        }),
        (c, r) -> item(c, r, i -> COMPLETION.contains(i.status()),
            i -> ImmutableRectificationItem.copyOf(i).withEvidence(List.of())));
    rules.add("RECT-SIGNED-OFF-WITHOUT-COMPLETION", Severity.ERROR,
        RuleSource.integrity("sign-off 銷號 verifies a completed item, so it follows completion"),
        l("a sign-off without a completion day", "未完成即销号", "未完成即銷號"),
        l("Rectification item {item} is signed off but was never completed.",
            "整改任务 {item} 已销号，但没有完成日期。", "整改任務 {item} 已銷號，但沒有完成日期。"),
        (view, findings) -> rectifications(view, item -> {
          if ((item.status() == RectificationStatus.SIGNED_OFF || item.signOff().isPresent())
              && item.completedOn().isEmpty()) {
            findings.report(rect(item).then("signOff"), "item", item.id().value());
          }
        }),
        (c, r) -> item(c, r, i -> i.status() == RectificationStatus.SIGNED_OFF,
            i -> ImmutableRectificationItem.copyOf(i).withCompletedOn(Optional.empty())));
    rules.add("RECT-SIGN-OFF-RECORD-MISSING", Severity.ERROR,
        RuleSource.integrity("a signed-off item carries the record of who verified it and when"),
        l("a signed-off item without a sign-off record", "销号状态缺少销号记录", "銷號狀態缺少銷號記錄"),
        l("Rectification item {item} is signed off but has no sign-off record (date and verifier).",
            "整改任务 {item} 状态为销号，但没有销号记录（日期和核验人）。", "整改任務 {item} 狀態為銷號，但沒有銷號記錄（日期和核驗人）。"),
        (view, findings) -> rectifications(view, item -> {
          if (item.status() == RectificationStatus.SIGNED_OFF && item.signOff().isEmpty()) {
            findings.report(rect(item).then("signOff"), "item", item.id().value());
          }
        }),
        (c, r) -> item(c, r, i -> i.status() == RectificationStatus.SIGNED_OFF,
            i -> ImmutableRectificationItem.copyOf(i).withSignOff(Optional.empty())));
    rules.add("RECT-EXTENSION-WITHOUT-REASON", Severity.ERROR,
        RuleSource.integrity("an extension is granted for a reason; the record of one without it is incomplete"),
        l("a deadline extension without a reason", "延期未说明理由", "延期未說明理由"),
        l("The extension of item {item} to {date} gives no reason.",
            "整改任务 {item} 延期至 {date}，但未说明理由。", "整改任務 {item} 延期至 {date}，但未說明理由。"),
        (view, findings) -> rectifications(view, item -> extensions(item, findings, true)),
        (c, r) -> item(c, r, i -> i.deadline().isPresent(),
            i -> ImmutableRectificationItem.copyOf(i).withDeadline(badExtension(i, r,
                e -> Extension.builder().from(e).reason(r.nextBoolean() ? "" : "  ").build()))));
    rules.add("RECT-EXTENSION-WITHOUT-APPROVER", Severity.ERROR,
        RuleSource.integrity("an extension is granted by an approver; the record of one without it is incomplete"),
        l("a deadline extension without an approver", "延期未经批准", "延期未經批准"),
        l("The extension of item {item} to {date} names no approver.",
            "整改任务 {item} 延期至 {date}，但未注明批准人。", "整改任務 {item} 延期至 {date}，但未註明批准人。"),
        (view, findings) -> rectifications(view, item -> extensions(item, findings, false)),
        (c, r) -> item(c, r, i -> i.deadline().isPresent(),
            i -> ImmutableRectificationItem.copyOf(i).withDeadline(badExtension(i, r, e -> Extension.builder().from(e)
                .approver(r.nextBoolean() ? Optional.empty() : Optional.of(" ")).build()))));
    // the constraints the model enforces at construction that the area has not placed above
    rules.enforced("RECT", RectificationConstraint.values());
  }

  private static ElementPath rect(RectificationItem item) {
    return ElementPath.of("rectification", item.id());
  }

  private static void rectifications(CampaignView view, Consumer<RectificationItem> check) {
    view.snapshot().rectifications().forEach(check);
  }

  /** The deadline-after-batch check (the effective deadline, after any extension), apart so that the lambda above stays short. */
  private static final class DeadlineAfterBatch {
    static void check(CampaignView view, RectificationItem item, Rule.Findings findings) {
      Deadline deadline = item.deadline().orElseThrow();
      view.batchOf(item.responsibleUnit()).ifPresent(batch -> {
        if (deadline.effective().isAfter(batch.window().end())) {
          findings.report(rect(item).then("deadline"), "item", item.id().value(),
              "deadline", deadline.effective().toString(), "batch", batch.id().value(),
              "batchEnd", batch.window().end().toString());
        }
      });
    }

    private DeadlineAfterBatch() {}
  }

  private static void history(CampaignView view, Rule.Findings findings, boolean roles) {
    RectificationWorkflow workflow = view.config().workflow();
    for (RectificationItem item : view.snapshot().rectifications()) {
      for (StatusChange change : item.history()) {
        boolean allowed = workflow.allowed(change.from(), change.to());
        boolean broken = roles ? allowed && !workflow.mayMake(change.role(), change.from(), change.to()) : !allowed;
        if (broken) {
          Map<String, String> args = new LinkedHashMap<>();
          args.put("item", item.id().value());
          Violation.putLabelled(args, "from", change.from().label());
          Violation.putLabelled(args, "to", change.to().label());
          Violation.putLabelled(args, "role", change.role().label());
          findings.report(rect(item).then("history", change.at()), args);
        }
      }
    }
  }

  private static void extensions(RectificationItem item, Rule.Findings findings, boolean reason) {
    item.deadline().ifPresent(deadline -> {
      for (Extension e : deadline.extensions()) {
        boolean missing = reason ? e.reason().isBlank() : e.approver().filter(a -> !a.isBlank()).isEmpty();
        if (missing) {
          findings.report(rect(item).then("deadline").then("extension", e.newDeadline()),
              "item", item.id().value(), "date", e.newDeadline().toString());
        }
      }
    });
  }

  // ---- for the breakages

  /** Replaces one item that satisfies {@code wanted}, adding a valid one first if none does. */
  private static CampaignSnapshot item(CampaignSnapshot c, RandomGenerator r, Predicate<RectificationItem> wanted,
      UnaryOperator<RectificationItem> spoil) {
    List<RectificationItem> items = new ArrayList<>(c.rectifications());
    List<Integer> candidates = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      if (wanted.test(items.get(k))) {
        candidates.add(k);
      }
    }
    List<Map.Entry<OrgId, Batch>> units = candidates.isEmpty() ? ValidParts.unitsWithBatch(c) : List.of();
    for (int attempt = 0; candidates.isEmpty(); attempt++) {
      if (attempt == 10_000) {
        throw new IllegalStateException("could not make a rectification item to break");
      }
      RectificationItem extra = ValidParts.item(c, units, r);
      if (wanted.test(extra)) {
        int at = r.nextInt(items.size() + 1);
        items.add(at, extra);
        candidates.add(at);
      }
    }
    int k = pick(r, candidates);
    items.set(k, spoil.apply(items.get(k)));
    return ImmutableCampaignSnapshot.copyOf(c).withRectifications(items);
  }

  private static RectificationItem illegalTransition(RectificationItem item, RandomGenerator r) {
    List<StatusChange> history = new ArrayList<>(item.history());
    List<Integer> mergeable = new ArrayList<>();
    for (int k = 0; k + 1 < history.size(); k++) {
      if (!WORKFLOW.allowed(history.get(k).from(), history.get(k + 1).to())) {
        mergeable.add(k);
      }
    }
    if (!mergeable.isEmpty() && r.nextBoolean()) {
      // skip a step: two changes become one the workflow does not allow
      int k = pick(r, mergeable);
      history.set(k, ImmutableStatusChange.copyOf(history.get(k)).withTo(history.get(k + 1).to()));
      history.remove(k + 1);
    } else {
      // a change from a status to itself, after the last change (or on the creation day)
      RectificationStatus now = item.status();
      Instant at = history.isEmpty()
          ? item.createdOn().atTime(18, 0).atZone(Campaign.DEFAULT_ZONE).toInstant()
          : history.get(history.size() - 1).at().plusSeconds(60 + r.nextInt(3600));
      history.add(StatusChange.builder().from(now).to(now).at(at).role(pick(r, ActorRole.values())).build());
    }
    return ImmutableRectificationItem.copyOf(item).withHistory(history);
  }

  /** The item's deadline with one extension spoilt, adding a valid extension first if it has none (or by chance). */
  private static Deadline badExtension(RectificationItem item, RandomGenerator r, UnaryOperator<Extension> spoil) {
    Deadline deadline = item.deadline().orElseThrow();
    List<Extension> extensions = new ArrayList<>(deadline.extensions());
    if (extensions.isEmpty() || r.nextBoolean()) {
      LocalDate earliest = item.createdOn().isBefore(deadline.effective()) ? item.createdOn() : deadline.effective();
      extensions.add(Extension.builder().newDeadline(deadline.effective().plusDays(1 + r.nextInt(30)))
          .grantedOn(dayBetween(r, earliest, deadline.effective())).reason("需要更多時間協調").approver("主題教育辦公室")
          .build());
    }
    int k = r.nextInt(extensions.size());
    extensions.set(k, spoil.apply(extensions.get(k)));
    return Deadline.builder().from(deadline).extensions(extensions).build();
  }
}
