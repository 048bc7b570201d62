package io.github.chuxin.examples.beijing;

import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation tree of Beijing's first batch, as the seed states it: the municipal committee
 * and its standing committee, 170 bureau-level units 市屬局級單位, and under them party
 * committees, general branches and branches totalling exactly 27,600 party organisations and
 * 494,500 members (the seed's 2.76萬 and 49.45萬, which count the organisations in the 170 units,
 * not the 市委 above them).
 *
 * <p>The seed names three of the units (地鐵公司, 市文物局, 市規劃自然資源委) and does not list
 * the others. Most of the rest bear the names of real municipal bodies, each once, for
 * illustration (the seed does not say which of them were in the first batch); the remaining
 * units, for which no name is given, are marked as samples ({@link #SAMPLE}).
 *
 * <p>Deterministic: the same tree every time. Each bureau-level unit has one party committee;
 * about one in ten of its other organisations is a general branch grouping branches; members sit
 * in branches, each of which has between 3 and 50 members, so the size rules hold.
 */
public final class BeijingTree {

  /** The first batch's bureau-level units, as the seed states. */
  public static final int BUREAU_UNITS = 170;
  /** The party organisations in those units: 2.76萬. */
  public static final int PARTY_ORGANISATIONS = 27_600;
  /** The party members in those units: 49.45萬. */
  public static final int MEMBERS = 494_500;

  /** The mark of a name the source does not give: a sample 示例, not a real body or person. */
  public static final String SAMPLE = "（示例）";

  /** The municipal committee's identifier. */
  public static final OrgId MUNICIPAL_COMMITTEE = OrgId.of("bj");
  /** The standing committee's identifier. */
  public static final OrgId STANDING_COMMITTEE = OrgId.of("bj-standing");
  /** The subway company 地鐵公司. */
  public static final OrgId SUBWAY = OrgId.of("bj-u001");
  /** The cultural heritage bureau 市文物局. */
  public static final OrgId CULTURAL_HERITAGE = OrgId.of("bj-u002");
  /** The planning and natural resources commission 市規劃自然資源委. */
  public static final OrgId PLANNING = OrgId.of("bj-u003");

  private static final String[] NAMES = {
    "地鐵公司", "市文物局", "市規劃自然資源委", "市發展改革委", "市教委", "市科委", "市經濟和信息化局", "市公安局", "市民政局", "市司法局", "市財政局",
    "市人力資源社會保障局", "市生態環境局", "市住房城鄉建設委", "市城市管理委", "市交通委", "市水務局", "市農業農村局", "市商務局", "市文化和旅遊局", "市衛生健康委",
    "市退役軍人事務局", "市應急管理局", "市審計局", "市國資委", "市市場監管局", "市廣電局", "市體育局", "市統計局", "市園林綠化局", "市醫保局", "市地方金融監管局",
    "市信訪辦", "市政務服務局", "市人防辦", "市國安局", "市監獄管理局", "市戒毒管理局", "市糧食和物資儲備局", "市藥監局", "市知識產權局", "市民族宗教委", "市外辦", "市僑辦",
    "市檔案局", "首鋼集團", "北京汽車集團", "北京控股集團", "北京城建集團", "北京建工集團", "北京首都開發控股", "北京能源集團", "北京燃氣集團", "北京公交集團", "北京銀行",
    "北京農商銀行", "北京首農食品集團", "北京電子控股", "北京祥龍公司", "北京市政路橋集團", "北京排水集團", "北京自來水集團", "北京熱力集團", "北京環衛集團", "北京旅遊集團",
    "首創集團", "北京國有資本經營管理中心", "北京金隅集團", "北京二商集團", "北京一輕控股", "北京紡織控股", "北京醫藥集團", "北京同仁堂集團", "北京出版集團", "北京日報社",
    "北京廣播電視台", "北京青年報社", "北京聯合大學", "北京工業大學", "首都醫科大學", "首都師範大學", "北京建築大學", "北京信息科技大學", "北京工商大學", "首都經濟貿易大學",
    "北京第二外國語學院", "北京電影學院", "北京城市學院", "北京農學院", "北京石油化工學院", "北京物資學院", "北京體育職業學院", "北京社會科學院", "北京市農林科學院",
    "北京市科學技術研究院", "市委黨校", "市委宣傳部", "市委組織部", "市委統戰部", "市委政法委", "市委社會工委", "市直機關工委", "市紀委市監委機關", "市人大常委會機關",
    "市政協機關", "市高級法院", "市檢察院", "市總工會", "團市委", "市婦聯", "市科協", "市文聯", "市社科聯", "市殘聯", "市紅十字會", "市貿促會", "市工商聯", "市僑聯",
    "市委研究室", "市委網信辦", "市委編辦", "市委老幹部局", "市委機要局", "市委保密辦", "市委台辦", "市委黨史研究室", "市地方志辦", "市政府研究室", "市政府參事室",
    "市委改革辦", "北京經濟技術開發區工委", "中關村管委會", "北京城市副中心管委會", "市重大項目辦", "市冬奧組委", "北京世園局", "北京新機場指揮部", "北京天壇醫院", "北京朝陽醫院",
    "北京友誼醫院", "北京同仁醫院", "北京安貞醫院", "北京宣武醫院", "北京積水潭醫院", "北京兒童醫院", "北京婦產醫院", "北京腫瘤醫院", "北京口腔醫院", "北京地壇醫院",
    "北京佑安醫院", "北京胸科醫院", "北京老年醫院", "北京中醫醫院", "北京世紀壇醫院", "北京小湯山醫院", "北京急救中心", "北京血液中心", "北京疾控中心", "北京衛生監督所",
    "北京醫院管理中心", "北京職業病防治所", "北京市保安服務總公司"
  };

  private BeijingTree() {}

  /**
   * Builds the tree.
   *
   * @return the organisations, parents before children
   */
  public static List<Organisation> organisations() {
    List<Organisation> orgs = new ArrayList<>(PARTY_ORGANISATIONS + BUREAU_UNITS + 2);
    orgs.add(Organisation.builder().id(MUNICIPAL_COMMITTEE).kind(OrgKind.MUNICIPAL_COMMITTEE).name("中共北京市委").build());
    orgs.add(Organisation.builder().id(STANDING_COMMITTEE).parentId(MUNICIPAL_COMMITTEE)
        .kind(OrgKind.STANDING_COMMITTEE).name("市委常委會").build());
    int[] orgShares = shares(PARTY_ORGANISATIONS, 17);
    int[] memberShares = shares(MEMBERS, 17);
    for (int u = 0; u < BUREAU_UNITS; u++) {
      String unitId = String.format("bj-u%03d", u + 1);
      String name = unitName(u + 1);
      OrgId unit = OrgId.of(unitId);
      orgs.add(Organisation.builder().id(unit).parentId(MUNICIPAL_COMMITTEE).kind(OrgKind.BUREAU_LEVEL_UNIT)
          .name(name).declaredSubtreeMembers(memberShares[u]).build());
      addPartyOrganisations(orgs, unit, name, orgShares[u], memberShares[u]);
    }
    return orgs;
  }

  /**
   * Returns the name of a bureau-level unit: a real body's name, or for the units beyond the
   * names given, a name marked as a sample.
   *
   * @param u the unit's number, from 1 to {@link #BUREAU_UNITS}
   * @return the name, such as 地鐵公司 or （示例）市屬單位170
   */
  public static String unitName(int u) {
    if (u < 1 || u > BUREAU_UNITS) {
      throw new IllegalArgumentException("unit numbers run from 1 to " + BUREAU_UNITS + ", not " + u);
    }
    return u <= NAMES.length ? NAMES[u - 1] : SAMPLE + "市屬單位" + u;
  }

  /** One party committee, general branches (one in ten of the rest) and branches holding all members. */
  private static void addPartyOrganisations(List<Organisation> orgs, OrgId unit, String name, int count, int members) {
    OrgId committee = OrgId.of(unit.value() + "-pc");
    orgs.add(Organisation.builder().id(committee).parentId(unit).kind(OrgKind.PARTY_COMMITTEE)
        .name(name.endsWith("黨委") ? name : name + "黨委").build());
    int rest = count - 1;
    int generals = rest / 10;
    int branches = rest - generals;
    for (int g = 0; g < generals; g++) {
      orgs.add(Organisation.builder().id(OrgId.of(unit.value() + "-g" + g)).parentId(committee)
          .kind(OrgKind.GENERAL_BRANCH).name(name + "第" + (g + 1) + "黨總支").build());
    }
    for (int b = 0; b < branches; b++) {
      int share = members / branches + (b < members % branches ? 1 : 0);
      int probationary = share / 20;
      OrgId parent = generals > 0 && b % 3 == 0 ? OrgId.of(unit.value() + "-g" + (b / 3 % generals)) : committee;
      orgs.add(Organisation.builder().id(OrgId.of(unit.value() + "-b" + b)).parentId(parent)
          .kind(OrgKind.BRANCH).name(name + "第" + (b + 1) + "黨支部")
          .members(MemberCount.of(share - probationary, probationary)).build());
    }
  }

  /** Splits a total over the units with deterministic weights from 6 to 6 + spread - 1, exactly. */
  private static int[] shares(int total, int spread) {
    int[] weights = new int[BUREAU_UNITS];
    long sum = 0;
    for (int u = 0; u < BUREAU_UNITS; u++) {
      weights[u] = 6 + (u * 7) % spread;
      sum += weights[u];
    }
    int[] shares = new int[BUREAU_UNITS];
    int given = 0;
    for (int u = 0; u < BUREAU_UNITS; u++) {
      shares[u] = (int) (total * (long) weights[u] / sum);
      given += shares[u];
    }
    for (int u = 0; given < total; u = (u + 1) % BUREAU_UNITS) {
      shares[u]++;
      given++;
    }
    return shares;
  }
}
