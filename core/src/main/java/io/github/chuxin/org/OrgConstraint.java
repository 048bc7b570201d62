package io.github.chuxin.org;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on organisations and leaders 組織約束 (组织约束) that {@link MemberCount},
 * {@link Organisation} and {@link Leader} enforce when they are built.
 *
 * <p>A value that breaks one cannot be built: its factory or builder throws a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} with the constant's code. The
 * validation catalogue lists each as a rule enforced at construction. Codes are API: they are
 * never renumbered or reused.
 */
public enum OrgConstraint implements ModelConstraint {

  /** {@code ORG-NEGATIVE-MEMBERS}: a negative member count. */
  NEGATIVE_MEMBERS("ORG-NEGATIVE-MEMBERS",
      Label.of("a negative member count", "党员人数为负", "黨員人數為負"),
      Label.of("Member counts must not be negative: {full} full and {probationary} probationary members.",
          "党员人数不能为负：正式党员 {full} 名，预备党员 {probationary} 名。",
          "黨員人數不能為負：正式黨員 {full} 名，預備黨員 {probationary} 名。")),

  /** {@code ORG-NEGATIVE-DECLARED-TOTAL}: a negative declared subtree member total. */
  NEGATIVE_DECLARED_TOTAL("ORG-NEGATIVE-DECLARED-TOTAL",
      Label.of("a negative declared subtree member total", "申报的党员总数为负", "申報的黨員總數為負"),
      Label.of("Organisation {org} declares {declared} members in its subtree;"
              + " declared subtree members must not be negative.",
          "组织 {org} 申报下属党员共 {declared} 名；申报总数不能为负。",
          "組織 {org} 申報下屬黨員共 {declared} 名；申報總數不能為負。")),

  /** {@code ORG-NAME-BLANK}: an organisation without a name. */
  NAME_BLANK("ORG-NAME-BLANK",
      Label.of("an organisation without a name", "组织名称为空", "組織名稱為空"),
      Label.of("Organisation {org}: name must not be blank.",
          "组织 {org} 的名称不能为空。",
          "組織 {org} 的名稱不能為空。")),

  /** {@code ORG-OWN-PARENT}: an organisation that names itself as its parent. */
  OWN_PARENT("ORG-OWN-PARENT",
      Label.of("an organisation that is its own parent", "组织以自身为上级", "組織以自身為上級"),
      Label.of("Organisation {org}: a unit cannot be its own parent.",
          "组织 {org} 不能以自身为上级。",
          "組織 {org} 不能以自身為上級。")),

  /** {@code ORG-ACTIVE-WINDOW-INVERTED}: a temporary organisation active until a day before it is active from. */
  ACTIVE_WINDOW_INVERTED("ORG-ACTIVE-WINDOW-INVERTED",
      Label.of("a temporary organisation active until a day before it is active from",
          "临时组织的存续截止日期早于起始日期", "臨時組織的存續截止日期早於起始日期"),
      Label.of("Organisation {org} is active until {until}, before it is active from {from}.",
          "组织 {org} 的存续截止日期 {until} 早于起始日期 {from}。",
          "組織 {org} 的存續截止日期 {until} 早於起始日期 {from}。")),

  /** {@code ORG-TEMPORARY-ONLY}: home organisations or an active window on an organisation that is not temporary. */
  TEMPORARY_ONLY("ORG-TEMPORARY-ONLY",
      Label.of("home organisations or an active window on an organisation that is not temporary",
          "非临时组织填写了原所在组织或存续期", "非臨時組織填寫了原所在組織或存續期"),
      Label.of("Organisation {org}: only a temporary organisation has home organisations or an active window.",
          "组织 {org}：只有临时党组织才有原所在组织或存续期。",
          "組織 {org}：只有臨時黨組織才有原所在組織或存續期。")),

  /** {@code ORG-JOINT-BRANCH-ONLY}: covered units on an organisation that is not a joint branch. */
  JOINT_BRANCH_ONLY("ORG-JOINT-BRANCH-ONLY",
      Label.of("covered units on an organisation that is not a joint branch",
          "非联合党支部填写了覆盖单位", "非聯合黨支部填寫了覆蓋單位"),
      Label.of("Organisation {org}: only a joint branch covers units; an organisation covering several units is a joint branch.",
          "组织 {org}：只有联合党支部才有覆盖单位；覆盖多个单位的组织即联合党支部。",
          "組織 {org}：只有聯合黨支部才有覆蓋單位；覆蓋多個單位的組織即聯合黨支部。")) {
    @Override
    public RuleSource source() {
      return RuleSource.integrity("an organisation that covers several units is a joint branch 聯合黨支部");
    }
  },

  /** {@code ORG-NEGATIVE-COMMITTEE-SIZE}: a committee with a negative number of members. */
  NEGATIVE_COMMITTEE_SIZE("ORG-NEGATIVE-COMMITTEE-SIZE",
      Label.of("a committee with a negative number of members", "委员会委员人数为负", "委員會委員人數為負"),
      Label.of("Organisation {org} records a committee of {size} members; a committee size must not be negative.",
          "组织 {org} 的委员会委员人数为 {size}；人数不能为负。",
          "組織 {org} 的委員會委員人數為 {size}；人數不能為負。")),

  /** {@code ORG-LEADER-NAME-BLANK}: a leader without a name. */
  LEADER_NAME_BLANK("ORG-LEADER-NAME-BLANK",
      Label.of("a leader without a name", "领导姓名为空", "領導姓名為空"),
      Label.of("Leader {leader}: name must not be blank.",
          "领导 {leader} 的姓名不能为空。",
          "領導 {leader} 的姓名不能為空。"));

  private final Entry entry;

  OrgConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }
}
