package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.pick;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceConstraint;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of the guidance groups ({@code GUIDANCE-…}) in catalogue order, each beside its
 * messages and its breakage. Its breakage shows only with a clock after the unit's batch has ended.
 */
final class GuidanceRules {

  private GuidanceRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("GUIDANCE-FIVE-MUSTS-INCOMPLETE", Severity.ERROR,
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
        },
        (c, r) -> {
          GuidanceAssignment a = pick(r, c.guidanceAssignments());
          List<FiveMustRecord> theirs = c.fiveMustRecords().stream()
              .filter(m -> m.group().equals(a.group()) && m.unit().equals(a.unit())).toList();
          List<FiveMustRecord> dropped = new ArrayList<>(theirs);
          Collections.shuffle(dropped, new Random(r.nextLong()));
          // drop every record of the chosen musts, so the must is missing however often it was recorded
          Set<FiveMust> mustsGone = EnumSet.noneOf(FiveMust.class);
          dropped.subList(0, 1 + r.nextInt(dropped.size())).forEach(m -> mustsGone.add(m.must()));
          return ImmutableCampaignSnapshot.copyOf(c).withFiveMustRecords(c.fiveMustRecords().stream()
              .filter(m -> !(m.group().equals(a.group()) && m.unit().equals(a.unit()) && mustsGone.contains(m.must())))
              .toList());
        });
    // the constraints the model enforces at construction that the area has not placed above
    rules.enforced("GUIDANCE", GuidanceConstraint.values());
  }
}
