package io.github.chuxin.examples.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.org.Leader;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.report.ledger.Ledger;
import io.github.chuxin.report.ledger.LedgerColumn;
import io.github.chuxin.report.ledger.LedgerQuery;
import io.github.chuxin.report.ledger.LedgerRow;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.report.rollup.Rollup;
import io.github.chuxin.report.rollup.RollupFigures;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Beijing example's figures add up, with the temporary organisation left out of every total,
 * and its data names no body twice, no body that is not the city's own and no placeholder as a
 * real person.
 */
class BeijingTotalsTest {

  private static final OrgId POST = OrgId.of("bj-national-day-post");

  private final CampaignSnapshot snapshot = BeijingFirstBatch.snapshot();
  private final Rollup rollup = Rollup.of(snapshot, BeijingFirstBatch.AS_OF.instant()
      .atZone(snapshot.campaign().zone()).toLocalDate(), 7);

  @Test
  void theFirstBatchLineCountsTheSeedsFiguresOverIts170Units() {
    RollupFigures first = BeijingFirstBatch.firstBatchFigures(rollup, snapshot);
    assertThat(BeijingFirstBatch.firstBatchUnits(snapshot)).hasSize(170);
    assertThat(first.partyOrganisations()).isEqualTo(27_600);
    assertThat(first.members()).isEqualTo(494_500);
    assertThat(first.temporaryOrganisations()).isZero();
    BeijingFirstBatch.Figures counted = BeijingFirstBatch.figures(snapshot);
    assertThat(counted).isEqualTo(new BeijingFirstBatch.Figures(170, 27_600, 494_500));
  }

  @Test
  void theCityTotalsAreTheSumOfTheirPartsWithTheTemporaryOrganisationLeftOut() {
    RollupFigures city = rollup.figures(BeijingTree.MUNICIPAL_COMMITTEE);
    RollupFigures first = BeijingFirstBatch.firstBatchFigures(rollup, snapshot);
    RollupFigures municipal = BeijingFirstBatch.municipalLevelFigures(rollup);
    RollupFigures post = rollup.figures(POST);
    assertThat(city).isEqualTo(first.plus(municipal).plus(post));
    // the command post's temporary committee and its 240 members count nowhere
    assertThat(post.partyOrganisations()).isZero();
    assertThat(post.members()).isZero();
    assertThat(post.units()).isZero();
    assertThat(post.temporaryOrganisations()).isEqualTo(1);
    assertThat(city.members()).isEqualTo(494_500);
    assertThat(city.partyOrganisations()).as("the 27,600 and the 市委 itself, a local party committee")
        .isEqualTo(27_601);
    assertThat(municipal.partyOrganisations()).isEqualTo(1);
    assertThat(city.temporaryOrganisations()).isEqualTo(1);
  }

  @Test
  void noBodyIsNamedTwiceOrWithItsCommitteeSuffixTwiceAndNoneIsOutsideTheCitysOwnUnits() {
    Set<String> names = new HashSet<>();
    for (Organisation o : snapshot.organisations()) {
      assertThat(o.name()).as(o.id().value()).doesNotContain("黨委黨委");
      if (o.kind() == OrgKind.BUREAU_LEVEL_UNIT) {
        assertThat(names.add(o.name())).as("%s named once", o.name()).isTrue();
      }
    }
    assertThat(names).hasSize(170).contains("北京電影學院", "地鐵公司", "市文物局", "市規劃自然資源委")
        .doesNotContain("首都機場集團北京分公司", "市氣象局", "市消防救援總隊");
    // one name each for the bodies once listed under two or three
    assertThat(names.stream().filter(List.of("市台辦", "市委台辦")::contains)).hasSize(1);
    assertThat(names.stream().filter(List.of("市外辦", "市委外辦", "市政府外事辦")::contains)).hasSize(1);
    assertThat(names.stream().filter(List.of("市委深改辦", "市委改革辦")::contains)).hasSize(1);
    assertThat(names.stream().filter(List.of("北京能源集團", "北京京能集團")::contains)).hasSize(1);
  }

  @Test
  void everyLeaderTheSeedDoesNotNameIsAMarkedSampleAndTheLedgerShowsItSo() {
    for (Leader leader : snapshot.leaders()) {
      if (!leader.id().equals(BeijingScenario.SECRETARY)) {
        assertThat(leader.name()).as(leader.id().value()).startsWith(BeijingTree.SAMPLE)
            .doesNotMatch(".*第\\d+單位.*");
      }
    }
    assertThat(snapshot.leaders().stream().filter(l -> l.id().equals(BeijingScenario.SECRETARY)))
        .extracting(Leader::name).containsExactly("蔡奇");
    List<LedgerRow> rows = Ledger.rows(snapshot, LedgerQuery.builder().subtree(BeijingTree.SUBWAY).build());
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.cell(LedgerColumn.LEAD_LEADER,
        Language.TRADITIONAL_CHINESE)).isEqualTo("（示例）地鐵公司黨委書記"));
  }

  @Test
  void theOverallChargeIsNoMeasureAndThePerniciousInfluenceIsNamed() {
    snapshot.specialRectifications().forEach(s -> assertThat(s.measures()).noneMatch(m -> m.contains("抓總")));
    assertThat(snapshot.rectifications().stream().filter(i -> i.id().value().equals("r-planning")).findFirst()
        .orElseThrow().measures()).contains("徹底肅清陳剛流毒影響");
  }
}
