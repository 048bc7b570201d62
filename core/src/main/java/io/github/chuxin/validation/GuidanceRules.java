package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.dayBetween;
import static io.github.chuxin.validation.SnapshotEdits.ghost;
import static io.github.chuxin.validation.SnapshotEdits.pick;
import static io.github.chuxin.validation.SnapshotEdits.with;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceConstraint;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The rules of the guidance groups ({@code GUIDANCE-…}) in catalogue order, each beside its
 * messages and its breakage.
 *
 * <p>The five musts 五個必 (五个必) are the groups' working practice (seed ¶5), so a unit whose
 * record lacks one is a warning addressed to the group (the path starts at the group), never an
 * error in the unit's data; they are judged once the unit's batch has ended, so their breakages
 * show only with a clock after that. A roving supervision group ({@code GuidanceLevel.ROVING})
 * does not stay with the units it supervises, and the five musts are not expected of it.
 */
final class GuidanceRules {

  /** The seed's passage on the five musts. */
  private static final String FIVE_MUSTS = "seed ¶5: 實施方案必審…整改情況必查";

  private GuidanceRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("GUIDANCE-FIVE-MUSTS-INCOMPLETE", Severity.WARNING, RuleSource.seed(FIVE_MUSTS),
        l("a guided unit of a closed batch without all five musts recorded", "批次已结束但指导组“五个必”记录不全",
            "批次已結束但指導組「五個必」記錄不全"),
        l("Guidance group {group} has not recorded {missing} for unit {org}, whose batch {batch} ended on {end}.",
            "指导组 {group} 对单位 {org} 尚未记录：{missing}；该单位所在批次 {batch} 已于 {end} 结束。",
            "指導組 {group} 對單位 {org} 尚未記錄：{missing}；該單位所在批次 {batch} 已於 {end} 結束。"),
        (view, findings) -> {
          for (GuidanceAssignment a : view.snapshot().guidanceAssignments()) {
            Optional<Batch> batch = closedBatch(view, a);
            if (batch.isEmpty()) {
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
          List<GuidanceAssignment> recorded = performing(c).stream()
              .filter(a -> c.fiveMustRecords().stream().anyMatch(m -> recordOf(m, a))).toList();
          GuidanceAssignment a = pick(r, recorded.isEmpty() ? performing(c) : recorded);
          List<FiveMustRecord> dropped = new ArrayList<>(c.fiveMustRecords().stream().filter(m -> recordOf(m, a))
              .toList());
          Collections.shuffle(dropped, new Random(r.nextLong()));
          // drop every record of the chosen musts, so the must is missing however often it was recorded
          Set<FiveMust> mustsGone = EnumSet.noneOf(FiveMust.class);
          if (!dropped.isEmpty()) {
            dropped.subList(0, 1 + r.nextInt(dropped.size())).forEach(m -> mustsGone.add(m.must()));
          }
          return ImmutableCampaignSnapshot.copyOf(c).withFiveMustRecords(c.fiveMustRecords().stream()
              .filter(m -> !(recordOf(m, a) && mustsGone.contains(m.must())))
              .toList());
        });
    rules.add("GUIDANCE-LEADER-NOT-TALKED-WITH", Severity.WARNING, RuleSource.seed("seed ¶5: 班子成員必談"),
        l("a member of a guided unit's leadership not talked with by the end of its batch",
            "批次已结束但指导组未与班子成员逐一谈话", "批次已結束但指導組未與班子成員逐一談話"),
        l("Guidance group {group} has recorded talks with members of the leadership of unit {org}, but not with {leaders}"
            + " ({count}); the unit's batch {batch} ended on {end}.",
            "指导组 {group} 已记录与单位 {org} 班子成员的谈话，但尚未与 {leaders} 谈话（{count} 人）；该单位所在批次 {batch} 已于 {end} 结束。",
            "指導組 {group} 已記錄與單位 {org} 班子成員的談話，但尚未與 {leaders} 談話（{count} 人）；該單位所在批次 {batch} 已於 {end} 結束。"),
        (view, findings) -> {
          Map<OrgId, List<LeaderId>> leadership = leadershipOfUnits(view.snapshot());
          Map<GuidanceAssignment, Set<LeaderId>> talked = new HashMap<>();
          Set<GuidanceAssignment> wholeLeadership = new HashSet<>();
          for (FiveMustRecord m : view.snapshot().fiveMustRecords()) {
            if (m.must() == FiveMust.TALK_WITH_LEADERS) {
              GuidanceAssignment key = GuidanceAssignment.of(m.group(), m.unit());
              talked.computeIfAbsent(key, k -> new HashSet<>()).addAll(m.talkedWith());
              if (m.talkedWithWholeLeadership()) {
                wholeLeadership.add(key);
              }
            }
          }
          for (GuidanceAssignment a : view.snapshot().guidanceAssignments()) {
            Optional<Batch> batch = closedBatch(view, a);
            Set<LeaderId> named = talked.get(a);
            // no talk at all is GUIDANCE-FIVE-MUSTS-INCOMPLETE; a talk naming nobody covers the whole leadership
            if (batch.isEmpty() || named == null || wholeLeadership.contains(a)) {
              continue;
            }
            List<LeaderId> notYet = leadership.getOrDefault(a.unit(), List.of()).stream()
                .filter(l -> !named.contains(l)).toList();
            if (!notYet.isEmpty()) {
              findings.report(ElementPath.of("guidance", a.group()).then("unit", a.unit()).then("talks"),
                  "group", a.group().value(), "org", a.unit().value(),
                  "leaders", notYet.stream().map(LeaderId::value).collect(Collectors.joining(", ")),
                  "count", Integer.toString(notYet.size()), "batch", batch.get().id().value(),
                  "end", batch.get().window().end().toString());
            }
          }
        },
        (c, r) -> {
          // a unit with a member no talk names, beside a talk that names the others (or a new member)
          GuidanceAssignment a = pick(r, performing(c));
          Batch batch = c.batchPlan().batchOf(a.unit()).orElseThrow();
          List<LeaderId> members = new ArrayList<>(leadershipOfUnits(c).getOrDefault(a.unit(), List.of()));
          List<Leader> leaders = new ArrayList<>(c.leaders());
          if (members.isEmpty()) {
            Leader talkedTo = newLeader(a.unit(), r);
            leaders.add(talkedTo);
            members.add(talkedTo.id());
          }
          leaders = with(leaders, newLeader(a.unit(), r), r);
          List<FiveMustRecord> records = new ArrayList<>(c.fiveMustRecords().stream()
              .filter(m -> !(recordOf(m, a) && m.must() == FiveMust.TALK_WITH_LEADERS)).toList());
          records = with(records, FiveMustRecord.builder().group(a.group()).unit(a.unit())
              .must(FiveMust.TALK_WITH_LEADERS).date(dayBetween(r, batch.window().start(), batch.window().end()))
              .talkedWith(members).build(), r);
          return ImmutableCampaignSnapshot.copyOf(c).withLeaders(leaders).withFiveMustRecords(records);
        });
    rules.add("GUIDANCE-TALK-LEADER-UNKNOWN", Severity.ERROR,
        RuleSource.integrity("a talk names a leader the campaign holds"),
        l("a talk with the leadership that names a leader who does not exist", "谈话记录中的班子成员不存在",
            "談話記錄中的班子成員不存在"),
        l("Guidance group {group} recorded a talk on {date} at unit {org} with leader {leader}, who does not exist.",
            "指导组 {group} 于 {date} 在单位 {org} 的谈话记录中的领导 {leader} 不存在。",
            "指導組 {group} 於 {date} 在單位 {org} 的談話記錄中的領導 {leader} 不存在。"),
        (view, findings) -> {
          for (FiveMustRecord m : view.snapshot().fiveMustRecords()) {
            for (LeaderId leader : m.talkedWith()) {
              if (view.leader(leader).isEmpty()) {
                findings.report(ElementPath.of("guidance", m.group()).then("unit", m.unit()).then("talk", m.date())
                        .then("leader", leader), "group", m.group().value(), "date", m.date().toString(),
                    "org", m.unit().value(), "leader", leader.value());
              }
            }
          }
        },
        (c, r) -> {
          // name a leader who does not exist in a talk, beside the unit's own members (so no member goes untalked to)
          GuidanceAssignment a = pick(r, performing(c));
          Batch batch = c.batchPlan().batchOf(a.unit()).orElseThrow();
          List<LeaderId> named = new ArrayList<>(leadershipOfUnits(c).getOrDefault(a.unit(), List.of()));
          named = with(named, LeaderId.of(ghost("leader", r)), r);
          FiveMustRecord talk = FiveMustRecord.builder().group(a.group()).unit(a.unit())
              .must(FiveMust.TALK_WITH_LEADERS).date(dayBetween(r, batch.window().start(), batch.window().end()))
              .talkedWith(named).build();
          return ImmutableCampaignSnapshot.copyOf(c).withFiveMustRecords(with(c.fiveMustRecords(), talk, r));
        });
    // the constraints the model enforces at construction that the area has not placed above
    rules.enforced("GUIDANCE", GuidanceConstraint.values());
  }

  /** The batch of the assigned unit if it has ended and the five musts are expected of the group. */
  private static Optional<Batch> closedBatch(CampaignView view, GuidanceAssignment a) {
    if (!view.guidanceGroup(a.group()).map(g -> g.level().performsFiveMusts()).orElse(true)) {
      return Optional.empty();
    }
    return view.batchOf(a.unit()).filter(b -> b.window().end().isBefore(view.today()));
  }

  private static boolean recordOf(FiveMustRecord m, GuidanceAssignment a) {
    return m.group().equals(a.group()) && m.unit().equals(a.unit());
  }

  /**
   * The members of each unit's leadership 班子成員 (班子成员): the leaders whose unit it is, by
   * identifier, each once.
   */
  static Map<OrgId, List<LeaderId>> leadershipOfUnits(CampaignSnapshot c) {
    Map<OrgId, Set<LeaderId>> members = new HashMap<>();
    for (Leader leader : c.leaders()) {
      members.computeIfAbsent(leader.unit(), u -> new HashSet<>()).add(leader.id());
    }
    Map<OrgId, List<LeaderId>> sorted = new HashMap<>(members.size() * 4 / 3 + 1);
    members.forEach((unit, ids) -> sorted.put(unit,
        ids.stream().sorted(Comparator.comparing(LeaderId::value)).toList()));
    return sorted;
  }

  /** The assignments whose group performs the five musts and whose unit has a batch, for a breakage. */
  private static List<GuidanceAssignment> performing(CampaignSnapshot c) {
    Set<GuidanceGroupId> roving = new HashSet<>();
    for (GuidanceGroup g : c.guidanceGroups()) {
      if (!g.level().performsFiveMusts()) {
        roving.add(g.id());
      }
    }
    var plan = c.batchPlan();
    return c.guidanceAssignments().stream()
        .filter(a -> !roving.contains(a.group()) && plan.batchOf(a.unit()).isPresent()).toList();
  }

  private static Leader newLeader(OrgId unit, RandomGenerator r) {
    return Leader.builder().id(LeaderId.of("leader-" + Long.toHexString(r.nextLong()))).name("班子成員")
        .title("黨委委員").unit(unit).build();
  }
}
