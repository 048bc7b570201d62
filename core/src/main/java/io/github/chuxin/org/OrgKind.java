package io.github.chuxin.org;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of a unit in the organisation hierarchy 組織體系 (组织体系).
 *
 * <p>Administrative units (municipal committee, district, subdistrict, community, bureau-level
 * unit) contain party organisations (party committee, general branch, branch, joint branch);
 * a temporary organisation 臨時黨組織 (临时党组织) is a time-bound second affiliation whose
 * members keep their home organisation, so its members do not count toward roll-up totals.
 * {@link #mayContain(OrgKind)} states the default nesting; validation reports a unit nested
 * under a kind that cannot contain it.
 */
public enum OrgKind implements Labelled {
  /** 市委 (市委): the municipal party committee. */
  MUNICIPAL_COMMITTEE(Label.of("municipal party committee", "市委", "市委"), false),
  /** 市委常委會 (市委常委会): the standing committee of the municipal committee. */
  STANDING_COMMITTEE(Label.of("standing committee", "市委常委会", "市委常委會"), false),
  /** 區委 (区委): a district committee. */
  DISTRICT(Label.of("district committee", "区委", "區委"), false),
  /** 街道 (街道): a subdistrict. */
  SUBDISTRICT(Label.of("subdistrict", "街道", "街道"), false),
  /** 鄉鎮 (乡镇): a township. */
  TOWNSHIP(Label.of("township", "乡镇", "鄉鎮"), false),
  /** 社區 (社区): an urban community. */
  COMMUNITY(Label.of("community", "社区", "社區"), false),
  /** 村 (村): a village. */
  VILLAGE(Label.of("village", "村", "村"), false),
  /** 市屬局級單位 (市属局级单位): a municipal bureau-level unit, such as 市文物局 or 地鐵公司. */
  BUREAU_LEVEL_UNIT(Label.of("bureau-level unit", "市属局级单位", "市屬局級單位"), false),
  /** 黨委 (党委): a (primary-level) party committee 基層委員會 (基层委员会). */
  PARTY_COMMITTEE(Label.of("party committee", "党委", "黨委"), true),
  /** 黨總支 (党总支): a general party branch. */
  GENERAL_BRANCH(Label.of("general party branch", "党总支", "黨總支"), true),
  /** 黨支部 (党支部): a party branch. */
  BRANCH(Label.of("party branch", "党支部", "黨支部"), true),
  /** 聯合黨支部 (联合党支部): a joint branch of several small units. */
  JOINT_BRANCH(Label.of("joint party branch", "联合党支部", "聯合黨支部"), true),
  /** 臨時黨組織 (临时党组织): a temporary party organisation, such as one at a command post. */
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
   * Tells whether this kind is a party organisation 黨組織 (党组织), as counted in the seed's
   * "2.76萬個黨組織", rather than an administrative unit.
   *
   * @return true for committees, general branches, branches, joint and temporary organisations
   */
  public boolean isPartyOrganisation() {
    return partyOrganisation;
  }

  /**
   * Tells whether members of this kind count toward roll-up totals: false for temporary
   * organisations, whose members keep their home organisation.
   *
   * @return whether members are counted
   */
  public boolean countsMembers() {
    return this != TEMPORARY;
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

  private static final class Nesting {
    @SuppressWarnings("unchecked")
    static final Set<OrgKind>[] ALLOWED = new Set[values().length];

    static {
      Set<OrgKind> party = EnumSet.of(PARTY_COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH, TEMPORARY);
      allow(MUNICIPAL_COMMITTEE, union(party, STANDING_COMMITTEE, DISTRICT, BUREAU_LEVEL_UNIT));
      allow(STANDING_COMMITTEE, EnumSet.noneOf(OrgKind.class));
      allow(DISTRICT, union(party, SUBDISTRICT, TOWNSHIP, BUREAU_LEVEL_UNIT));
      allow(SUBDISTRICT, union(party, COMMUNITY));
      allow(TOWNSHIP, union(party, VILLAGE, COMMUNITY));
      allow(COMMUNITY, party);
      allow(VILLAGE, party);
      allow(BUREAU_LEVEL_UNIT, party);
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
