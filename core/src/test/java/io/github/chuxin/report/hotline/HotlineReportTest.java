package io.github.chuxin.report.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.OrgId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The daily, weekly and monthly 12345 reports: their periods, their counts, and the clock they take. */
class HotlineReportTest {

  private static final ZoneId ZONE = Campaign.DEFAULT_ZONE;

  private static CitizenRequest request(String id, String unit, String receivedAt, String respondedAt,
      String resolvedAt, Satisfaction rating) {
    var b = CitizenRequest.builder().id(RequestId.of(id)).unit(OrgId.of(unit)).level(DispatchLevel.TOWNSHIP)
        .receivedAt(Instant.parse(receivedAt));
    if (respondedAt != null) {
      b.respondedAt(Instant.parse(respondedAt));
    }
    if (resolvedAt != null) {
      b.resolvedAt(Instant.parse(resolvedAt));
    }
    if (rating != null) {
      b.satisfaction(rating);
    }
    return b.build();
  }

  private static final List<CitizenRequest> REQUESTS = List.of(
      // 2019-07-01 09:00 in Beijing, responded the same day, resolved the next
      request("a", "jiaodaokou", "2019-07-01T01:00:00Z", "2019-07-01T03:00:00Z", "2019-07-02T03:00:00Z",
          Satisfaction.SATISFIED),
      // 2019-07-01 23:30 in Beijing
      request("b", "jiaodaokou", "2019-07-01T15:30:00Z", null, null, null),
      // 2019-07-07, a Sunday, in Beijing
      request("c", "fuxiang", "2019-07-07T02:00:00Z", "2019-07-07T02:10:00Z", "2019-07-07T09:00:00Z",
          Satisfaction.DISSATISFIED),
      // 2019-07-08, the next Monday
      request("d", "fuxiang", "2019-07-08T02:00:00Z", null, null, null));

  @Test
  void aDailyReportCountsTheRequestsOfItsDayAndWhatWasDoneByItsEnd() {
    HotlineReport day = Hotline.report(ReportPeriod.DAILY, REQUESTS, LocalDate.of(2019, 7, 1), ZONE);
    assertThat(day.window()).isEqualTo(DateWindow.ofClosed(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 1)));
    assertThat(day.units()).extracting(HotlineRates::unit).containsExactly(OrgId.of("jiaodaokou"));
    assertThat(day.dispatched()).isEqualTo(2);
    assertThat(day.responded()).isEqualTo(1);
    assertThat(day.resolved()).as("resolved on the 2nd").isZero();
    assertThat(day.satisfied()).isEqualTo(1);
    assertThat(day.responseRate()).hasValue(0.5);
    assertThat(day.satisfactionRate()).hasValue(1.0);
  }

  @Test
  void aWeeklyReportRunsFromMondayToSundayAndAMonthlyOneOverTheCalendarMonth() {
    HotlineReport week = Hotline.report(ReportPeriod.WEEKLY, REQUESTS, LocalDate.of(2019, 7, 3), ZONE);
    assertThat(week.window()).isEqualTo(DateWindow.ofClosed(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 7)));
    assertThat(week.units()).extracting(HotlineRates::unit).containsExactly(OrgId.of("fuxiang"), OrgId.of("jiaodaokou"));
    assertThat(week.dispatched()).isEqualTo(3);
    assertThat(week.resolved()).isEqualTo(2);
    assertThat(week.unit(OrgId.of("fuxiang")).orElseThrow().satisfactionRate()).hasValue(0.0);
    HotlineReport month = Hotline.report(ReportPeriod.MONTHLY, REQUESTS, LocalDate.of(2019, 7, 31), ZONE);
    assertThat(month.window()).isEqualTo(Hotline.window(java.time.YearMonth.of(2019, 7)));
    assertThat(month.dispatched()).isEqualTo(4);
    assertThat(month.resolutionRate()).hasValue(0.5);
  }

  @Test
  void theLatestReportCoversTheLastWholePeriodBeforeTheClocksDayInTheCampaignsZone() {
    // 2019-07-08 00:30 in Beijing is still July 7th in UTC
    Clock monday = Clock.fixed(Instant.parse("2019-07-07T16:30:00Z"), ZoneOffset.UTC);
    assertThat(Hotline.latestReport(ReportPeriod.DAILY, REQUESTS, monday, ZONE).window())
        .isEqualTo(DateWindow.ofClosed(LocalDate.of(2019, 7, 7), LocalDate.of(2019, 7, 7)));
    assertThat(Hotline.latestReport(ReportPeriod.WEEKLY, REQUESTS, monday, ZONE).dispatched()).isEqualTo(3);
    assertThat(Hotline.latestReport(ReportPeriod.MONTHLY, REQUESTS, monday, ZONE).window())
        .isEqualTo(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30)));
    assertThat(Hotline.latestReport(ReportPeriod.MONTHLY, REQUESTS, monday, ZONE).units()).isEmpty();
  }

  @Test
  void aWeeksDailyReportsAddUpToItsWeeklyReportWhoseLaterEndCountsAtLeastAsMuchDone() {
    qt().forAll(integers().between(0, 150), longs().all()).checkAssert((count, seed) -> {
      Random random = new Random(seed);
      List<CitizenRequest> requests = new ArrayList<>();
      Instant start = LocalDate.of(2019, 6, 24).atStartOfDay(ZONE).toInstant();
      for (int i = 0; i < count; i++) {
        Instant received = start.plus(Duration.ofMinutes(random.nextInt(21 * 24 * 60)));
        var b = CitizenRequest.builder().id(RequestId.of("q" + i)).unit(OrgId.of("u" + random.nextInt(5)))
            .level(DispatchLevel.TOWNSHIP).receivedAt(received);
        if (random.nextBoolean()) {
          b.respondedAt(received.plus(Duration.ofHours(random.nextInt(24 * 5))));
        }
        if (random.nextBoolean()) {
          b.resolvedAt(received.plus(Duration.ofHours(random.nextInt(24 * 5))));
        }
        if (random.nextBoolean()) {
          b.satisfaction(Satisfaction.values()[random.nextInt(3)]);
        }
        requests.add(b.build());
      }
      LocalDate monday = LocalDate.of(2019, 7, 1);
      HotlineReport week = Hotline.report(ReportPeriod.WEEKLY, requests, monday.plusDays(random.nextInt(7)), ZONE);
      long dispatched = 0;
      long responded = 0;
      long resolved = 0;
      long satisfied = 0;
      for (int d = 0; d < 7; d++) {
        HotlineReport day = Hotline.report(ReportPeriod.DAILY, requests, monday.plusDays(d), ZONE);
        dispatched += day.dispatched();
        responded += day.responded();
        resolved += day.resolved();
        satisfied += day.satisfied();
      }
      assertThat(week.dispatched()).isEqualTo(dispatched).isEqualTo(requests.stream()
          .filter(r -> week.window().contains(LocalDate.ofInstant(r.receivedAt(), ZONE))).count());
      assertThat(week.satisfied()).isEqualTo(satisfied);
      assertThat(week.responded()).isGreaterThanOrEqualTo(responded);
      assertThat(week.resolved()).isGreaterThanOrEqualTo(resolved);
      assertThat(week.units()).extracting(r -> r.unit().value()).isSorted();
    });
  }
}
