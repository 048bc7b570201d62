package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.dayBetween;
import static io.github.chuxin.validation.SnapshotEdits.pick;
import static io.github.chuxin.validation.SnapshotEdits.with;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.leadership.Cadence;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.LeadershipConstraint;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules of the leadership bodies ({@code LEADERSHIP-…}) in catalogue order, each beside its
 * messages and its breakage, followed by the constraints the model enforces on plans and the
 * schedule.
 *
 * <p>A body's campaign window is its unit's batch window when the unit is in a batch, and
 * otherwise (a municipal committee that leads every batch) the campaign's span, from the first
 * batch's start to the last batch's end; it is judged up to yesterday, so its breakage shows only
 * with a clock after at least one whole week or month of a batch.
 */
final class LeadershipRules {

  private LeadershipRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("LEADERSHIP-MEETING-GAP", Severity.WARNING,
        RuleSource.seed("seed ¶5: 每月召開領導小組會…每周召開辦公室例會、指導組例會、單位聯絡員會"),
        l("a leadership body without its regular meeting in a whole week or month of its campaign window",
            "领导机构在工作期间某周或某月未召开例会", "領導機構在工作期間某週或某月未召開例會"),
        l("{body} {id} of {org} held no {meeting} ({cadence}) in {count} of its periods: {periods}.",
            "{org} 的{body} {id} 有 {count} 个周期未召开{meeting}（{cadence}）：{periods}。",
            "{org} 的{body} {id} 有 {count} 個週期未召開{meeting}（{cadence}）：{periods}。"),
        (view, findings) -> {
          Map<LeadershipBodyId, Map<MeetingKind, NavigableSet<LocalDate>>> held = new HashMap<>();
          for (Meeting m : view.snapshot().meetings()) {
            held.computeIfAbsent(m.body(), b -> new HashMap<>()).computeIfAbsent(m.kind(), k -> new TreeSet<>())
                .add(m.date());
          }
          Map<MeetingKind, Cadence> cadences = view.config().meetingCadences();
          for (LeadershipBody body : view.snapshot().leadershipBodies()) {
            Optional<DateWindow> window = judged(view, body.unit());
            if (window.isEmpty()) {
              continue;
            }
            for (MeetingKind kind : MeetingKind.values()) {
              Cadence cadence = cadences.get(kind);
              if (cadence == null || !body.kind().regularMeetings().contains(kind)) {
                continue;
              }
              NavigableSet<LocalDate> dates = held.getOrDefault(body.id(), Map.of()).getOrDefault(kind, new TreeSet<>());
              List<DateWindow> missed = new ArrayList<>();
              for (DateWindow period : cadence.periodsWithin(window.get())) {
                LocalDate first = dates.ceiling(period.start());
                if (first == null || first.isAfter(period.end())) {
                  missed.add(period);
                }
              }
              if (!missed.isEmpty()) {
                Map<String, String> args = new LinkedHashMap<>();
                Violation.putLabelled(args, "body", body.kind().label());
                args.put("id", body.id().value());
                args.put("org", body.unit().value());
                Violation.putLabelled(args, "meeting", kind.label());
                Violation.putLabelled(args, "cadence", cadence.label());
                args.put("count", Integer.toString(missed.size()));
                args.put("periods", missed.stream().map(DateWindow::toString).collect(Collectors.joining(", ")));
                findings.report(ElementPath.of("leadershipBody", body.id()).then("meetings", code(kind)), args);
              }
            }
          }
        },
        (c, r) -> {
          // drop a body's meetings of one kind in one whole period of its window, adding a leading group if needed
          List<LeadershipBody> bodies = c.leadershipBodies().stream()
              .filter(b -> !b.kind().regularMeetings().isEmpty() && !periods(c, b).isEmpty()).toList();
          CampaignSnapshot base = c;
          LeadershipBody body;
          if (bodies.isEmpty()) {
            OrgId unit = pick(r, c.campaign().assignments()).unit();
            body = LeadershipBody.builder().id(LeadershipBodyId.of("leading-group-" + Long.toHexString(r.nextLong())))
                .kind(LeadershipBodyKind.LEADING_GROUP).unit(unit).build();
            base = ImmutableCampaignSnapshot.copyOf(c).withLeadershipBodies(with(c.leadershipBodies(), body, r));
          } else {
            body = pick(r, bodies);
          }
          MeetingKind kind = pick(r, body.kind().regularMeetings().stream().sorted().toList());
          DateWindow period = pick(r, kind.cadence().periodsWithin(window(base, body.unit()).orElseThrow()));
          List<Meeting> meetings = base.meetings().stream().filter(m -> !(m.body().equals(body.id())
              && m.kind() == kind && period.contains(m.date()))).toList();
          if (meetings.size() == base.meetings().size()) {
            // nothing to drop: the period was already missed, so hold a meeting elsewhere to tell seeds apart
            LocalDate day = dayBetween(r, period.end().plusDays(1), period.end().plusDays(6));
            meetings = with(meetings, Meeting.builder().body(body.id()).kind(kind).date(day).build(), r);
          }
          return ImmutableCampaignSnapshot.copyOf(base).withMeetings(meetings);
        });
    // the constraints the model enforces at construction on plans and the schedule
    rules.enforced("LEADERSHIP", LeadershipConstraint.values());
  }

  /** A body's campaign window up to yesterday, if a day of it has passed. */
  private static Optional<DateWindow> judged(CampaignView view, OrgId unit) {
    Optional<DateWindow> window = view.batchOf(unit).map(Batch::window).or(() -> span(view.campaign().batches()));
    LocalDate yesterday = view.today().minusDays(1);
    return window.filter(w -> !w.start().isAfter(yesterday))
        .map(w -> DateWindow.ofClosed(w.start(), w.end().isAfter(yesterday) ? yesterday : w.end()));
  }

  /** A body's whole campaign window, for a breakage (whose clock is after every batch). */
  private static Optional<DateWindow> window(CampaignSnapshot c, OrgId unit) {
    Optional<Batch> batch = c.tree().contains(unit) ? c.batchPlan().batchOf(unit) : Optional.empty();
    return batch.map(Batch::window).or(() -> span(c.campaign().batches()));
  }

  private static List<DateWindow> periods(CampaignSnapshot c, LeadershipBody body) {
    Optional<DateWindow> window = window(c, body.unit());
    return window.isEmpty() ? List.of() : body.kind().regularMeetings().stream()
        .flatMap(k -> k.cadence().periodsWithin(window.get()).stream()).toList();
  }

  private static Optional<DateWindow> span(List<Batch> batches) {
    return batches.stream().map(b -> b.window().start()).min(Comparator.naturalOrder())
        .map(start -> DateWindow.ofClosed(start,
            batches.stream().map(b -> b.window().end()).max(Comparator.naturalOrder()).orElseThrow()));
  }

  private static String code(MeetingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
