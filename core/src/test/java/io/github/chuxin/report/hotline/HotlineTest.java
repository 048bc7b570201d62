package io.github.chuxin.report.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Citizen-request rates and the monthly ranking, by hand and against a naive count. */
class HotlineTest {

  private static final ZoneId ZONE = Campaign.DEFAULT_ZONE;
  private static final YearMonth JULY = YearMonth.of(2019, 7);
  private int next;

  /** Ten requests of a unit in a month: all responded, {@code resolved} resolved, {@code satisfied} satisfied. */
  private List<CitizenRequest> month(String unit, YearMonth month, int resolved, int satisfied, int repeats) {
    List<CitizenRequest> requests = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Instant received = month.atDay(10).atStartOfDay(ZONE).toInstant();
      var b = CitizenRequest.builder().id(RequestId.of("q" + next++)).unit(OrgId.of(unit))
          .level(DispatchLevel.TOWNSHIP).receivedAt(received).respondedAt(received.plus(Duration.ofHours(2)))
          .satisfaction(i < satisfied ? Satisfaction.SATISFIED : Satisfaction.DISSATISFIED).repeat(i < repeats);
      if (i < resolved) {
        b.resolvedAt(received.plus(Duration.ofDays(1)));
      }
      requests.add(b.build());
    }
    return requests;
  }

  @Test
  void aRequestIsCountedInTheMonthOfItsDayInTheCampaignsZone() {
    CitizenRequest midnight = CitizenRequest.builder().id(RequestId.of("m")).unit(OrgId.of("d"))
        .level(DispatchLevel.TOWNSHIP).receivedAt(Instant.parse("2019-06-30T16:30:00Z"))
        .respondedAt(Instant.parse("2019-07-31T15:59:00Z")).resolvedAt(Instant.parse("2019-07-31T16:01:00Z"))
        .satisfaction(Satisfaction.BASICALLY_SATISFIED).build();
    HotlineRates july = Hotline.rates(List.of(midnight), Hotline.window(JULY), ZONE).get(OrgId.of("d"));
    assertThat(july.received()).isEqualTo(1);
    assertThat(july.responseRate()).hasValue(1.0);
    assertThat(july.resolutionRate()).as("resolved on August 1st in Beijing").hasValue(0.0);
    assertThat(july.satisfactionRate()).hasValue(1.0);
    assertThat(Hotline.rates(List.of(midnight), Hotline.window(YearMonth.of(2019, 6)), ZONE)).isEmpty();
  }

  @Test
  void theCompositeScoreWeighsResponseResolutionAndSatisfactionOneFourFive() {
    HotlineRates rates = new HotlineRates(OrgId.of("d"), 10, 10, 8, 10, 8, 0);
    assertThat(DefaultRankingPolicy.score(rates).getAsDouble()).isCloseTo(82.0, within(1e-9));
    HotlineRates unrated = new HotlineRates(OrgId.of("d"), 10, 10, 5, 0, 0, 0);
    assertThat(DefaultRankingPolicy.score(unrated).getAsDouble()).as("(0.1 + 0.2) / 0.5").isCloseTo(60.0, within(1e-9));
  }

  @Test
  void theMonthlyRankingPutsUnitsInTheFourCategoriesByTheDefaultPolicy() {
    List<CitizenRequest> requests = new ArrayList<>();
    requests.addAll(month("u0", JULY, 10, 10, 0));
    for (int u = 1; u <= 8; u++) {
      requests.addAll(month("u" + u, JULY, 8, 8, u == 3 ? 5 : 0));
    }
    requests.addAll(month("u9", JULY, 5, 5, 0));
    // u3 and u9 receive twice as many requests, at the same rates
    requests.addAll(month("u3", JULY, 8, 8, 0));
    requests.addAll(month("u9", JULY, 5, 5, 0));
    requests.addAll(month("u1", JULY.minusMonths(1), 5, 5, 0));
    requests.addAll(month("u2", JULY.minusMonths(1), 7, 7, 0));
    MonthlyRanking ranking = Hotline.monthlyRanking(requests, JULY, ZONE, RankingPolicy.defaults());
    assertThat(ranking.units()).hasSize(10);
    assertThat(ranking.units().get(0).unit()).isEqualTo(OrgId.of("u0"));
    assertThat(ranking.units().get(1).rank()).isEqualTo(2);
    assertThat(ranking.units().get(8).rank()).as("eight units tie at 82").isEqualTo(2);
    assertThat(ranking.in(RankingCategory.ADVANCED)).extracting(UnitRanking::unit).containsExactly(OrgId.of("u0"));
    assertThat(ranking.in(RankingCategory.NEEDS_RECTIFICATION)).extracting(UnitRanking::unit)
        .containsExactly(OrgId.of("u9"));
    assertThat(ranking.in(RankingCategory.MOST_IMPROVED)).extracting(UnitRanking::unit).containsExactly(OrgId.of("u1"));
    assertThat(ranking.in(RankingCategory.MOST_IMPROVED).get(0).gain().getAsDouble()).isCloseTo(27.0, within(1e-9));
    assertThat(ranking.in(RankingCategory.TARGETED)).as("the ten with the most requests: all ten").hasSize(10);
    MonthlyRanking two = Hotline.monthlyRanking(requests, JULY, ZONE, DefaultRankingPolicy.standard().withTargetedCount(2));
    assertThat(two.in(RankingCategory.TARGETED)).extracting(UnitRanking::unit)
        .containsExactlyInAnyOrder(OrgId.of("u3"), OrgId.of("u9"));
    MonthlyRanking one = Hotline.monthlyRanking(requests, JULY, ZONE, DefaultRankingPolicy.standard().withTargetedCount(1));
    assertThat(one.in(RankingCategory.TARGETED)).as("a tie with the last named is named too").hasSize(2);
    assertThat(Hotline.monthlyRanking(requests, JULY, ZONE, DefaultRankingPolicy.standard().withTargetedCount(0))
        .in(RankingCategory.TARGETED)).isEmpty();
  }

  @Test
  void onlyTheSubdistrictsAndTownshipsAreRanked() {
    List<CitizenRequest> requests = new ArrayList<>(month("street", JULY, 8, 8, 0));
    month("bureau", JULY, 9, 9, 0).forEach(r -> requests.add(CitizenRequest.builder().from(r).level(DispatchLevel.CITY)
        .build()));
    month("district", JULY, 9, 9, 0).forEach(r -> requests.add(CitizenRequest.builder().from(r)
        .level(DispatchLevel.DISTRICT).build()));
    assertThat(Hotline.monthlyRanking(requests, JULY, ZONE, RankingPolicy.defaults()).units())
        .extracting(UnitRanking::unit).containsExactly(OrgId.of("street"));
    List<Organisation> organisations = List.of(
        org("district", null, OrgKind.DISTRICT), org("street", "district", OrgKind.SUBDISTRICT),
        org("town", "district", OrgKind.TOWNSHIP), org("bureau", "district", OrgKind.BUREAU_LEVEL_UNIT));
    Set<OrgId> ranked = Hotline.subdistrictsAndTownships(organisations);
    assertThat(ranked).containsExactly(OrgId.of("street"), OrgId.of("town"));
    assertThat(Hotline.monthlyRanking(requests, ranked, JULY, ZONE, RankingPolicy.defaults()).units())
        .extracting(UnitRanking::unit).containsExactly(OrgId.of("street"));
  }

  private static Organisation org(String id, String parent, OrgKind kind) {
    var b = Organisation.builder().id(OrgId.of(id)).kind(kind).name(id).members(MemberCount.ofFull(0));
    if (parent != null) {
      b.parentId(OrgId.of(parent));
    }
    return b.build();
  }

  @Test
  void thePolicysParametersAreDataWithStatedDefaults() {
    ImmutableDefaultRankingPolicy standard = DefaultRankingPolicy.standard();
    assertThat(standard.targetedCount()).isEqualTo(10);
    assertThat(standard.share()).isEqualTo(0.10);
    assertThat(standard.advancedMinScore()).isEqualTo(90);
    HotlineRates rates = new HotlineRates(OrgId.of("d"), 10, 10, 8, 10, 6, 0);
    assertThat(standard.withResponseWeight(0).withResolutionWeight(1).withSatisfactionWeight(0).scoreOf(rates))
        .hasValue(80.0);
    assertThatThrownBy(() -> standard.withShare(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("share");
    assertThatThrownBy(() -> standard.withTargetedCount(-1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("targeted");
    assertThatThrownBy(() -> standard.withResponseWeight(0).withResolutionWeight(0).withSatisfactionWeight(0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("weights");
  }

  @Test
  void aReplacementPolicyDecidesTheCategories() {
    RankingPolicy everyoneAdvanced = (month, current, previous) -> new MonthlyRanking(month, current.values().stream()
        .map(r -> new UnitRanking(r.unit(), 1, 100, java.util.OptionalDouble.empty(), r,
            java.util.Set.of(RankingCategory.ADVANCED))).toList());
    MonthlyRanking ranking = Hotline.monthlyRanking(month("u0", JULY, 1, 1, 0), JULY, ZONE, everyoneAdvanced);
    assertThat(ranking.in(RankingCategory.ADVANCED)).hasSize(1);
  }

  @Test
  void aResponseBeforeReceiptIsRefused() {
    assertThatThrownBy(() -> CitizenRequest.builder().id(RequestId.of("bad")).unit(OrgId.of("d"))
        .level(DispatchLevel.CITY).receivedAt(Instant.parse("2019-07-01T00:00:00Z"))
        .respondedAt(Instant.parse("2019-06-30T00:00:00Z")).build()).hasMessageContaining("bad");
  }

  @Test
  void ratesEqualANaiveCountAndTheCategoriesKeepTheirThresholds() {
    qt().withExamples(100).forAll(integers().between(0, 200), longs().all()).checkAssert((count, seed) -> {
      Random random = new Random(seed);
      List<CitizenRequest> requests = new ArrayList<>();
      Instant start = JULY.minusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
      for (int i = 0; i < count; i++) {
        Instant received = start.plus(Duration.ofMinutes(random.nextInt(61 * 24 * 60)));
        var b = CitizenRequest.builder().id(RequestId.of("q" + i)).unit(OrgId.of("u" + random.nextInt(8)))
            .level(DispatchLevel.values()[random.nextInt(3)]).receivedAt(received).repeat(random.nextInt(6) == 0);
        if (random.nextBoolean()) {
          b.respondedAt(received.plus(Duration.ofHours(random.nextInt(24 * 40))));
        }
        if (random.nextBoolean()) {
          b.resolvedAt(received.plus(Duration.ofHours(random.nextInt(24 * 40))));
        }
        if (random.nextBoolean()) {
          b.satisfaction(Satisfaction.values()[random.nextInt(3)]);
        }
        requests.add(b.build());
      }
      DateWindow window = Hotline.window(JULY);
      Map<OrgId, HotlineRates> rates = Hotline.rates(requests, window, ZONE);
      for (int u = 0; u < 8; u++) {
        OrgId unit = OrgId.of("u" + u);
        List<CitizenRequest> mine = requests.stream().filter(r -> r.unit().equals(unit))
            .filter(r -> window.contains(r.receivedAt().atZone(ZONE).toLocalDate())).toList();
        if (mine.isEmpty()) {
          assertThat(rates).doesNotContainKey(unit);
          continue;
        }
        LocalDate end = window.end();
        HotlineRates r = rates.get(unit);
        assertThat(r.received()).isEqualTo(mine.size());
        assertThat(r.responded()).isEqualTo(mine.stream().filter(q -> q.respondedAt()
            .filter(t -> !t.atZone(ZONE).toLocalDate().isAfter(end)).isPresent()).count());
        assertThat(r.resolved()).isEqualTo(mine.stream().filter(q -> q.resolvedAt()
            .filter(t -> !t.atZone(ZONE).toLocalDate().isAfter(end)).isPresent()).count());
        assertThat(r.satisfied()).isEqualTo(mine.stream().filter(q -> q.satisfaction()
            .filter(s -> s != Satisfaction.DISSATISFIED).isPresent()).count());
        assertThat(r.repeats()).isEqualTo(mine.stream().filter(CitizenRequest::repeat).count());
      }
      MonthlyRanking ranking = Hotline.monthlyRanking(requests, JULY, ZONE, RankingPolicy.defaults());
      int k = (int) Math.ceil(0.1 * ranking.units().size());
      for (UnitRanking unit : ranking.units()) {
        if (unit.in(RankingCategory.ADVANCED)) {
          assertThat(unit.score()).isGreaterThanOrEqualTo(90);
          assertThat(unit.rank()).isLessThanOrEqualTo(k);
          assertThat(unit.in(RankingCategory.NEEDS_RECTIFICATION)).isFalse();
        }
        if (unit.in(RankingCategory.MOST_IMPROVED)) {
          assertThat(unit.gain().getAsDouble()).isPositive();
        }
        // 治理類: the ten with the most requests, those tied with the tenth included
        List<Integer> volumes = ranking.units().stream().map(x -> x.rates().received())
            .sorted(java.util.Comparator.reverseOrder()).toList();
        int tenth = volumes.get(Math.min(10, volumes.size()) - 1);
        assertThat(unit.in(RankingCategory.TARGETED)).isEqualTo(unit.rates().received() >= tenth);
      }
      for (int i = 1; i < ranking.units().size(); i++) {
        assertThat(ranking.units().get(i).score()).isLessThanOrEqualTo(ranking.units().get(i - 1).score());
      }
      if (!ranking.units().isEmpty()) {
        assertThat(ranking.in(RankingCategory.NEEDS_RECTIFICATION).size()
            + ranking.in(RankingCategory.ADVANCED).size()).isGreaterThanOrEqualTo(1);
      }
    });
  }
}
