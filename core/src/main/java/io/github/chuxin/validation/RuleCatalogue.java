package io.github.chuxin.validation;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.org.TreeDefect;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.RectificationWorkflow;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.rectification.WorkflowRule;
import io.github.chuxin.special.SpecialRectification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of built-in rules 規則目錄 (规则目录): every stable code, its default severity,
 * what it checks and its message in three languages. Codes are API: they are never renumbered
 * or reused.
 *
 * <p>{@link #markdownTable()} renders the catalogue; the project's rule documentation is that
 * table, checked by a test to be current.
 */
public final class RuleCatalogue {

  private static final Set<OrgKind> NEEDS_COMMITTEE = EnumSet.of(OrgKind.GENERAL_BRANCH, OrgKind.BUREAU_LEVEL_UNIT,
      OrgKind.COMMUNITY, OrgKind.VILLAGE);
  private static final Set<RectificationStatus> COMPLETION = EnumSet.of(RectificationStatus.COMPLETED,
      RectificationStatus.STAGE_COMPLETED, RectificationStatus.SIGNED_OFF);

  private static final List<RuleDefinition> DEFINITIONS = build();
  private static final Map<String, RuleDefinition> BY_CODE = DEFINITIONS.stream()
      .collect(Collectors.toUnmodifiableMap(RuleDefinition::code, Function.identity()));

  private RuleCatalogue() {}

  /**
   * Returns every built-in rule, in catalogue order.
   *
   * @return the definitions
   */
  public static List<RuleDefinition> definitions() {
    return DEFINITIONS;
  }

  /**
   * Returns a built-in rule by code.
   *
   * @param code the code, not null
   * @return the definition
   * @throws NoSuchElementException if no built-in rule has the code
   */
  public static RuleDefinition definition(String code) {
    RuleDefinition definition = BY_CODE.get(code);
    if (definition == null) {
      throw new NoSuchElementException("no built-in rule " + code);
    }
    return definition;
  }

  /**
   * Makes a violation of a built-in rule at its default severity, for checks outside a rule set
   * such as {@link RectificationWorkflow#transition}.
   *
   * @param code the code, not null
   * @param path the offending element, not null
   * @param arguments the arguments, not null
   * @return the violation
   */
  public static Violation violation(String code, ElementPath path, Map<String, String> arguments) {
    RuleDefinition definition = definition(code);
    return new Violation(code, definition.severity(), path, arguments, definition.template());
  }

  /**
   * Renders the catalogue as a Markdown table: code, default severity, what it checks (in
   * English and Simplified Chinese) and whether the model enforces it at construction.
   *
   * @return the table, ending in a line break
   */
  public static String markdownTable() {
    StringBuilder md = new StringBuilder();
    md.append("| code | severity | checks | 检查 | enforced |\n");
    md.append("|---|---|---|---|---|\n");
    for (RuleDefinition d : DEFINITIONS) {
      md.append("| `").append(d.code()).append("` | ").append(d.severity()).append(" | ")
          .append(d.title().in(Language.ENGLISH)).append(" | ").append(d.title().in(Language.SIMPLIFIED_CHINESE))
          .append(" | ").append(d.enforcedAtConstruction() ? "at construction" : "by validation").append(" |\n");
    }
    return md.toString();
  }

  private static final class Catalogue {
    final List<RuleDefinition> list = new ArrayList<>();

    void add(String code, Severity severity, Label title, Label template, Rule rule) {
      list.add(new RuleDefinition(code, severity, title, template, rule, false));
    }

    void add(WorkflowRule owned, Rule rule) {
      add(owned.code(), owned.severity(), owned.title(), owned.template(), rule);
    }

    void enforced(String code, Label title, Label template) {
      list.add(new RuleDefinition(code, Severity.ERROR, title, template, (view, findings) -> { }, true));
    }
  }

  private static Label l(String en, String hans, String hant) {
    return Label.of(en, hans, hant);
  }

  private static ElementPath org(Object id) {
    return ElementPath.of("organisation", id);
  }

  private static ElementPath rect(RectificationItem item) {
    return ElementPath.of("rectification", item.id());
  }

  private static Rule defect(TreeDefect.Kind kind) {
    return (view, findings) -> {
      for (TreeDefect d : view.treeDefects()) {
        if (d.kind() == kind) {
          findings.report(org(d.orgId()), "org", d.orgId().value(), "parent",
              d.relatedId().map(Object::toString).orElse("-"));
        }
      }
    };
  }

  private static Rule onTree(java.util.function.BiConsumer<OrgTree, Rule.Findings> check) {
    return (view, findings) -> view.tree().ifPresent(tree -> check.accept(tree, findings));
  }

  /** Members of each subtree, counting only kinds that count members; iterative over the pre-order. */
  private static long[] subtreeMembers(OrgTree tree) {
    TreeIndex shape = tree.shape();
    long[] totals = new long[tree.size()];
    for (int v = 0; v < totals.length; v++) {
      Organisation org = tree.organisationAt(v);
      totals[v] = org.kind().countsMembers() ? org.members().total() : 0;
    }
    for (int k = shape.size() - 1; k >= 0; k--) {
      int v = shape.nodeAt(k);
      int p = shape.parent(v);
      if (p != TreeIndex.NO_PARENT) {
        totals[p] += totals[v];
      }
    }
    return totals;
  }

  private static void rectifications(CampaignView view, java.util.function.Consumer<RectificationItem> check) {
    view.snapshot().rectifications().forEach(check);
  }

  private static Rule specialElement(String element, java.util.function.Predicate<SpecialRectification> missing) {
    return (view, findings) -> {
      for (SpecialRectification s : view.snapshot().specialRectifications()) {
        if (missing.test(s)) {
          findings.report(ElementPath.of("special", s.id()).then(element), "special", s.id().value());
        }
      }
    };
  }

  private static List<RuleDefinition> build() {
    Catalogue c = new Catalogue();
    // ---- organisation tree
    c.add("ORG-DUPLICATE-ID", Severity.ERROR,
        l("two organisations share an id", "两个组织的标识相同", "兩個組織的標識相同"),
        l("Organisation id {org} is used more than once.", "组织标识 {org} 重复使用。", "組織標識 {org} 重複使用。"),
        defect(TreeDefect.Kind.DUPLICATE_ID));
    c.add("ORG-ORPHAN", Severity.ERROR,
        l("an organisation's parent does not exist", "组织的上级不存在", "組織的上級不存在"),
        l("Organisation {org} names parent {parent}, which does not exist.",
            "组织 {org} 的上级 {parent} 不存在。", "組織 {org} 的上級 {parent} 不存在。"),
        defect(TreeDefect.Kind.ORPHAN));
    c.add("ORG-CYCLE", Severity.ERROR,
        l("an organisation lies on or below a cycle of parents", "组织处于上下级循环之中或之下", "組織處於上下級循環之中或之下"),
        l("Organisation {org} lies on or below a cycle of parents (parent {parent}).",
            "组织 {org} 处于上下级循环之中或之下（上级 {parent}）。", "組織 {org} 處於上下級循環之中或之下（上級 {parent}）。"),
        defect(TreeDefect.Kind.CYCLE));
    c.add("ORG-ILLEGAL-NESTING", Severity.ERROR,
        l("a kind nested under a kind that cannot contain it", "组织类型不能隶属于其上级类型", "組織類型不能隸屬於其上級類型"),
        l("Organisation {org} ({kind}) cannot be under {parent} ({parentKind}).",
            "组织 {org}（{kind}）不能隶属于 {parent}（{parentKind}）。", "組織 {org}（{kind}）不能隸屬於 {parent}（{parentKind}）。"),
        onTree((tree, findings) -> {
          TreeIndex shape = tree.shape();
          for (int v = 0; v < tree.size(); v++) {
            int p = shape.parent(v);
            if (p == TreeIndex.NO_PARENT) {
              continue;
            }
            Organisation child = tree.organisationAt(v);
            Organisation parent = tree.organisationAt(p);
            if (!parent.kind().mayContain(child.kind())) {
              Map<String, String> args = new LinkedHashMap<>();
              args.put("org", child.id().value());
              Violation.putLabelled(args, "kind", child.kind().label());
              args.put("parent", parent.id().value());
              Violation.putLabelled(args, "parentKind", parent.kind().label());
              findings.report(org(child.id()), args);
            }
          }
        }));
    c.enforced("ORG-NEGATIVE-MEMBERS",
        l("a negative member count", "党员人数为负", "黨員人數為負"),
        l("Organisation {org} has a negative member count.", "组织 {org} 的党员人数为负。", "組織 {org} 的黨員人數為負。"));
    c.add("ORG-SUBTREE-TOTAL-MISMATCH", Severity.ERROR,
        l("a declared subtree member total differs from the sum", "申报的党员总数与合计不符", "申報的黨員總數與合計不符"),
        l("Organisation {org} declares {declared} members in its subtree, but they sum to {actual}.",
            "组织 {org} 申报下属党员共 {declared} 名，合计实为 {actual} 名。", "組織 {org} 申報下屬黨員共 {declared} 名，合計實為 {actual} 名。"),
        onTree((tree, findings) -> {
          long[] totals = subtreeMembers(tree);
          for (int v = 0; v < tree.size(); v++) {
            Organisation o = tree.organisationAt(v);
            if (o.declaredSubtreeMembers().isPresent() && o.declaredSubtreeMembers().get() != totals[v]) {
              findings.report(org(o.id()).then("declaredSubtreeMembers"), "org", o.id().value(),
                  "declared", o.declaredSubtreeMembers().get().toString(), "actual", Long.toString(totals[v]));
            }
          }
        }));
    c.add("ORG-BRANCH-TOO-FEW-MEMBERS", Severity.WARNING,
        l("a branch with fewer full members than the minimum (3)", "党支部正式党员少于下限（3名）", "黨支部正式黨員少於下限（3名）"),
        l("Branch {org} has {full} full members, fewer than {minimum}; consider a joint branch.",
            "党支部 {org} 仅有正式党员 {full} 名，少于 {minimum} 名，可考虑成立联合党支部。",
            "黨支部 {org} 僅有正式黨員 {full} 名，少於 {minimum} 名，可考慮成立聯合黨支部。"),
        (view, findings) -> {
          int minimum = view.config().minimumBranchFullMembers();
          for (Organisation o : view.snapshot().organisations()) {
            if (o.kind() == OrgKind.BRANCH && o.members().full() < minimum) {
              findings.report(org(o.id()).then("members"), "org", o.id().value(),
                  "full", Integer.toString(o.members().full()), "minimum", Integer.toString(minimum));
            }
          }
        });
    c.add("ORG-BRANCH-TOO-LARGE", Severity.WARNING,
        l("a branch with more members than the maximum (50)", "党支部党员超过上限（50名）", "黨支部黨員超過上限（50名）"),
        l("Branch {org} has {members} members, more than {maximum}; consider a general branch.",
            "党支部 {org} 有党员 {members} 名，超过 {maximum} 名，可考虑成立党总支。",
            "黨支部 {org} 有黨員 {members} 名，超過 {maximum} 名，可考慮成立黨總支。"),
        (view, findings) -> {
          int maximum = view.config().maximumBranchMembers();
          for (Organisation o : view.snapshot().organisations()) {
            if (o.kind() == OrgKind.BRANCH && o.members().total() > maximum) {
              findings.report(org(o.id()).then("members"), "org", o.id().value(),
                  "members", Integer.toString(o.members().total()), "maximum", Integer.toString(maximum));
            }
          }
        });
    c.add("ORG-COMMITTEE-MISSING", Severity.WARNING,
        l("a general branch, bureau-level unit, community or village of more than 100 members without a party committee",
            "党员超过100名的党总支、局级单位、社区或村未设党委", "黨員超過100名的黨總支、局級單位、社區或村未設黨委"),
        l("{org} ({kind}) has {members} members, more than {threshold}, but no party committee.",
            "{org}（{kind}）有党员 {members} 名，超过 {threshold} 名，但未设党委。",
            "{org}（{kind}）有黨員 {members} 名，超過 {threshold} 名，但未設黨委。"),
        committeeRule());
    // ---- batches
    c.add("BATCH-UNIT-UNASSIGNED", Severity.ERROR,
        l("a bureau-level unit in no batch", "局级单位未分入任何批次", "局級單位未分入任何批次"),
        l("Bureau-level unit {org} is in no batch.", "局级单位 {org} 未分入任何批次。", "局級單位 {org} 未分入任何批次。"),
        unassignedRule());
    c.add("BATCH-UNIT-ASSIGNED-TWICE", Severity.ERROR,
        l("a unit assigned to batches more than once", "单位被重复分入批次", "單位被重複分入批次"),
        l("Unit {org} is assigned {count} times (batches {batches}).",
            "单位 {org} 被分入批次 {count} 次（批次 {batches}）。", "單位 {org} 被分入批次 {count} 次（批次 {batches}）。"),
        (view, findings) -> {
          Map<Object, List<String>> byUnit = new HashMap<>();
          for (BatchAssignment a : view.campaign().assignments()) {
            byUnit.computeIfAbsent(a.unit(), u -> new ArrayList<>(1)).add(a.batch().value());
          }
          byUnit.forEach((unit, batches) -> {
            if (batches.size() > 1) {
              findings.report(org(unit).then("batch"), "org", unit.toString(), "count",
                  Integer.toString(batches.size()), "batches", String.join(", ", batches));
            }
          });
        });
    c.add("BATCH-ASSIGNMENT-UNKNOWN-UNIT", Severity.ERROR,
        l("a batch assignment names a unit that does not exist", "批次安排的单位不存在", "批次安排的單位不存在"),
        l("Batch {batch} is assigned unit {org}, which does not exist.",
            "批次 {batch} 安排的单位 {org} 不存在。", "批次 {batch} 安排的單位 {org} 不存在。"),
        (view, findings) -> {
          for (BatchAssignment a : view.campaign().assignments()) {
            if (!view.organisationExists(a.unit())) {
              findings.report(ElementPath.of("campaign", view.campaign().id()).then("assignment", a.unit()),
                  "batch", a.batch().value(), "org", a.unit().value());
            }
          }
        });
    c.add("BATCH-ASSIGNMENT-UNKNOWN-BATCH", Severity.ERROR,
        l("a batch assignment names a batch that does not exist", "批次安排的批次不存在", "批次安排的批次不存在"),
        l("Unit {org} is assigned to batch {batch}, which does not exist.",
            "单位 {org} 被分入的批次 {batch} 不存在。", "單位 {org} 被分入的批次 {batch} 不存在。"),
        (view, findings) -> {
          for (BatchAssignment a : view.campaign().assignments()) {
            if (view.batch(a.batch()).isEmpty()) {
              findings.report(ElementPath.of("campaign", view.campaign().id()).then("assignment", a.unit()),
                  "batch", a.batch().value(), "org", a.unit().value());
            }
          }
        });
    c.enforced("BATCH-WINDOW-INVERTED",
        l("a batch window that ends before it starts", "批次时间起止倒置", "批次時間起止倒置"),
        l("Batch {batch} ends before it starts.", "批次 {batch} 的结束日期早于开始日期。", "批次 {batch} 的結束日期早於開始日期。"));
    c.add("BATCH-WINDOWS-UNORDERED", Severity.ERROR,
        l("a later batch starts before an earlier one", "后一批次早于前一批次开始", "後一批次早於前一批次開始"),
        l("Batch {batch} (number {number}) starts on {start}, before batch {previous} starts on {previousStart}.",
            "批次 {batch}（第{number}批）于 {start} 开始，早于批次 {previous} 的开始日期 {previousStart}。",
            "批次 {batch}（第{number}批）於 {start} 開始，早於批次 {previous} 的開始日期 {previousStart}。"),
        (view, findings) -> {
          List<Batch> byNumber = new ArrayList<>(view.campaign().batches());
          byNumber.sort(Comparator.comparingInt(Batch::number));
          for (int i = 1; i < byNumber.size(); i++) {
            Batch previous = byNumber.get(i - 1);
            Batch batch = byNumber.get(i);
            if (batch.window().start().isBefore(previous.window().start())) {
              findings.report(ElementPath.of("batch", batch.id()).then("window"), "batch", batch.id().value(),
                  "number", Integer.toString(batch.number()), "start", batch.window().start().toString(),
                  "previous", previous.id().value(), "previousStart", previous.window().start().toString());
            }
          }
        });
    c.add("BATCH-WINDOWS-OVERLAP", Severity.WARNING,
        l("two batch windows share days", "两个批次的时间重叠", "兩個批次的時間重疊"),
        l("Batch {batch} ({window}) overlaps batch {other} ({otherWindow}).",
            "批次 {batch}（{window}）与批次 {other}（{otherWindow}）时间重叠。",
            "批次 {batch}（{window}）與批次 {other}（{otherWindow}）時間重疊。"),
        (view, findings) -> {
          List<Batch> byStart = new ArrayList<>(view.campaign().batches());
          byStart.sort(Comparator.comparing((Batch b) -> b.window().start()).thenComparing(b -> b.id().value()));
          Batch latest = null;
          for (Batch batch : byStart) {
            if (latest != null && !batch.window().start().isAfter(latest.window().end())) {
              findings.report(ElementPath.of("batch", batch.id()).then("window"), "batch", batch.id().value(),
                  "window", batch.window().toString(), "other", latest.id().value(),
                  "otherWindow", latest.window().toString());
            }
            if (latest == null || batch.window().end().isAfter(latest.window().end())) {
              latest = batch;
            }
          }
        });
    c.add("BATCH-TOO-SHORT", Severity.WARNING,
        l("a batch window shorter than the minimum campaign duration (three months)", "批次时间短于规定时长（三个月）",
            "批次時間短於規定時長（三個月）"),
        l("Batch {batch} lasts {days} days ({window}), less than the minimum {minimum}.",
            "批次 {batch} 仅 {days} 天（{window}），短于规定的 {minimum}。",
            "批次 {batch} 僅 {days} 天（{window}），短於規定的 {minimum}。"),
        (view, findings) -> {
          for (Batch batch : view.campaign().batches()) {
            DateWindow w = batch.window();
            if (w.start().plus(view.config().minimumCampaignDuration()).isAfter(w.end().plusDays(1))) {
              findings.report(ElementPath.of("batch", batch.id()).then("window"), "batch", batch.id().value(),
                  "days", Long.toString(w.lengthInDays()), "window", w.toString(),
                  "minimum", view.config().minimumCampaignDuration().toString());
            }
          }
        });
    // ---- problems
    c.add("PROBLEM-OWNER-UNKNOWN", Severity.ERROR,
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
        });
    c.add("PROBLEM-LEADER-UNKNOWN", Severity.ERROR,
        l("a problem's owner leader does not exist", "问题所属领导不存在", "問題所屬領導不存在"),
        l("Problem {problem} is owned by leader {leader}, who does not exist.",
            "问题 {problem} 所属领导 {leader} 不存在。", "問題 {problem} 所屬領導 {leader} 不存在。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            p.owner().leader().filter(id -> view.leader(id).isEmpty()).ifPresent(id ->
                findings.report(ElementPath.of("problem", p.id()).then("owner"), "problem", p.id().value(),
                    "leader", id.value()));
          }
        });
    c.add("PROBLEM-DESCRIPTION-BLANK", Severity.ERROR,
        l("a problem without a description", "问题表现为空", "問題表現為空"),
        l("Problem {problem} has no description.", "问题 {problem} 未填写问题表现。", "問題 {problem} 未填寫問題表現。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            if (p.description().isBlank()) {
              findings.report(ElementPath.of("problem", p.id()).then("description"), "problem", p.id().value());
            }
          }
        });
    c.add("PROBLEM-OUTSIDE-CAMPAIGN", Severity.WARNING,
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
        });
    c.add("PROBLEM-UNANSWERED", Severity.ERROR,
        l("a problem answered by no rectification item and not closed", "问题既无整改任务也未销项", "問題既無整改任務也未銷項"),
        l("Problem {problem} is answered by no rectification item and is not closed.",
            "问题 {problem} 没有对应的整改任务，也未说明理由关闭。", "問題 {problem} 沒有對應的整改任務，也未說明理由關閉。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            if (p.closure().isEmpty() && !view.isAnswered(p.id())) {
              findings.report(ElementPath.of("problem", p.id()), "problem", p.id().value());
            }
          }
        });
    c.add("PROBLEM-CLOSURE-WITHOUT-REASON", Severity.ERROR,
        l("a problem closed without a reason", "问题关闭未说明理由", "問題關閉未說明理由"),
        l("Problem {problem} was closed on {date} without a reason.",
            "问题 {problem} 于 {date} 关闭，但未说明理由。", "問題 {problem} 於 {date} 關閉，但未說明理由。"),
        (view, findings) -> {
          for (Problem p : view.snapshot().problems()) {
            p.closure().filter(cl -> cl.reason().isBlank()).ifPresent(cl ->
                findings.report(ElementPath.of("problem", p.id()).then("closure"), "problem", p.id().value(),
                    "date", cl.date().toString()));
          }
        });
    // ---- rectification
    c.add("RECT-PROBLEM-UNKNOWN", Severity.ERROR,
        l("a rectification item answers a problem that does not exist", "整改任务对应的问题不存在", "整改任務對應的問題不存在"),
        l("Rectification item {item} answers problem {problem}, which does not exist.",
            "整改任务 {item} 对应的问题 {problem} 不存在。", "整改任務 {item} 對應的問題 {problem} 不存在。"),
        (view, findings) -> rectifications(view, item -> {
          for (ProblemId id : item.problems()) {
            if (view.problem(id).isEmpty()) {
              findings.report(rect(item).then("problem", id), "item", item.id().value(), "problem", id.value());
            }
          }
        }));
    c.add("RECT-UNIT-UNKNOWN", Severity.ERROR,
        l("a rectification item's responsible unit does not exist", "整改任务的责任单位不存在", "整改任務的責任單位不存在"),
        l("Rectification item {item} names responsible unit {org}, which does not exist.",
            "整改任务 {item} 的责任单位 {org} 不存在。", "整改任務 {item} 的責任單位 {org} 不存在。"),
        (view, findings) -> rectifications(view, item -> {
          if (!view.organisationExists(item.responsibleUnit())) {
            findings.report(rect(item).then("responsibleUnit"), "item", item.id().value(),
                "org", item.responsibleUnit().value());
          }
        }));
    c.add("RECT-LEAD-LEADER-UNKNOWN", Severity.ERROR,
        l("a rectification item's lead leader does not exist", "整改任务的牵头领导不存在", "整改任務的牽頭領導不存在"),
        l("Rectification item {item} names lead leader {leader}, who does not exist.",
            "整改任务 {item} 的牵头领导 {leader} 不存在。", "整改任務 {item} 的牽頭領導 {leader} 不存在。"),
        (view, findings) -> rectifications(view, item -> item.leadLeader()
            .filter(id -> view.leader(id).isEmpty())
            .ifPresent(id -> findings.report(rect(item).then("leadLeader"), "item", item.id().value(),
                "leader", id.value()))));
    c.add("RECT-DEADLINE-BEFORE-CREATION", Severity.ERROR,
        l("a deadline before the item was created", "完成时限早于任务创建日期", "完成時限早於任務創建日期"),
        l("Rectification item {item} is due on {deadline}, before it was created on {created}.",
            "整改任务 {item} 的完成时限 {deadline} 早于创建日期 {created}。",
            "整改任務 {item} 的完成時限 {deadline} 早於創建日期 {created}。"),
        (view, findings) -> rectifications(view, item -> item.deadline()
            .filter(d -> d.original().isBefore(item.createdOn()))
            .ifPresent(d -> findings.report(rect(item).then("deadline"), "item", item.id().value(),
                "deadline", d.original().toString(), "created", item.createdOn().toString()))));
    c.add("RECT-DEADLINE-AFTER-BATCH", Severity.ERROR,
        l("a time-bound item due after its unit's batch ends, without an extension", "限期整改任务的时限晚于批次结束且未经延期",
            "限期整改任務的時限晚於批次結束且未經延期"),
        l("Time-bound item {item} is due on {deadline}, after batch {batch} ends on {batchEnd}, and was not extended.",
            "限期整改任务 {item} 的完成时限 {deadline} 晚于批次 {batch} 的结束日期 {batchEnd}，且未经延期。",
            "限期整改任務 {item} 的完成時限 {deadline} 晚於批次 {batch} 的結束日期 {batchEnd}，且未經延期。"),
        (view, findings) -> rectifications(view, item -> {
          if (item.kind() != RectificationKind.TIME_BOUND || item.deadline().isEmpty()
              || item.deadline().get().isExtended()) {
            return;
          }
          DeadlineAfterBatch.check(view, item, findings);
        }));
    c.add("RECT-LONG-TERM-WITHOUT-MILESTONES", Severity.WARNING,
        l("a long-term item without milestones or review dates", "长期坚持的任务没有阶段目标或复查日期",
            "長期堅持的任務沒有階段目標或複查日期"),
        l("Long-term item {item} has no milestones or review dates.",
            "长期坚持的整改任务 {item} 没有阶段目标或复查日期。", "長期堅持的整改任務 {item} 沒有階段目標或複查日期。"),
        (view, findings) -> rectifications(view, item -> {
          if (item.kind() == RectificationKind.LONG_TERM && item.milestones().isEmpty()) {
            findings.report(rect(item).then("milestones"), "item", item.id().value());
          }
        }));
    c.add(WorkflowRule.ILLEGAL_TRANSITION, (view, findings) -> history(view, findings, false));
    c.add(WorkflowRule.ROLE_NOT_ALLOWED, (view, findings) -> history(view, findings, true));
    c.add(WorkflowRule.COMPLETED_WITHOUT_EVIDENCE, (view, findings) -> rectifications(view, item -> {
          if (COMPLETION.contains(item.status()) && item.evidence().isEmpty()) {
            Map<String, String> args = new LinkedHashMap<>();
            args.put("item", item.id().value());
            Violation.putLabelled(args, "status", item.status().label());
            findings.report(rect(item).then("evidence"), args);
          }
        }));
    c.add("RECT-SIGNED-OFF-WITHOUT-COMPLETION", Severity.ERROR,
        l("a sign-off without a completion day", "未完成即销号", "未完成即銷號"),
        l("Rectification item {item} is signed off but was never completed.",
            "整改任务 {item} 已销号，但没有完成日期。", "整改任務 {item} 已銷號，但沒有完成日期。"),
        (view, findings) -> rectifications(view, item -> {
          if ((item.status() == RectificationStatus.SIGNED_OFF || item.signOff().isPresent())
              && item.completedOn().isEmpty()) {
            findings.report(rect(item).then("signOff"), "item", item.id().value());
          }
        }));
    c.add("RECT-SIGN-OFF-RECORD-MISSING", Severity.ERROR,
        l("a signed-off item without a sign-off record", "销号状态缺少销号记录", "銷號狀態缺少銷號記錄"),
        l("Rectification item {item} is signed off but has no sign-off record (date and verifier).",
            "整改任务 {item} 状态为销号，但没有销号记录（日期和核验人）。", "整改任務 {item} 狀態為銷號，但沒有銷號記錄（日期和核驗人）。"),
        (view, findings) -> rectifications(view, item -> {
          if (item.status() == RectificationStatus.SIGNED_OFF && item.signOff().isEmpty()) {
            findings.report(rect(item).then("signOff"), "item", item.id().value());
          }
        }));
    c.add("RECT-EXTENSION-WITHOUT-REASON", Severity.ERROR,
        l("a deadline extension without a reason", "延期未说明理由", "延期未說明理由"),
        l("The extension of item {item} to {date} gives no reason.",
            "整改任务 {item} 延期至 {date}，但未说明理由。", "整改任務 {item} 延期至 {date}，但未說明理由。"),
        (view, findings) -> rectifications(view, item -> extensions(item, findings, true)));
    c.add("RECT-EXTENSION-WITHOUT-APPROVER", Severity.ERROR,
        l("a deadline extension without an approver", "延期未经批准", "延期未經批准"),
        l("The extension of item {item} to {date} names no approver.",
            "整改任务 {item} 延期至 {date}，但未注明批准人。", "整改任務 {item} 延期至 {date}，但未註明批准人。"),
        (view, findings) -> rectifications(view, item -> extensions(item, findings, false)));
    // ---- special rectification
    c.add("SPECIAL-OBJECTIVES-MISSING", Severity.ERROR,
        l("a special rectification without objectives", "专项整治缺少目标任务", "專項整治缺少目標任務"),
        l("Special rectification {special} has no objectives.", "专项整治 {special} 缺少目标任务。", "專項整治 {special} 缺少目標任務。"),
        specialElement("objectives", s -> s.objectives().isEmpty()));
    c.add("SPECIAL-PROBLEMS-MISSING", Severity.ERROR,
        l("a special rectification without a problem list", "专项整治缺少问题清单", "專項整治缺少問題清單"),
        l("Special rectification {special} has no problem list.", "专项整治 {special} 缺少问题清单。", "專項整治 {special} 缺少問題清單。"),
        specialElement("problems", s -> s.problems().isEmpty()));
    c.add("SPECIAL-MEASURES-MISSING", Severity.ERROR,
        l("a special rectification without measures", "专项整治缺少整治措施", "專項整治缺少整治措施"),
        l("Special rectification {special} has no measures.", "专项整治 {special} 缺少整治措施。", "專項整治 {special} 缺少整治措施。"),
        specialElement("measures", s -> s.measures().isEmpty()));
    c.add("SPECIAL-DEPARTMENTS-MISSING", Severity.ERROR,
        l("a special rectification without responsible departments", "专项整治缺少责任部门", "專項整治缺少責任部門"),
        l("Special rectification {special} has no responsible departments.",
            "专项整治 {special} 缺少责任部门。", "專項整治 {special} 缺少責任部門。"),
        specialElement("responsibleDepartments", s -> s.responsibleDepartments().isEmpty()));
    c.add("SPECIAL-DEADLINE-MISSING", Severity.ERROR,
        l("a special rectification without a deadline", "专项整治缺少完成时限", "專項整治缺少完成時限"),
        l("Special rectification {special} has no deadline.", "专项整治 {special} 缺少完成时限。", "專項整治 {special} 缺少完成時限。"),
        specialElement("deadline", s -> s.deadline().isEmpty()));
    c.add("SPECIAL-LEAD-LEADER-MISSING", Severity.ERROR,
        l("a special rectification without a lead leader", "专项整治没有领衔领导", "專項整治沒有領銜領導"),
        l("Special rectification {special} has no lead leader.", "专项整治 {special} 没有领衔领导。", "專項整治 {special} 沒有領銜領導。"),
        specialElement("leadLeader", s -> s.leadLeader().isEmpty()));
    // ---- guidance
    c.add("GUIDANCE-FIVE-MUSTS-INCOMPLETE", Severity.ERROR,
        l("a guided unit of a closed batch without all five musts recorded", "批次已结束但指导组“五个必”记录不全",
            "批次已結束但指導組「五個必」記錄不全"),
        l("Guidance group {group} has not recorded {missing} for unit {org}, whose batch {batch} ended on {end}.",
            "指导组 {group} 对单位 {org} 尚未记录：{missing}；该单位所在批次 {batch} 已于 {end} 结束。",
            "指導組 {group} 對單位 {org} 尚未記錄：{missing}；該單位所在批次 {batch} 已於 {end} 結束。"),
        (view, findings) -> {
          for (GuidanceAssignment a : view.snapshot().guidanceAssignments()) {
            Optional<Batch> batch = view.batchOf(a.unit());
            if (batch.isEmpty() || !batch.get().window().end().isBefore(view.today())) {
              continue;
            }
            EnumSet<FiveMust> missing = EnumSet.allOf(FiveMust.class);
            missing.removeAll(view.mustsRecorded(a.group(), a.unit()));
            if (!missing.isEmpty()) {
              Map<String, String> args = new LinkedHashMap<>();
              args.put("group", a.group().value());
              Violation.putLabelled(args, "missing", Label.of(
                  missing.stream().map(m -> m.label().english()).collect(Collectors.joining(", ")),
                  missing.stream().map(m -> m.label().simplified()).collect(Collectors.joining("、")),
                  missing.stream().map(m -> m.label().traditional()).collect(Collectors.joining("、"))));
              args.put("org", a.unit().value());
              args.put("batch", batch.get().id().value());
              args.put("end", batch.get().window().end().toString());
              findings.report(ElementPath.of("guidance", a.group()).then("unit", a.unit()), args);
            }
          }
        });
    return List.copyOf(c.list);
  }

  private static Rule committeeRule() {
    return (view, findings) -> view.tree().ifPresent(tree -> {
      int threshold = view.config().committeeAboveMembers();
      long[] totals = subtreeMembers(tree);
      TreeIndex shape = tree.shape();
      for (int v = 0; v < tree.size(); v++) {
        Organisation o = tree.organisationAt(v);
        if (!NEEDS_COMMITTEE.contains(o.kind()) || totals[v] <= threshold) {
          continue;
        }
        boolean hasCommittee = false;
        for (int i = 0; i < shape.childCount(v) && !hasCommittee; i++) {
          hasCommittee = tree.organisationAt(shape.child(v, i)).kind() == OrgKind.PARTY_COMMITTEE;
        }
        if (!hasCommittee) {
          Map<String, String> args = new LinkedHashMap<>();
          args.put("org", o.id().value());
          Violation.putLabelled(args, "kind", o.kind().label());
          args.put("members", Long.toString(totals[v]));
          args.put("threshold", Integer.toString(threshold));
          findings.report(org(o.id()), args);
        }
      }
    });
  }

  private static Rule unassignedRule() {
    return (view, findings) -> view.tree().ifPresent(tree -> {
      for (int v = 0; v < tree.size(); v++) {
        Organisation o = tree.organisationAt(v);
        if (o.kind() == OrgKind.BUREAU_LEVEL_UNIT && view.batchPlan().orElseThrow().batchAt(v).isEmpty()) {
          findings.report(org(o.id()).then("batch"), "org", o.id().value());
        }
      }
    });
  }

  /** The deadline-after-batch check, apart so that the lambda above stays short. */
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
}
