package io.github.chuxin.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.i18n.Language;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  @Test
  void aUnitCannotBeItsOwnParent() {
    assertThatThrownBy(() -> Organisation.builder().id(OrgId.of("x")).parentId(OrgId.of("x"))
        .kind(OrgKind.BRANCH).name("x").build())
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.code()).isEqualTo("ORG-OWN-PARENT");
          assertThat(e.path().map(Object::toString)).contains("organisation[x].parentId");
          assertThat(e.arguments()).containsEntry("org", "x");
        })
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own parent");
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> Organisation.builder().id(OrgId.of("x")).kind(OrgKind.BRANCH).name("  ").build())
        .hasMessageContaining("name must not be blank")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> assertThat(e.code()).isEqualTo("ORG-NAME-BLANK"));
  }

  @Test
  void negativeMemberCountsAreRefused() {
    assertThatThrownBy(() -> MemberCount.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ORG-NEGATIVE-MEMBERS: ").hasMessageContaining("must not be negative")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.code()).isEqualTo("ORG-NEGATIVE-MEMBERS");
          assertThat(e.path()).isEmpty();
          assertThat(e.message(Language.SIMPLIFIED_CHINESE)).isEqualTo("党员人数不能为负：正式党员 -1 名，预备党员 0 名。");
        });
    assertThatThrownBy(() -> Organisation.builder().id(OrgId.of("x")).kind(OrgKind.BRANCH).name("x")
        .declaredSubtreeMembers(-3).build())
        .isInstanceOfSatisfying(ModelConstraintException.class,
            e -> assertThat(e.code()).isEqualTo("ORG-NEGATIVE-DECLARED-TOTAL"));
  }

  @Test
  void onlyATemporaryOrganisationHasHomeOrganisationsAndAWindow() {
    Organisation post = Organisation.builder().id(OrgId.of("national-day-post")).kind(OrgKind.TEMPORARY)
        .name("國慶指揮部臨時黨委").addHomeOrganisations(OrgId.of("subway"), OrgId.of("relics"))
        .activeFrom(LocalDate.of(2019, 6, 1)).activeUntil(LocalDate.of(2019, 10, 31)).build();
    assertThat(post.homeOrganisations()).hasSize(2);
    assertThat(post.kind().isTemporary()).isTrue();
    assertThatThrownBy(() -> Organisation.builder().id(OrgId.of("b")).kind(OrgKind.BRANCH).name("b")
        .addHomeOrganisations(OrgId.of("subway")).build())
        .hasMessageContaining("only a temporary organisation")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> assertThat(e.code()).isEqualTo("ORG-TEMPORARY-ONLY"));
  }

  @Test
  void identifiersRefuseBlankPaddedAndControlText() {
    assertThatThrownBy(() -> OrgId.of(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> OrgId.of(" a")).hasMessageContaining("white space");
    assertThatThrownBy(() -> OrgId.of("a\u0001")).hasMessageContaining("control");
    assertThatThrownBy(() -> OrgId.of("x".repeat(129))).hasMessageContaining("at most 128");
    assertThat(OrgId.of("bj")).isEqualTo(OrgId.of("bj")).isNotEqualTo(OrgId.of("sh"));
  }

  @Test
  void aBranchMayNotContainAPartyCommitteeButACommitteeMayContainABranch() {
    assertThat(OrgKind.BRANCH.mayContain(OrgKind.PARTY_COMMITTEE)).isFalse();
    assertThat(OrgKind.PARTY_COMMITTEE.mayContain(OrgKind.BRANCH)).isTrue();
    assertThat(OrgKind.BUREAU_LEVEL_UNIT.isPartyOrganisation()).isFalse();
    assertThat(OrgKind.GENERAL_BRANCH.isPartyOrganisation()).isTrue();
  }

  @Test
  void theMunicipalAndDistrictCommitteesAndPartyGroupsArePartyOrganisationsButTheStandingCommitteeIsNot() {
    assertThat(OrgKind.MUNICIPAL_COMMITTEE.isPartyOrganisation()).as("市委, a local party committee").isTrue();
    assertThat(OrgKind.DISTRICT.isPartyOrganisation()).as("區委, a local party committee").isTrue();
    assertThat(OrgKind.PARTY_GROUP.isPartyOrganisation()).as("黨組").isTrue();
    assertThat(OrgKind.STANDING_COMMITTEE.isPartyOrganisation()).as("an organ of the 市委").isFalse();
    assertThat(OrgKind.SUBDISTRICT.isPartyOrganisation()).isFalse();
    assertThat(OrgKind.VILLAGE.isPartyOrganisation()).isFalse();
  }

  @Test
  void aPartyGroupLeadsItsBodysOrganisationsInsideABureauOrUnderALocalCommittee() {
    assertThat(OrgKind.PARTY_GROUP.label().traditional()).isEqualTo("黨組");
    assertThat(OrgKind.PARTY_GROUP.label().simplified()).isEqualTo("党组");
    assertThat(OrgKind.PARTY_GROUP.label().english()).isEqualTo("party group");
    assertThat(OrgKind.BUREAU_LEVEL_UNIT.mayContain(OrgKind.PARTY_GROUP)).isTrue();
    assertThat(OrgKind.MUNICIPAL_COMMITTEE.mayContain(OrgKind.PARTY_GROUP)).isTrue();
    assertThat(OrgKind.DISTRICT.mayContain(OrgKind.PARTY_GROUP)).isTrue();
    assertThat(OrgKind.PARTY_GROUP.mayContain(OrgKind.PARTY_COMMITTEE)).as("the organ party committee").isTrue();
    assertThat(OrgKind.PARTY_GROUP.mayContain(OrgKind.BRANCH)).isTrue();
    assertThat(OrgKind.VILLAGE.mayContain(OrgKind.PARTY_GROUP)).isFalse();
    assertThat(OrgKind.PARTY_COMMITTEE.mayContain(OrgKind.PARTY_GROUP)).isFalse();
    assertThat(OrgKind.BRANCH.canContain(OrgKind.PARTY_GROUP)).isFalse();
  }

  @Test
  void onlyTheBasicOrganisationsAndTheStandingCommitteeRefuseWhatTheyDoNotUsuallyContain() {
    for (OrgKind parent : OrgKind.values()) {
      for (OrgKind child : OrgKind.values()) {
        boolean closed = EnumSet.of(OrgKind.STANDING_COMMITTEE, OrgKind.GENERAL_BRANCH, OrgKind.BRANCH,
            OrgKind.JOINT_BRANCH, OrgKind.TEMPORARY).contains(parent);
        assertThat(parent.canContain(child)).as("%s can contain %s", parent, child)
            .isEqualTo(parent.mayContain(child) || !closed);
      }
    }
    assertThat(OrgKind.SUBDISTRICT.mayContain(OrgKind.VILLAGE)).isFalse();
    assertThat(OrgKind.SUBDISTRICT.canContain(OrgKind.VILLAGE)).as("a village under a subdistrict happens").isTrue();
    assertThat(OrgKind.GENERAL_BRANCH.canContain(OrgKind.PARTY_COMMITTEE)).isFalse();
  }

  @Test
  void onlyAJointBranchCoversUnitsAndACommitteeSizeIsNeverNegative() {
    Organisation joint = Organisation.builder().id(OrgId.of("j")).kind(OrgKind.JOINT_BRANCH).name("聯合黨支部")
        .addCoveredUnits("甲公司", "乙公司").committeeSize(0).build();
    assertThat(joint.coveredUnits()).containsExactly("甲公司", "乙公司");
    assertThatThrownBy(() -> Organisation.builder().id(OrgId.of("b")).kind(OrgKind.BRANCH).name("b")
        .addCoveredUnits("甲公司").build())
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.code()).isEqualTo("ORG-JOINT-BRANCH-ONLY");
          assertThat(e.path().map(Object::toString)).contains("organisation[b].coveredUnits");
        });
    assertThatThrownBy(() -> Organisation.builder().id(OrgId.of("b")).kind(OrgKind.BRANCH).name("b")
        .committeeSize(-1).build())
        .isInstanceOfSatisfying(ModelConstraintException.class,
            e -> assertThat(e.code()).isEqualTo("ORG-NEGATIVE-COMMITTEE-SIZE"));
    assertThat(Organisation.builder().id(OrgId.of("b")).kind(OrgKind.BRANCH).name("b").build().committeeSize())
        .as("unknown unless recorded").isEmpty();
  }
}
