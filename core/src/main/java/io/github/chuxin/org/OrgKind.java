package io.github.chuxin.org;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of a unit in the organisation hierarchy 組織體系 (组织体系).
 *
 * <p>Party organisations 黨組織 (党组织) are the local party committees 地方黨委 (地方党委) (the
 * municipal committee 市委 and the district committees 區委), the party groups 黨組 (党组) set up
 * in state bodies and people's organisations, and the primary-level organisations: party
 * committees, general branches, branches and joint branches. The other kinds are the places they
 * are set up in: subdistricts, townships, communities, villages and bureau-level units, and the
 * municipal committee's standing committee, an organ of the committee rather than an organisation
 * of its own. A temporary organisation 臨時黨組織 (临时党组织) is a party organisation too, but a
 * time-bound second affiliation whose members keep their home organisation: it, and whatever is
 * set up inside it, is never added into a count of organisations or members
 * ({@link OrgTree#countsInTotals(int)}). {@link #mayContain(OrgKind)} states the usual nesting and
 * {@link #canContain(OrgKind)} what a kind can hold at all; validation reports an error for a unit
 * under a kind that cannot hold it and a warning for one under a kind that does not usually.
 */
public enum OrgKind implements Labelled {
  /** 市委 (市委): the municipal party committee, a local party committee 地方黨委 (地方党委). */
  MUNICIPAL_COMMITTEE(Label.of("municipal party committee", "市委", "市委"), true),
  /**
   * 市委常委會 (市委常委会): the standing committee of the municipal committee, an organ of the
   * committee that is not counted as a party organisation of its own.
   */
  STANDING_COMMITTEE(Label.of("standing committee", "市委常委会", "市委常委會"), false),
  /** 區委 (区委): a district party committee, a local party committee 地方黨委 (地方党委). */
  DISTRICT(Label.of("district committee", "区委", "區委"), true),
  /** 街道 (街道): a subdistrict, in which a party working committee or committee is set up. */
  SUBDISTRICT(Label.of("subdistrict", "街道", "街道"), false),
  /** 鄉鎮 (乡镇): a township. */
  TOWNSHIP(Label.of("township", "乡镇", "鄉鎮"), false),
  /** 社區 (社区): an urban community. */
  COMMUNITY(Label.of("community", "社区", "社區"), false),
  /** 村 (村): a village. */
  VILLAGE(Label.of("village", "村", "村"), false),
  /** 市屬局級單位 (市属局级单位): a municipal bureau-level unit, such as 市文物局 or 地鐵公司. */
  BUREAU_LEVEL_UNIT(Label.of("bureau-level unit", "市属局级单位", "市屬局級單位"), false),
  /**
   * 黨組 (党组): a party group, set up by the party committee that approves it in the leading body
   * of a state body, people's organisation or other organisation, which it leads; a bureau is
   * led by its 黨組 or its 黨委 (「黨委（黨組）」). The body's primary-level organisations, such as
   * its organ party committee 機關黨委 (机关党委), may sit below it.
   */
  PARTY_GROUP(Label.of("party group", "党组", "黨組"), true),
  /** 黨委 (党委): a (primary-level) party committee 基層委員會 (基层委员会). */
  PARTY_COMMITTEE(Label.of("party committee", "党委", "黨委"), true),
  /** 黨總支 (党总支): a general party branch. */
  GENERAL_BRANCH(Label.of("general party branch", "党总支", "黨總支"), true),
  /** 黨支部 (党支部): a party branch. */
  BRANCH(Label.of("party branch", "党支部", "黨支部"), true),
  /**
   * 聯合黨支部 (联合党支部): a joint branch of several small units (each with fewer than 3 full
   * members), which it lists in {@link Organisation#coveredUnits()}.
   */
  JOINT_BRANCH(Label.of("joint party branch", "联合党支部", "聯合黨支部"), true),
  /**
   * 臨時黨組織 (临时党组织): a temporary party organisation, such as one at a command post; never
   * counted in totals.
   */
  TEMPORARY(Label.of("temporary party organisation", "临时党组织", "臨時黨組織"), true);

  private final Label label;
  private final boolean partyOrganisation;

  OrgKind(Label label, boolean partyOrganisation) {
    this.label = label;
    this.partyOrganisation = partyOrganisation;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Tells whether this kind is a party organisation 黨組織 (党组织) rather than a place one is set
   * up in: a local party committee (市委, 區委), a party group, a primary-level committee, a
   * general branch, a branch, a joint branch or a temporary organisation. The seed's "2.76萬個黨組織"
   * counts the party organisations in the first batch's 170 units, not the 市委 above them.
   *
   * @return true for local party committees, party groups, committees, general branches,
   *     branches, joint and temporary organisations
   */
  public boolean isPartyOrganisation() {
    return partyOrganisation;
  }

  /**
   * Tells whether this kind is a temporary party organisation 臨時黨組織 (临时党组织), whose
   * members keep their home organisation and which, with everything set up inside it, no count
   * of organisations or members includes.
   *
   * @return whether it is {@link #TEMPORARY}
   */
  public boolean isTemporary() {
    return this == TEMPORARY;
  }

  /**
   * Tells whether this kind is a primary-level party organisation 基層組織 (基层组织), the kinds any
   * place may set up and which belong to the place they are set up in: a primary-level committee,
   * a general branch, a branch, a joint branch or a temporary organisation.
   *
   * @return whether it is one of those five kinds
   */
  public boolean isPrimaryLevel() {
    return switch (this) {
      case PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH, TEMPORARY -> true;
      default -> false;
    };
  }

  /**
   * Returns the kinds that a unit of this kind may contain by default.
   *
   * @return an unmodifiable set, empty for kinds that contain nothing
   */
  public Set<OrgKind> allowedChildren() {
    return Nesting.ALLOWED[ordinal()];
  }

  /**
   * Tells whether a unit of this kind may contain a unit of another kind (a branch may not
   * contain a party committee).
   *
   * @param child the kind of the contained unit, not null
   * @return whether the nesting is allowed by default
   */
  public boolean mayContain(OrgKind child) {
    return allowedChildren().contains(child);
  }

  /**
   * Tells whether a unit of this kind can contain a unit of another kind at all. A branch, a
   * joint branch and the standing committee contain nothing; a general branch contains only
   * branches, joint branches and temporary organisations; a temporary organisation only branches
   * and temporary organisations: the party's basic organisations have nothing else below them.
   * The other kinds can contain any kind, even where {@link #mayContain(OrgKind)} does not list it
   * (a village under a subdistrict, universities under a working committee): local arrangements
   * differ.
   *
   * @param child the kind of the contained unit, not null
   * @return whether the nesting is possible
   */
  public boolean canContain(OrgKind child) {
    return mayContain(child) || !Nesting.CLOSED.contains(this);
  }

  private static final class Nesting {
    /** The kinds that contain nothing but their default children. */
    static final Set<OrgKind> CLOSED = java.util.Collections.unmodifiableSet(
        EnumSet.of(STANDING_COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH, TEMPORARY));
    @SuppressWarnings("unchecked")
    static final Set<OrgKind>[] ALLOWED = new Set[values().length];

    static {
      Set<OrgKind> party = EnumSet.noneOf(OrgKind.class);
      for (OrgKind kind : values()) {
        if (kind.isPrimaryLevel()) {
          party.add(kind);
        }
      }
      allow(MUNICIPAL_COMMITTEE, union(party, STANDING_COMMITTEE, DISTRICT, BUREAU_LEVEL_UNIT, PARTY_GROUP));
      allow(STANDING_COMMITTEE, EnumSet.noneOf(OrgKind.class));
      allow(DISTRICT, union(party, SUBDISTRICT, TOWNSHIP, BUREAU_LEVEL_UNIT, PARTY_GROUP));
      allow(SUBDISTRICT, union(party, COMMUNITY));
      allow(TOWNSHIP, union(party, VILLAGE, COMMUNITY));
      allow(COMMUNITY, party);
      allow(VILLAGE, party);
      allow(BUREAU_LEVEL_UNIT, union(party, PARTY_GROUP));
      // a party group leads its body's primary-level organisations (such as the organ party committee)
      allow(PARTY_GROUP, party);
      allow(PARTY_COMMITTEE, party);
      allow(GENERAL_BRANCH, EnumSet.of(BRANCH, JOINT_BRANCH, TEMPORARY));
      allow(BRANCH, EnumSet.noneOf(OrgKind.class));
      allow(JOINT_BRANCH, EnumSet.noneOf(OrgKind.class));
      allow(TEMPORARY, EnumSet.of(BRANCH, TEMPORARY));
    }

    private static Set<OrgKind> union(Set<OrgKind> base, OrgKind... more) {
      EnumSet<OrgKind> all = EnumSet.copyOf(base);
      all.addAll(java.util.Arrays.asList(more));
      return all;
    }

    private static void allow(OrgKind parent, Set<OrgKind> children) {
      ALLOWED[parent.ordinal()] = java.util.Collections.unmodifiableSet(EnumSet.copyOf(children.isEmpty()
          ? EnumSet.noneOf(OrgKind.class) : children));
    }

    private Nesting() {}
  }
}
