package io.github.chuxin.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.guidance.GuidanceRole;
import io.github.chuxin.i18n.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words of guidance and activities, as officials read them (the forms of every label are
 * checked by {@code i18n.StandardFormsTest}).
 */
class GuidanceAndActivityWordsTest {

  @Test
  void theSeedsStudyFormsAreActivitiesOfStudyAndEducation() {
    assertThat(ActivityKind.LAW_STUDY_BEFORE_MEETING.label(Language.TRADITIONAL_CHINESE)).isEqualTo("會前學法");
    assertThat(ActivityKind.STUDY_MATERIAL_COMPILATION.label(Language.TRADITIONAL_CHINESE)).isEqualTo("編印學習材料");
    assertThat(ActivityKind.CENTRAL_GROUP_STUDY.label(Language.TRADITIONAL_CHINESE)).isEqualTo("理論學習中心組學習");
    assertThat(List.of(ActivityKind.LAW_STUDY_BEFORE_MEETING, ActivityKind.STUDY_MATERIAL_COMPILATION,
        ActivityKind.CENTRAL_GROUP_STUDY)).extracting(ActivityKind::measure).containsOnly(KeyMeasure.STUDY_AND_EDUCATION);
  }

  @Test
  void theFifthRoleIsAPublicityOfficerAndRovingSupervisionIsALevelOfItsOwn() {
    assertThat(GuidanceRole.PUBLICIST.label(Language.ENGLISH)).isEqualTo("publicity officer");
    assertThat(GuidanceLevel.ROVING.label(Language.TRADITIONAL_CHINESE)).isEqualTo("中央巡迴督導");
    assertThat(GuidanceLevel.ROVING.performsFiveMusts()).isFalse();
    assertThat(Stream.of(GuidanceLevel.values()).filter(GuidanceLevel::performsFiveMusts))
        .containsExactly(GuidanceLevel.CENTRAL, GuidanceLevel.MUNICIPAL, GuidanceLevel.DISTRICT);
  }
}
