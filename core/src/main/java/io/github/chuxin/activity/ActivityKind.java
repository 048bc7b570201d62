package io.github.chuxin.activity;

import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * A kind of campaign activity, with the key measure it serves: the study and education forms the
 * seed lists (¶2), research visits and the special meeting (¶3).
 */
public enum ActivityKind implements Labelled {
  /** 集中學習研討 (集中学习研讨): concentrated study. */
  STUDY(Label.of("concentrated study", "集中学习研讨", "集中學習研討"), KeyMeasure.STUDY_AND_EDUCATION),
  /** 專題研討 (专题研讨): thematic seminar. */
  SEMINAR(Label.of("thematic seminar", "专题研讨", "專題研討"), KeyMeasure.STUDY_AND_EDUCATION),
  /** 黨課 (党课): party lecture, such as the secretary's lecture on the "four clarities". */
  PARTY_LECTURE(Label.of("party lecture", "党课", "黨課"), KeyMeasure.STUDY_AND_EDUCATION),
  /** 革命傳統教育 (革命传统教育): education at a red site, such as 北大紅樓. */
  RED_SITE_EDUCATION(Label.of("red-site education", "革命传统教育", "革命傳統教育"), KeyMeasure.STUDY_AND_EDUCATION),
  /** 警示教育 (警示教育): warning education with case studies. */
  WARNING_EDUCATION(Label.of("warning education", "警示教育", "警示教育"), KeyMeasure.STUDY_AND_EDUCATION),
  /**
   * 理論學習中心組學習 (理论学习中心组学习): the theory study central group's monthly study (seed ¶2:
   * 「每月一次的理論學習中心組學習」).
   */
  CENTRAL_GROUP_STUDY(Label.of("central group study", "理论学习中心组学习", "理論學習中心組學習"),
      KeyMeasure.STUDY_AND_EDUCATION),
  /**
   * 會前學法 (会前学法): law study before a committee meeting, such as the standing committee's study of
   * the party's regulations before each of its meetings (seed ¶2: 「利用每次常委會會前學法的制度」).
   */
  LAW_STUDY_BEFORE_MEETING(Label.of("law study before a committee meeting", "会前学法", "會前學法"),
      KeyMeasure.STUDY_AND_EDUCATION),
  /**
   * 編印學習材料 (编印学习材料): the compilation and issue of study material for party members, such as
   * 《習近平關於北京工作論述摘編》 (seed ¶2: 「編印《習近平關於北京工作論述摘編》，供黨員幹部學習使用」) or
   * a handbook of what members should know 應知應會 (应知应会); its day is the day of issue and its
   * topic the title.
   */
  STUDY_MATERIAL_COMPILATION(Label.of("study material compilation", "编印学习材料", "編印學習材料"),
      KeyMeasure.STUDY_AND_EDUCATION),
  /** 調研 (调研): research visit. */
  RESEARCH_VISIT(Label.of("research visit", "调研", "調研"), KeyMeasure.INVESTIGATION_AND_RESEARCH),
  /** 對照黨章黨規找差距專題會 (对照党章党规找差距专题会): special meeting to find the gaps. */
  SPECIAL_MEETING(Label.of("special meeting", "对照党章党规找差距专题会", "對照黨章黨規找差距專題會"),
      KeyMeasure.EXAMINING_PROBLEMS);

  private final Label label;
  private final KeyMeasure measure;

  ActivityKind(Label label, KeyMeasure measure) {
    this.label = label;
    this.measure = measure;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns the key measure activities of this kind serve.
   *
   * @return the measure
   */
  public KeyMeasure measure() {
    return measure;
  }
}
