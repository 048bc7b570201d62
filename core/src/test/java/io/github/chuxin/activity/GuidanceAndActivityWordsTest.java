package io.github.chuxin.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.guidance.GuidanceRole;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.leadership.Cadence;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.report.hotline.DispatchLevel;
import io.github.chuxin.report.hotline.RankingCategory;
import io.github.chuxin.report.hotline.Satisfaction;
import io.github.chuxin.report.readiness.Requirement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The words of guidance, leadership, activities and the hotline, as officials read them. */
class GuidanceAndActivityWordsTest {

  /** Forms a mechanical conversion leaves that standard Traditional Chinese writes otherwise. */
  private static final List<String> NOT_TRADITIONAL = List.of("每周", "征求", "收获", "干部", "关于", "会后", "五個必須");

  private static List<Labelled> labelled() {
    return Stream.<Labelled[]>of(GuidanceLevel.values(), GuidanceRole.values(), FiveMust.values(),
            LeadershipBodyKind.values(), MeetingKind.values(), Cadence.values(), ScheduleItem.Kind.values(),
            ActivityKind.values(), DispatchLevel.values(), RankingCategory.values(), Satisfaction.values(),
            Requirement.values())
        .flatMap(Stream::of).toList();
  }

  @Test
  void everyLabelHasThreeLanguagesAndTheTraditionalOneUsesStandardForms() {
    for (Labelled l : labelled()) {
      Label label = l.label();
      for (Language language : Language.values()) {
        assertThat(label.in(language)).as("%s in %s", l, language).isNotBlank();
      }
      assertThat(NOT_TRADITIONAL).as("%s: %s", l, label.traditional()).noneMatch(label.traditional()::contains);
      assertThat(label.simplified()).as(l.toString()).doesNotContain("五个必须");
    }
  }

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
