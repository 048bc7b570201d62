package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.OrganisationRules.org;
import static io.github.chuxin.validation.SnapshotEdits.byId;
import static io.github.chuxin.validation.SnapshotEdits.ghost;
import static io.github.chuxin.validation.SnapshotEdits.lastBatch;
import static io.github.chuxin.validation.SnapshotEdits.ofKind;
import static io.github.chuxin.validation.SnapshotEdits.pick;
import static io.github.chuxin.validation.SnapshotEdits.withAssignment;
import static io.github.chuxin.validation.SnapshotEdits.withBatch;
import static io.github.chuxin.validation.SnapshotEdits.withCampaign;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.CampaignConstraint;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the batches and their assignments ({@code BATCH-…}) in catalogue order, each beside
 * its messages and its breakage.
 */
final class BatchRules {

  private BatchRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("BATCH-UNIT-UNASSIGNED", Severity.ERROR,
        RuleSource.integrity("the batch plan places every bureau-level unit in a batch (the campaign was held"
            + " in batches: seed ¶1 第一批, ¶2 第二批)"),
        l("a bureau-level unit in no batch", "局级单位未分入任何批次", "局級單位未分入任何批次"),
        l("Bureau-level unit {org} is in no batch.", "局级单位 {org} 未分入任何批次。", "局級單位 {org} 未分入任何批次。"),
        unassignedRule(),
        (c, r) -> {
          Set<OrgId> bureaus = new HashSet<>();
          ofKind(c, OrgKind.BUREAU_LEVEL_UNIT).forEach(o -> bureaus.add(o.id()));
          Map<OrgId, Organisation> byId = byId(c);
          // a bureau-level unit with none above it, so that it inherits no batch once its own is gone
          BatchAssignment dropped = pick(r, c.campaign().assignments().stream()
              .filter(a -> bureaus.contains(a.unit()) && noBureauAbove(byId, a.unit())).toList());
          List<BatchAssignment> rest = new ArrayList<>(c.campaign().assignments());
          rest.remove(dropped);
          return withCampaign(c, x -> x.withAssignments(rest));
        });
    rules.add("BATCH-UNIT-ASSIGNED-TWICE", Severity.ERROR,
        RuleSource.integrity("a unit is in one batch"),
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
        },
        (c, r) -> withAssignment(c, r, pick(r, c.campaign().assignments())));
    rules.add("BATCH-ASSIGNMENT-UNKNOWN-UNIT", Severity.ERROR,
        RuleSource.integrity("a batch assignment names a unit in the tree"),
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
        },
        (c, r) -> withAssignment(c, r, BatchAssignment.of(OrgId.of(ghost("org", r)),
            pick(r, c.campaign().batches()).id())));
    rules.add("BATCH-ASSIGNMENT-UNKNOWN-BATCH", Severity.ERROR,
        RuleSource.integrity("a batch assignment names a batch of the campaign"),
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
        },
        (c, r) -> {
          Set<OrgId> assigned = new HashSet<>();
          c.campaign().assignments().forEach(a -> assigned.add(a.unit()));
          List<Organisation> free = c.organisations().stream().filter(o -> !assigned.contains(o.id())).toList();
          return withAssignment(c, r, BatchAssignment.of(pick(r, free).id(), BatchId.of(ghost("batch", r))));
        });
    rules.enforced(CampaignConstraint.WINDOW_INVERTED);
    rules.add("BATCH-WINDOWS-UNORDERED", Severity.ERROR,
        RuleSource.integrity("batches are numbered in the order they start (第一批, 第二批)"),
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
        },
        (c, r) -> {
          List<Batch> batches = c.campaign().batches();
          if (batches.size() >= 2 && r.nextBoolean()) {
            List<Batch> byNumber = new ArrayList<>(batches);
            byNumber.sort(Comparator.comparingInt(Batch::number));
            int i = r.nextInt(byNumber.size() - 1);
            Batch earlier = byNumber.get(i);
            Batch later = byNumber.get(i + 1 + r.nextInt(byNumber.size() - i - 1));
            List<Batch> swapped = new ArrayList<>();
            for (Batch x : batches) {
              swapped.add(x.equals(earlier) ? Batch.builder().from(x).number(later.number()).build()
                  : x.equals(later) ? Batch.builder().from(x).number(earlier.number()).build() : x);
            }
            return withCampaign(c, x -> x.withBatches(swapped));
          }
          // a new last-numbered batch (no unit in it) that runs before every other
          LocalDate first = batches.stream().map(x -> x.window().start()).min(LocalDate::compareTo).orElseThrow();
          LocalDate end = first.minusDays(1 + r.nextInt(20));
          return withBatch(c, "batch-early", DateWindow.ofClosed(end.minusMonths(4).minusDays(r.nextInt(30)), end), r);
        });
    rules.add("BATCH-WINDOWS-OVERLAP", Severity.WARNING,
        RuleSource.policy("configurable batch plan: batches follow one another (2019: June to August, then September"
            + " to November); an early start (seed ¶2: 先動起來) is recorded apart, not in the window"),
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
        },
        (c, r) -> {
          LocalDate start = lastBatch(c).window().end().minusDays(r.nextInt(30));
          return withBatch(c, "batch-overlapping", DateWindow.ofClosed(start, start.plusMonths(4)), r);
        });
    rules.add("BATCH-TOO-SHORT", Severity.WARNING,
        RuleSource.policy("configurable: a unit's campaign lasts about three months (基本結束: roughly, not a minimum);"
            + " ValidationConfig.campaignDuration less campaignDurationTolerance"),
        l("a batch window well short of about three months (beyond the configured tolerance)",
            "批次时间明显短于约三个月（超出允许的偏差）", "批次時間明顯短於約三個月（超出允許的偏差）"),
        l("Batch {batch} lasts {days} days ({window}), well short of about {duration} (tolerance {tolerance}).",
            "批次 {batch} 仅 {days} 天（{window}），明显短于约{duration}（允许偏差{tolerance}）。",
            "批次 {batch} 僅 {days} 天（{window}），明顯短於約{duration}（允許偏差{tolerance}）。"),
        (view, findings) -> {
          ValidationConfig config = view.config();
          for (Batch batch : view.campaign().batches()) {
            DateWindow w = batch.window();
            LocalDate shortest = w.start().plus(config.campaignDuration()).minus(config.campaignDurationTolerance());
            if (shortest.isAfter(w.end().plusDays(1))) {
              Map<String, String> args = new LinkedHashMap<>();
              args.put("batch", batch.id().value());
              args.put("days", Long.toString(w.lengthInDays()));
              args.put("window", w.toString());
              Violation.putLabelled(args, "duration", spoken(config.campaignDuration()));
              Violation.putLabelled(args, "tolerance", spoken(config.campaignDurationTolerance()));
              findings.report(ElementPath.of("batch", batch.id()).then("window"), args);
            }
          }
        },
        (c, r) -> {
          // at most seven weeks: shorter than three months less one month, whichever month it starts in
          LocalDate start = lastBatch(c).window().end().plusDays(1 + r.nextInt(20));
          return withBatch(c, "batch-short", DateWindow.ofClosed(start, start.plusDays(r.nextInt(49))), r);
        });
    // the constraints the model enforces at construction that the area has not placed above
    rules.enforced("BATCH", CampaignConstraint.values());
  }

  /** A period as officials read it: "3 months", "3个月", "3個月"; "0 days" for none. */
  static Label spoken(Period period) {
    StringBuilder en = new StringBuilder();
    StringBuilder hans = new StringBuilder();
    StringBuilder hant = new StringBuilder();
    int[] amounts = {period.getYears(), period.getMonths(), period.getDays()};
    String[][] units = {{"year", "年", "年"}, {"month", "个月", "個月"}, {"day", "天", "天"}};
    for (int k = 0; k < amounts.length; k++) {
      if (amounts[k] != 0 || (k == amounts.length - 1 && en.length() == 0)) {
        en.append(en.length() == 0 ? "" : " ").append(amounts[k]).append(' ').append(units[k][0])
            .append(Math.abs(amounts[k]) == 1 ? "" : "s");
        hans.append(amounts[k]).append(units[k][1]);
        hant.append(amounts[k]).append(units[k][2]);
      }
    }
    return Label.of(en.toString(), hans.toString(), hant.toString());
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

  private static boolean noBureauAbove(Map<OrgId, Organisation> byId, OrgId unit) {
    Optional<OrgId> up = byId.get(unit).parentId();
    while (up.isPresent()) {
      Organisation o = byId.get(up.get());
      if (o.kind() == OrgKind.BUREAU_LEVEL_UNIT) {
        return false;
      }
      up = o.parentId();
    }
    return true;
  }
}
