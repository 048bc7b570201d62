package io.github.chuxin.i18n;

/**
 * The campaign's concepts, with their display labels: for column headers, titles and messages
 * that name a concept rather than a value.
 */
public enum Term implements Labelled {
  /** 主題教育 (主题教育): the campaign. */
  CAMPAIGN(Label.of("campaign", "主题教育", "主題教育")),
  /** 總要求 (总要求): the general requirement. */
  GENERAL_REQUIREMENT(Label.of("general requirement", "总要求", "總要求")),
  /** 目標任務 (目标任务): objectives. */
  OBJECTIVES(Label.of("objectives", "目标任务", "目標任務")),
  /** 重點措施 (重点措施): key measures. */
  KEY_MEASURES(Label.of("key measures", "重点措施", "重點措施")),
  /** 批次 (批次): batch. */
  BATCH(Label.of("batch", "批次", "批次")),
  /** 組織 (组织): organisation. */
  ORGANISATION(Label.of("organisation", "组织", "組織")),
  /** 黨組織 (党组织): party organisation. */
  PARTY_ORGANISATION(Label.of("party organisation", "党组织", "黨組織")),
  /** 黨員 (党员): party member. */
  PARTY_MEMBER(Label.of("party member", "党员", "黨員")),
  /** 市屬局級單位 (市属局级单位): bureau-level unit. */
  BUREAU_LEVEL_UNIT(Label.of("bureau-level unit", "市属局级单位", "市屬局級單位")),
  /** 領導幹部 (领导干部): leader. */
  LEADER(Label.of("leader", "领导干部", "領導幹部")),
  /** 指導組 (指导组): guidance group. */
  GUIDANCE_GROUP(Label.of("guidance group", "指导组", "指導組")),
  /** 實施方案 (实施方案): implementation plan. */
  IMPLEMENTATION_PLAN(Label.of("implementation plan", "实施方案", "實施方案")),
  /** 活動 (活动): activity. */
  ACTIVITY(Label.of("activity", "活动", "活動")),
  /** 問題 (问题): problem. */
  PROBLEM(Label.of("problem", "问题", "問題")),
  /** 檢視問題清單 (检视问题清单): problem list. */
  PROBLEM_LIST(Label.of("problem list", "检视问题清单", "檢視問題清單")),
  /** 整改落實任務 (整改落实任务): rectification item. */
  RECTIFICATION_ITEM(Label.of("rectification item", "整改落实任务", "整改落實任務")),
  /** 整改舉措 (整改举措): measures. */
  MEASURES(Label.of("measures", "整改举措", "整改舉措")),
  /** 責任單位 (责任单位): responsible unit. */
  RESPONSIBLE_UNIT(Label.of("responsible unit", "责任单位", "責任單位")),
  /** 牽頭領導 (牵头领导): lead leader. */
  LEAD_LEADER(Label.of("lead leader", "牵头领导", "牽頭領導")),
  /** 完成時限 (完成时限): deadline. */
  DEADLINE(Label.of("deadline", "完成时限", "完成時限")),
  /** 整改進展 (整改进展): progress. */
  PROGRESS(Label.of("progress", "整改进展", "整改進展")),
  /** 專項整治 (专项整治): special rectification. */
  SPECIAL_RECTIFICATION(Label.of("special rectification", "专项整治", "專項整治")),
  /** 臺賬 (台账): ledger. */
  LEDGER(Label.of("ledger", "台账", "臺賬")),
  /** 成績單 (成绩单): report card. */
  REPORT_CARD(Label.of("report card", "成绩单", "成績單")),
  /** 銷號 (销号): sign-off. */
  SIGN_OFF(Label.of("sign-off", "销号", "銷號"));

  private final Label label;

  Term(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
