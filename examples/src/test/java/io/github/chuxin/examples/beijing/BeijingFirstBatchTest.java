package io.github.chuxin.examples.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.snapshot.CampaignSnapshot;
import org.junit.jupiter.api.Test;

class BeijingFirstBatchTest {

  private final CampaignSnapshot snapshot = BeijingFirstBatch.snapshot();

  @Test
  void theFirstBatchHasTheSeedsThreeFigures() {
    BeijingFirstBatch.Figures figures = BeijingFirstBatch.figures(snapshot);
    assertThat(figures.bureauLevelUnits()).isEqualTo(170);
    assertThat(figures.partyOrganisations()).isEqualTo(27_600);
    assertThat(figures.members()).isEqualTo(494_500);
  }

  @Test
  void everyBranchHasBetweenThreeAndFiftyMembers() {
    for (Organisation org : snapshot.organisations()) {
      if (org.kind() == OrgKind.BRANCH) {
        assertThat(org.members().total()).as(org.id().value()).isBetween(3, 50);
        assertThat(org.members().full()).as(org.id().value()).isGreaterThanOrEqualTo(3);
      }
    }
  }

  @Test
  void theSeedsNamedUnitsAreInTheTree() {
    assertThat(snapshot.tree().get(BeijingTree.SUBWAY).name()).isEqualTo("地鐵公司");
    assertThat(snapshot.tree().get(BeijingTree.CULTURAL_HERITAGE).name()).isEqualTo("市文物局");
    assertThat(snapshot.tree().get(BeijingTree.PLANNING).name()).isEqualTo("市規劃自然資源委");
  }
}
