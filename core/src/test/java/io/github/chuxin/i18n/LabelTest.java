package io.github.chuxin.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.campaign.Objective;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.GuidanceRole;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LabelTest {

  @Test
  void everyLabelledConstantHasTextInAllThreeLanguages() {
    List<Labelled> all = Stream.<Labelled[]>of(OrgKind.values(), Objective.values(), KeyMeasure.values(),
            InPlaceDimension.values(), GuidanceRole.values(), FiveMust.values(), ActivityKind.values(),
            ProblemSource.values(), RectificationKind.values(), RectificationStatus.values(), Term.values())
        .flatMap(Stream::of).toList();
    for (Labelled labelled : all) {
      for (Language language : Language.values()) {
        assertThat(labelled.label(language)).as("%s in %s", labelled, language).isNotBlank();
      }
    }
    assertThat(Objective.values()).hasSize(5);
    assertThat(KeyMeasure.values()).hasSize(4);
    assertThat(InPlaceDimension.values()).hasSize(4);
    assertThat(GuidanceRole.values()).hasSize(5);
    assertThat(FiveMust.values()).hasSize(5);
  }

  @Test
  void theSeedsTraditionalTermsAreKept() {
    assertThat(OrgKind.GENERAL_BRANCH.label(Language.TRADITIONAL_CHINESE)).isEqualTo("黨總支");
    assertThat(OrgKind.GENERAL_BRANCH.label(Language.SIMPLIFIED_CHINESE)).isEqualTo("党总支");
    assertThat(FiveMust.REVIEW_PLAN.label(Language.TRADITIONAL_CHINESE)).isEqualTo("實施方案必審");
    assertThat(RectificationStatus.SIGNED_OFF.label(Language.TRADITIONAL_CHINESE)).isEqualTo("銷號");
  }

  @Test
  void aLocaleMapsToTheRightScript() {
    assertThat(Language.forLocale(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.TRADITIONAL_CHINESE);
    assertThat(Language.forLocale(Locale.forLanguageTag("zh-HK"))).isEqualTo(Language.TRADITIONAL_CHINESE);
    assertThat(Language.forLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
    assertThat(Language.forLocale(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
  }

  @Test
  void aBlankLabelTextIsRefused() {
    assertThatThrownBy(() -> Label.of("x", " ", "y")).hasMessageContaining("simplified");
  }
}
