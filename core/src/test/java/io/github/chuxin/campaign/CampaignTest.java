package io.github.chuxin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {

  private static final Batch FIRST = Batch.builder().id(BatchId.of("b1")).number(1)
      .window(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 8, 31))).build();
  private static final Batch SECOND = Batch.builder().id(BatchId.of("b2")).number(2)
      .window(DateWindow.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 11, 30)))
      .earlyStart(LocalDate.of(2019, 6, 15)).build();

  @Test
  void theStandardGeneralRequirementHasTwelveCharactersInFourPhrases() {
    GeneralRequirement requirement = GeneralRequirement.standard();
    assertThat(requirement.phrases()).hasSize(4);
    assertThat(requirement.text(Language.TRADITIONAL_CHINESE)).isEqualTo("守初心擔使命找差距抓落實").hasSize(12);
    assertThat(requirement.text(Language.SIMPLIFIED_CHINESE)).isEqualTo("守初心担使命找差距抓落实");
    assertThat(requirement.text(Language.ENGLISH)).contains(" · ");
  }

  @Test
  void aGeneralRequirementWithAPhraseOfFourCharactersIsRefused() {
    assertThatThrownBy(() -> GeneralRequirement.builder()
        .addPhrases(Label.of("a", "守初心啊", "守初心啊"), Label.of("b", "担使命", "擔使命"),
            Label.of("c", "找差距", "找差距"), Label.of("d", "抓落实", "抓落實")).build())
        .hasMessageContaining("'守初心啊' has 4")
        .isInstanceOfSatisfying(ModelConstraintException.class,
            e -> assertThat(e.code()).isEqualTo("CAMPAIGN-REQUIREMENT-PHRASE-LENGTH"));
  }

  @Test
  void aGeneralRequirementOfThreePhrasesIsRefused() {
    assertThatThrownBy(() -> GeneralRequirement.builder()
        .addPhrases(Label.of("b", "担使命", "擔使命"), Label.of("c", "找差距", "找差距"), Label.of("d", "抓落实", "抓落實"))
        .build()).hasMessageContaining("4 phrases, not 3")
        .isInstanceOfSatisfying(ModelConstraintException.class,
            e -> assertThat(e.code()).isEqualTo("CAMPAIGN-REQUIREMENT-PHRASES"));
  }

  @Test
  void aCampaignDefaultsToTheFiveObjectivesFourMeasuresAndShanghaiTime() {
    Campaign campaign = Campaign.builder().id(CampaignId.of("c")).build();
    assertThat(campaign.objectives()).hasSize(5);
    assertThat(campaign.keyMeasures()).hasSize(4);
    assertThat(campaign.dimensions()).hasSize(4);
    assertThat(campaign.zone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(campaign.theme().traditional()).isEqualTo("不忘初心、牢記使命");
  }

  @Test
  void batchIdsAndNumbersAreUnique() {
    assertThatThrownBy(() -> Campaign.builder().id(CampaignId.of("c")).addBatches(FIRST, FIRST).build())
        .hasMessageContaining("duplicate batch id b1")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> assertThat(e.code()).isEqualTo("BATCH-DUPLICATE-ID"));
    assertThatThrownBy(() -> Campaign.builder().id(CampaignId.of("c"))
        .addBatches(FIRST, Batch.builder().from(SECOND).number(1).build()).build())
        .isInstanceOfSatisfying(ModelConstraintException.class,
            e -> assertThat(e.code()).isEqualTo("BATCH-DUPLICATE-NUMBER"));
  }

  @Test
  void anInvertedWindowIsRefused() {
    assertThatThrownBy(() -> DateWindow.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 8, 31)))
        .hasMessageContaining("inverted")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.code()).isEqualTo("BATCH-WINDOW-INVERTED");
          assertThat(e.arguments()).containsEntry("start", "2019-09-01").containsEntry("end", "2019-08-31");
        });
  }

  @Test
  void aWindowIncludesBothEnds() {
    DateWindow window = FIRST.window();
    assertThat(window.contains(LocalDate.of(2019, 8, 31))).isTrue();
    assertThat(window.contains(LocalDate.of(2019, 9, 1))).isFalse();
    assertThat(window.lengthInDays()).isEqualTo(92);
  }

  @Test
  void anEarlyStartMustPrecedeTheWindow() {
    assertThat(SECOND.firstActiveDay()).isEqualTo(LocalDate.of(2019, 6, 15));
    assertThatThrownBy(() -> Batch.builder().from(SECOND).earlyStart(LocalDate.of(2019, 9, 2)).build())
        .hasMessageContaining("early start")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.code()).isEqualTo("BATCH-EARLY-START-NOT-BEFORE-WINDOW");
          assertThat(e.path().map(Object::toString)).contains("batch[b2].earlyStart");
        });
  }

  @Test
  void descendantsInheritTheirUnitsBatchUnlessAssignedThemselves() {
    OrgTree tree = OrgTree.of(List.of(
        org("bj", null, OrgKind.MUNICIPAL_COMMITTEE),
        org("subway", "bj", OrgKind.BUREAU_LEVEL_UNIT),
        org("subway-pc", "subway", OrgKind.PARTY_COMMITTEE),
        org("district", "bj", OrgKind.DISTRICT),
        org("street", "district", OrgKind.SUBDISTRICT)));
    Campaign campaign = Campaign.builder().id(CampaignId.of("c")).addBatches(FIRST, SECOND)
        .addAssignments(BatchAssignment.of(OrgId.of("subway"), FIRST.id()),
            BatchAssignment.of(OrgId.of("district"), SECOND.id()))
        .build();
    BatchPlan plan = BatchPlan.of(campaign, tree);
    assertThat(plan.batchOf(OrgId.of("subway-pc"))).contains(FIRST);
    assertThat(plan.batchOf(OrgId.of("street"))).contains(SECOND);
    assertThat(plan.batchOf(OrgId.of("bj"))).isEmpty();
    assertThat(plan.batchOf(OrgId.of("elsewhere"))).isEmpty();
  }

  private static Organisation org(String id, String parent, OrgKind kind) {
    var b = Organisation.builder().id(OrgId.of(id)).kind(kind).name(id);
    if (parent != null) {
      b.parentId(OrgId.of(parent));
    }
    return b.build();
  }
}
