package io.github.chuxin.validation;

import static io.github.chuxin.validation.CatalogueBuilder.l;
import static io.github.chuxin.validation.SnapshotEdits.addToDeclaredTotals;
import static io.github.chuxin.validation.SnapshotEdits.children;
import static io.github.chuxin.validation.SnapshotEdits.ghost;
import static io.github.chuxin.validation.SnapshotEdits.ofKind;
import static io.github.chuxin.validation.SnapshotEdits.pick;
import static io.github.chuxin.validation.SnapshotEdits.replaceOrg;
import static io.github.chuxin.validation.SnapshotEdits.withOrgs;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgConstraint;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.org.TreeDefect;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * The rules of the organisation tree ({@code ORG-…}) in catalogue order, each beside its source,
 * its messages and its breakage.
 *
 * <p>The size rules follow 《中國共產黨支部工作條例（試行）》 (2018): a unit with 3 or more full
 * members forms a branch and a branch normally has at most 50 members (第四條); a joint branch
 * normally covers at most 5 units, and a project or work of 6 months or more forms a branch
 * (第五條); a branch with 7 or more full members has a branch committee (its chapter 6). They are
 * warnings with thresholds in {@link ValidationConfig}. Temporary organisations, and whatever is
 * set up inside them, count toward no total ({@link OrgTree#countsInTotals(int)}).
 */
final class OrganisationRules {

  /** 《中國共產黨支部工作條例（試行）》 (2018), as the size rules cite it. */
  static final String BRANCH_REGULATION = "《中國共產黨支部工作條例（試行）》(2018)";

  /** The kinds below which a committee "may" be set up rather than "should": villages and communities. */
  private static final Set<OrgKind> MAY_ONLY = EnumSet.of(OrgKind.VILLAGE, OrgKind.COMMUNITY);

  /** The branch kinds that the branch-committee rule checks. */
  private static final Set<OrgKind> BRANCHES = EnumSet.of(OrgKind.BRANCH, OrgKind.JOINT_BRANCH);

  private static final Label ADVICE_REDESIGNATE = l(
      "re-designate it a party committee (a primary-level committee) with the higher organisation's approval",
      "应经上级党组织批准改设为党的基层委员会", "應經上級黨組織批准改設為黨的基層委員會");
  private static final Label ADVICE_SET_UP = l(
      "it should set up a party committee (a primary-level committee) with the higher organisation's approval",
      "应经上级党组织批准设立党的基层委员会", "應經上級黨組織批准設立黨的基層委員會");

  /** The kinds a breakage may nest wrongly: none of them wants a batch or members. */
  private static final List<OrgKind> NESTABLE = List.of(OrgKind.MUNICIPAL_COMMITTEE, OrgKind.DISTRICT,
      OrgKind.SUBDISTRICT, OrgKind.PARTY_COMMITTEE, OrgKind.GENERAL_BRANCH);

  private OrganisationRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("ORG-DUPLICATE-ID", Severity.ERROR, RuleSource.integrity("organisation identifiers are unique"),
        l("two organisations share an id", "两个组织的标识相同", "兩個組織的標識相同"),
        l("Organisation id {org} is used more than once.", "组织标识 {org} 重复使用。", "組織標識 {org} 重複使用。"),
        defect(TreeDefect.Kind.DUPLICATE_ID),
        (c, r) -> {
          Organisation leaf = pick(r, leaves(c));
          return withOrgs(c, orgs -> orgs.add(r.nextInt(orgs.size() + 1), Organisation.builder().from(leaf)
              .name(leaf.name() + "（重複）").build()));
        });
    rules.add("ORG-ORPHAN", Severity.ERROR, RuleSource.integrity("an organisation's parent is in the tree"),
        l("an organisation's parent does not exist", "组织的上级不存在", "組織的上級不存在"),
        l("Organisation {org} names parent {parent}, which does not exist.",
            "组织 {org} 的上级 {parent} 不存在。", "組織 {org} 的上級 {parent} 不存在。"),
        defect(TreeDefect.Kind.ORPHAN),
        (c, r) -> {
          Organisation leaf = pick(r, leaves(c));
          OrgId ghost = OrgId.of(ghost("org", r));
          return replaceOrg(c, leaf.id(), o -> Organisation.builder().from(o).parentId(ghost).build());
        });
    rules.add("ORG-CYCLE", Severity.ERROR, RuleSource.integrity("the organisations form a tree"),
        l("an organisation lies on or below a cycle of parents", "组织处于上下级循环之中或之下", "組織處於上下級循環之中或之下"),
        l("Organisation {org} lies on or below a cycle of parents (parent {parent}).",
            "组织 {org} 处于上下级循环之中或之下（上级 {parent}）。", "組織 {org} 處於上下級循環之中或之下（上級 {parent}）。"),
        defect(TreeDefect.Kind.CYCLE),
        (c, r) -> {
          Map<OrgId, List<Organisation>> children = children(c);
          List<Organisation> inner = c.organisations().stream()
              .filter(o -> o.parentId().isPresent() && children.containsKey(o.id())).toList();
          if (inner.isEmpty()) {
            // a flat tree: two leaves become each other's parent
            List<Organisation> leaves = new ArrayList<>(leaves(c));
            Organisation a = leaves.remove(r.nextInt(leaves.size()));
            Organisation b = pick(r, leaves);
            return replaceOrg(replaceOrg(c, a.id(), o -> Organisation.builder().from(o).parentId(b.id()).build()),
                b.id(), o -> Organisation.builder().from(o).parentId(a.id()).build());
          }
          Organisation node = pick(r, inner);
          Organisation child = pick(r, children.get(node.id()));
          return replaceOrg(c, node.id(), o -> Organisation.builder().from(o).parentId(child.id()).build());
        });
    rules.add("ORG-ILLEGAL-NESTING", Severity.ERROR,
        RuleSource.regulation("《中國共產黨章程》第三十條: 基層委員會、總支部委員會、支部委員會; a branch is the basic"
            + " organisation, with nothing below it, a general branch holds branches"),
        l("a unit under a branch, joint branch, general branch, temporary organisation or standing committee that"
                + " cannot hold it",
            "组织隶属于不能容纳它的党支部、联合党支部、党总支、临时党组织或常委会",
            "組織隸屬於不能容納它的黨支部、聯合黨支部、黨總支、臨時黨組織或常委會"),
        l("Organisation {org} ({kind}) cannot be under {parent} ({parentKind}).",
            "组织 {org}（{kind}）不能隶属于 {parent}（{parentKind}）。", "組織 {org}（{kind}）不能隸屬於 {parent}（{parentKind}）。"),
        nesting(false),
        (c, r) -> nestWrongly(withSomeBranch(c, r), r, false));
    rules.add("ORG-UNUSUAL-NESTING", Severity.WARNING,
        RuleSource.policy("the default nesting of OrgKind.mayContain; local arrangements differ (a village under a"
            + " subdistrict, units under a working committee)"),
        l("a kind nested under a kind that does not usually contain it", "组织类型通常不隶属于其上级类型",
            "組織類型通常不隸屬於其上級類型"),
        l("Organisation {org} ({kind}) is under {parent} ({parentKind}), which does not usually contain it.",
            "组织 {org}（{kind}）隶属于 {parent}（{parentKind}），后者通常不含此类组织。",
            "組織 {org}（{kind}）隸屬於 {parent}（{parentKind}），後者通常不含此類組織。"),
        nesting(true),
        (c, r) -> nestWrongly(c, r, true));
    rules.enforced(OrgConstraint.NEGATIVE_MEMBERS);
    // a warning: a declared total is often a statistical report of another date than the branches' counts
    rules.add("ORG-SUBTREE-TOTAL-MISMATCH", Severity.WARNING,
        RuleSource.integrity("a declared subtree total equals the members counted below it (temporary organisations"
            + " not counted); figures of different dates honestly differ, so a warning"),
        l("a declared subtree member total differs from the sum", "申报的党员总数与合计不符", "申報的黨員總數與合計不符"),
        l("Organisation {org} declares {declared} members in its subtree, but they sum to {actual}.",
            "组织 {org} 申报下属党员共 {declared} 名，合计实为 {actual} 名。", "組織 {org} 申報下屬黨員共 {declared} 名，合計實為 {actual} 名。"),
        onTree((tree, findings) -> {
          long[] totals = subtreeMembers(tree);
          for (int v = 0; v < tree.size(); v++) {
            Organisation o = tree.organisationAt(v);
            if (o.declaredSubtreeMembers().isPresent() && o.declaredSubtreeMembers().get() != totals[v]) {
              findings.report(org(o.id()).then("declaredSubtreeMembers"), "org", o.id().value(),
                  "declared", o.declaredSubtreeMembers().get().toString(), "actual", Long.toString(totals[v]));
            }
          }
        }),
        (c, r) -> {
          List<Organisation> declared = c.organisations().stream()
              .filter(o -> o.declaredSubtreeMembers().isPresent()).toList();
          if (declared.isEmpty()) {
            Organisation o = pick(r, c.organisations());
            return replaceOrg(c, o.id(), x -> Organisation.builder().from(x)
                .declaredSubtreeMembers(Integer.MAX_VALUE).build());
          }
          Organisation o = pick(r, declared);
          int delta = (1 + r.nextInt(20)) * (r.nextBoolean() || o.declaredSubtreeMembers().get() < 21 ? 1 : -1);
          return replaceOrg(c, o.id(), x -> Organisation.builder().from(x)
              .declaredSubtreeMembers(x.declaredSubtreeMembers().get() + delta).build());
        });
    rules.add("ORG-BRANCH-TOO-FEW-MEMBERS", Severity.WARNING,
        RuleSource.regulation(BRANCH_REGULATION + " 第四條: 有正式黨員3人以上的，都應當成立黨支部"),
        l("a branch with fewer full members than the minimum (3)", "党支部正式党员少于下限（3名）", "黨支部正式黨員少於下限（3名）"),
        l("Branch {org} has {full} full members, fewer than {minimum}; consider a joint branch.",
            "党支部 {org} 仅有正式党员 {full} 名，少于 {minimum} 名，可考虑成立联合党支部。",
            "黨支部 {org} 僅有正式黨員 {full} 名，少於 {minimum} 名，可考慮成立聯合黨支部。"),
        (view, findings) -> {
          int minimum = view.config().minimumBranchFullMembers();
          for (Organisation o : view.snapshot().organisations()) {
            if (o.kind() == OrgKind.BRANCH && o.members().full() < minimum) {
              findings.report(org(o.id()).then("members"), "org", o.id().value(),
                  "full", Integer.toString(o.members().full()), "minimum", Integer.toString(minimum));
            }
          }
        },
        (c, r) -> {
          CampaignSnapshot withBranch = withSomeBranch(c, r);
          Organisation branch = pick(r, ofKind(withBranch, OrgKind.BRANCH));
          int total = branch.members().total();
          int full = r.nextInt(Math.min(3, total + 1));
          // the total stays the same, so the declared subtree totals above stay right
          return replaceOrg(withBranch, branch.id(), o -> Organisation.builder().from(o)
              .members(MemberCount.of(full, total - full)).build());
        });
    rules.add("ORG-BRANCH-TOO-LARGE", Severity.WARNING,
        RuleSource.regulation(BRANCH_REGULATION + " 第四條: 黨支部黨員人數一般不超過50人"),
        l("a branch with more members than the maximum (50)", "党支部党员超过上限（50名）", "黨支部黨員超過上限（50名）"),
        l("Branch {org} has {members} members, more than {maximum}; consider a general branch.",
            "党支部 {org} 有党员 {members} 名，超过 {maximum} 名，可考虑成立党总支。",
            "黨支部 {org} 有黨員 {members} 名，超過 {maximum} 名，可考慮成立黨總支。"),
        (view, findings) -> {
          int maximum = view.config().maximumBranchMembers();
          for (Organisation o : view.snapshot().organisations()) {
            if (o.kind() == OrgKind.BRANCH && o.members().total() > maximum) {
              findings.report(org(o.id()).then("members"), "org", o.id().value(),
                  "members", Integer.toString(o.members().total()), "maximum", Integer.toString(maximum));
            }
          }
        },
        (c, r) -> {
          CampaignSnapshot withBranch = withSomeBranch(c, r);
          Organisation branch = pick(r, ofKind(withBranch, OrgKind.BRANCH));
          int full = 51 + r.nextInt(30);
          int delta = full + branch.members().probationary() - branch.members().total();
          CampaignSnapshot grown = replaceOrg(withBranch, branch.id(), o -> Organisation.builder().from(o)
              .members(MemberCount.of(full, o.members().probationary())).build());
          return addToDeclaredTotals(grown, branch.parentId().orElseThrow(), delta);
        });
    rules.add("ORG-COMMITTEE-MISSING", Severity.WARNING,
        RuleSource.regulation("《中國共產黨章程》第三十條 and party practice: 100人以上 a primary-level committee, with the"
            + " higher organisation's approval; villages and communities only \"may\" (《中國共產黨農村基層組織工作條例》"
            + "(2019) 第五條), so they are not checked"),
        l("a bureau-level unit or general branch of 100 members or more without a party committee",
            "党员100名以上的局级单位或党总支未设党委", "黨員100名以上的局級單位或黨總支未設黨委"),
        l("{org} ({kind}) has {members} members, {threshold} or more: {advice}.",
            "{org}（{kind}）有党员 {members} 名，达到 {threshold} 名以上：{advice}。",
            "{org}（{kind}）有黨員 {members} 名，達到 {threshold} 名以上：{advice}。"),
        committeeRule(),
        (c, r) -> {
          boolean[] mayOnly = mayOnly(c.tree());
          List<Organisation> hosts = new ArrayList<>();
          for (int v = 0; v < c.tree().size(); v++) {
            Organisation o = c.tree().organisationAt(v);
            if (!mayOnly[v] && o.kind().mayContain(OrgKind.GENERAL_BRANCH)) {
              hosts.add(o);
            }
          }
          Organisation host = pick(r, hosts);
          String tag = Long.toHexString(r.nextLong());
          OrgId general = OrgId.of("org-general-" + tag);
          List<Organisation> added = new ArrayList<>();
          added.add(Organisation.builder().id(general).parentId(host.id()).kind(OrgKind.GENERAL_BRANCH)
              .name("新設黨總支 " + tag).members(MemberCount.NONE).build());
          int total = 0;
          for (int i = 0; total < 100; i++) {
            int full = 35 + r.nextInt(16);
            total += full;
            added.add(Organisation.builder().id(OrgId.of("org-general-" + tag + "-" + i)).parentId(general)
                .kind(OrgKind.BRANCH).name("黨支部 " + tag + "-" + i).members(MemberCount.ofFull(full)).build());
          }
          return addToDeclaredTotals(withOrgs(c, orgs -> orgs.addAll(added)), host.id(), total);
        });
    rules.add("ORG-JOINT-BRANCH-TOO-MANY-UNITS", Severity.WARNING,
        RuleSource.regulation(BRANCH_REGULATION + " 第五條: 聯合黨支部覆蓋單位一般不超過5個"),
        l("a joint branch covering more units than the maximum (5)", "联合党支部覆盖单位超过上限（5个）",
            "聯合黨支部覆蓋單位超過上限（5個）"),
        l("Joint branch {org} covers {units} units, more than {maximum}.",
            "联合党支部 {org} 覆盖 {units} 个单位，超过 {maximum} 个。",
            "聯合黨支部 {org} 覆蓋 {units} 個單位，超過 {maximum} 個。"),
        (view, findings) -> {
          int maximum = view.config().maximumJointBranchUnits();
          for (Organisation o : view.snapshot().organisations()) {
            if (o.kind() == OrgKind.JOINT_BRANCH && o.coveredUnits().size() > maximum) {
              findings.report(org(o.id()).then("coveredUnits"), "org", o.id().value(),
                  "units", Integer.toString(o.coveredUnits().size()), "maximum", Integer.toString(maximum));
            }
          }
        },
        (c, r) -> {
          String tag = Long.toHexString(r.nextLong());
          List<String> units = new ArrayList<>();
          for (int i = 0, n = 6 + r.nextInt(4); i < n; i++) {
            units.add("小微企業 " + tag + "-" + i);
          }
          int full = 3 + r.nextInt(10);
          return withNewBranch(c, r, Organisation.builder().id(OrgId.of("org-joint-" + tag)).kind(OrgKind.JOINT_BRANCH)
              .name("聯合黨支部 " + tag).members(MemberCount.ofFull(full)).coveredUnits(units));
        });
    rules.add("ORG-BRANCH-COMMITTEE-MISSING", Severity.WARNING,
        RuleSource.regulation(BRANCH_REGULATION + " ch. 6 (黨支部委員會和黨支部書記): 有正式黨員7人以上的黨支部，"
            + "應當設立黨支部委員會"),
        l("a branch with 7 or more full members recorded without a branch committee",
            "正式党员7名以上的党支部未设支部委员会", "正式黨員7名以上的黨支部未設支部委員會"),
        l("Branch {org} has {full} full members, {threshold} or more, but records no branch committee; it should elect"
                + " one of 3 to 5 members.",
            "党支部 {org} 有正式党员 {full} 名，达到 {threshold} 名以上，但未设支部委员会；应选举产生3至5人的支部委员会。",
            "黨支部 {org} 有正式黨員 {full} 名，達到 {threshold} 名以上，但未設支部委員會；應選舉產生3至5人的支部委員會。"),
        (view, findings) -> {
          int threshold = view.config().branchCommitteeFromFullMembers();
          for (Organisation o : view.snapshot().organisations()) {
            if (BRANCHES.contains(o.kind()) && o.members().full() >= threshold
                && o.committeeSize().isPresent() && o.committeeSize().get() == 0) {
              findings.report(org(o.id()).then("committeeSize"), "org", o.id().value(),
                  "full", Integer.toString(o.members().full()), "threshold", Integer.toString(threshold));
            }
          }
        },
        (c, r) -> {
          String tag = Long.toHexString(r.nextLong());
          int full = 7 + r.nextInt(40);
          return withNewBranch(c, r, Organisation.builder().id(OrgId.of("org-branch-" + tag)).kind(OrgKind.BRANCH)
              .name("黨支部 " + tag).members(MemberCount.ofFull(full)).committeeSize(0));
        });
    rules.add("ORG-TEMPORARY-LONG-LASTING", Severity.WARNING,
        RuleSource.regulation(BRANCH_REGULATION + " 第五條: 為期6個月以上的工程、工作項目等，符合條件的，應當成立黨支部"),
        l("a temporary organisation of 3 or more full members lasting 6 months or more",
            "正式党员3名以上、存续6个月以上的临时党组织", "正式黨員3名以上、存續6個月以上的臨時黨組織"),
        l("Temporary organisation {org} exists from {from} to {until}, {duration} or more, with {full} full members;"
                + " a project or work that long should form a regular branch.",
            "临时党组织 {org} 存续期为 {from} 至 {until}，达到 {duration} 以上，有正式党员 {full} 名；为期这么长的工程、工作项目应当成立党支部。",
            "臨時黨組織 {org} 存續期為 {from} 至 {until}，達到 {duration} 以上，有正式黨員 {full} 名；為期這麼長的工程、工作項目應當成立黨支部。"),
        (view, findings) -> view.tree().ifPresent(tree -> {
          var duration = view.config().regularBranchFromDuration();
          int minimum = view.config().minimumBranchFullMembers();
          long[] full = subtreeMembers(tree, true, true);
          for (int v = 0; v < tree.size(); v++) {
            Organisation o = tree.organisationAt(v);
            if (o.kind() != OrgKind.TEMPORARY || o.activeFrom().isEmpty()) {
              continue;
            }
            LocalDate from = o.activeFrom().get();
            // an open-ended one has lasted until the day of validation so far
            LocalDate until = o.activeUntil().orElse(view.today());
            if (!from.plus(duration).isAfter(until.plusDays(1)) && full[v] >= minimum) {
              findings.report(org(o.id()), "org", o.id().value(), "from", from.toString(), "until", until.toString(),
                  "duration", duration.toString(), "full", Long.toString(full[v]));
            }
          }
        }),
        (c, r) -> {
          String tag = Long.toHexString(r.nextLong());
          LocalDate from = c.campaign().batches().get(0).window().start().plusDays(r.nextInt(30));
          LocalDate until = from.plusMonths(6 + r.nextInt(7)).minusDays(1);
          Organisation host = pick(r, c.organisations().stream()
              .filter(o -> o.kind().mayContain(OrgKind.TEMPORARY)).toList());
          Organisation post = Organisation.builder().id(OrgId.of("org-temporary-" + tag)).parentId(host.id())
              .kind(OrgKind.TEMPORARY).name("工程項目臨時黨支部 " + tag).members(MemberCount.ofFull(3 + r.nextInt(30)))
              .activeFrom(from).activeUntil(until).build();
          // a temporary organisation counts toward no total: no declared total changes
          return withOrgs(c, orgs -> orgs.add(r.nextInt(orgs.size() + 1), post));
        });
    // the constraints the model enforces at construction that the area has not placed above
    rules.enforced("ORG", OrgConstraint.values());
  }

  /** The path of an organisation. */
  static ElementPath org(Object id) {
    return ElementPath.of("organisation", id);
  }

  private static Rule defect(TreeDefect.Kind kind) {
    return (view, findings) -> {
      for (TreeDefect d : view.treeDefects()) {
        if (d.kind() == kind) {
          findings.report(org(d.orgId()), "org", d.orgId().value(), "parent",
              d.relatedId().map(Object::toString).orElse("-"));
        }
      }
    };
  }

  private static Rule onTree(BiConsumer<OrgTree, Rule.Findings> check) {
    return (view, findings) -> view.tree().ifPresent(tree -> check.accept(tree, findings));
  }

  /**
   * The nesting rule: with {@code unusual} false, a unit under a kind that cannot contain it at
   * all ({@link OrgKind#canContain}); with {@code unusual} true, one under a kind that can but does
   * not usually contain it ({@link OrgKind#mayContain}).
   */
  private static Rule nesting(boolean unusual) {
    return onTree((tree, findings) -> {
      TreeIndex shape = tree.shape();
      for (int v = 0; v < tree.size(); v++) {
        int p = shape.parent(v);
        if (p == TreeIndex.NO_PARENT) {
          continue;
        }
        Organisation child = tree.organisationAt(v);
        Organisation parent = tree.organisationAt(p);
        if (isNested(parent.kind(), child.kind(), unusual)) {
          Map<String, String> args = new LinkedHashMap<>();
          args.put("org", child.id().value());
          Violation.putLabelled(args, "kind", child.kind().label());
          args.put("parent", parent.id().value());
          Violation.putLabelled(args, "parentKind", parent.kind().label());
          findings.report(org(child.id()), args);
        }
      }
    });
  }

  private static boolean isNested(OrgKind parent, OrgKind child, boolean unusual) {
    return unusual ? parent.canContain(child) && !parent.mayContain(child) : !parent.canContain(child);
  }

  /**
   * Members of each subtree, iterative over the pre-order: only of organisations that count in
   * totals (not temporary ones, nor what is inside them), or, with {@code temporaryToo}, of all;
   * full and probationary members, or full ones only.
   */
  private static long[] subtreeMembers(OrgTree tree, boolean temporaryToo, boolean fullOnly) {
    TreeIndex shape = tree.shape();
    long[] totals = new long[tree.size()];
    for (int v = 0; v < totals.length; v++) {
      MemberCount members = tree.organisationAt(v).members();
      totals[v] = temporaryToo || tree.countsInTotals(v) ? (fullOnly ? members.full() : members.total()) : 0;
    }
    for (int k = shape.size() - 1; k >= 0; k--) {
      int v = shape.nodeAt(k);
      int p = shape.parent(v);
      if (p != TreeIndex.NO_PARENT) {
        totals[p] += totals[v];
      }
    }
    return totals;
  }

  /** Members of each subtree that count in totals: full and probationary, temporary organisations left out. */
  private static long[] subtreeMembers(OrgTree tree) {
    return subtreeMembers(tree, false, false);
  }

  /**
   * For each organisation, whether it lies in a village or community, where a committee "may" be
   * set up rather than "should": the village or community itself and the primary-level
   * organisations below it.
   */
  static boolean[] mayOnly(OrgTree tree) {
    TreeIndex shape = tree.shape();
    boolean[] flags = new boolean[tree.size()];
    for (int k = 0; k < shape.size(); k++) {
      int v = shape.nodeAt(k);
      int p = shape.parent(v);
      OrgKind kind = tree.organisationAt(v).kind();
      if (MAY_ONLY.contains(kind)) {
        flags[v] = true;
      } else if (kind.isPrimaryLevel()) {
        flags[v] = p != TreeIndex.NO_PARENT && flags[p];
      }
    }
    return flags;
  }

  private static Rule committeeRule() {
    return (view, findings) -> view.tree().ifPresent(tree -> {
      int threshold = view.config().committeeFromMembers();
      long[] totals = subtreeMembers(tree);
      boolean[] mayOnly = mayOnly(tree);
      for (int v = 0; v < tree.size(); v++) {
        Organisation o = tree.organisationAt(v);
        if (totals[v] < threshold || mayOnly[v] || !tree.countsInTotals(v)) {
          continue;
        }
        Label advice;
        if (o.kind() == OrgKind.GENERAL_BRANCH) {
          advice = ADVICE_REDESIGNATE;
        } else if (o.kind() == OrgKind.BUREAU_LEVEL_UNIT && !hasCommittee(tree, v, totals, threshold)) {
          advice = ADVICE_SET_UP;
        } else {
          continue;
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("org", o.id().value());
        Violation.putLabelled(args, "kind", o.kind().label());
        args.put("members", Long.toString(totals[v]));
        args.put("threshold", Integer.toString(threshold));
        Violation.putLabelled(args, "advice", advice);
        findings.report(org(o.id()), args);
      }
    });
  }

  /**
   * Whether a unit has a party committee: a child committee, one below a child party group (the
   * organ committee a 黨組 leads), or a child general branch large enough to be re-designated one
   * (which is warned about itself).
   */
  private static boolean hasCommittee(OrgTree tree, int v, long[] totals, int threshold) {
    TreeIndex shape = tree.shape();
    for (int i = 0; i < shape.childCount(v); i++) {
      int c = shape.child(v, i);
      OrgKind kind = tree.organisationAt(c).kind();
      if (kind == OrgKind.PARTY_COMMITTEE || (kind == OrgKind.GENERAL_BRANCH && totals[c] >= threshold)) {
        return true;
      }
      if (kind == OrgKind.PARTY_GROUP && hasCommittee(tree, c, totals, threshold)) {
        return true;
      }
    }
    return false;
  }

  // ---- for the breakages

  private static List<Organisation> leaves(CampaignSnapshot c) {
    Map<OrgId, List<Organisation>> children = children(c);
    return c.organisations().stream().filter(o -> o.parentId().isPresent() && !children.containsKey(o.id())).toList();
  }

  /**
   * A new, empty organisation of a kind that none of them wants a batch or members under a parent
   * that cannot contain it at all, or, with {@code unusual}, that can but does not usually.
   */
  private static CampaignSnapshot nestWrongly(CampaignSnapshot c, RandomGenerator r, boolean unusual) {
    List<Organisation> parents = new ArrayList<>();
    List<OrgKind> kinds = new ArrayList<>();
    for (Organisation o : c.organisations()) {
      for (OrgKind k : NESTABLE) {
        if (isNested(o.kind(), k, unusual)) {
          parents.add(o);
          kinds.add(k);
        }
      }
    }
    int k = r.nextInt(parents.size());
    Organisation bad = Organisation.builder().id(OrgId.of("org-nested-" + Long.toHexString(r.nextLong())))
        .parentId(parents.get(k).id()).kind(kinds.get(k)).name("錯置的組織").members(MemberCount.NONE).build();
    return withOrgs(c, orgs -> orgs.add(r.nextInt(orgs.size() + 1), bad));
  }

  /** The units below the root that count in totals and may hold a kind: hosts for a new organisation. */
  private static List<Organisation> hostsFor(CampaignSnapshot c, OrgKind kind) {
    OrgTree tree = c.tree();
    List<Organisation> hosts = new ArrayList<>();
    for (int v = 0; v < tree.size(); v++) {
      Organisation o = tree.organisationAt(v);
      if (o.parentId().isPresent() && tree.countsInTotals(v) && o.kind().mayContain(kind)) {
        hosts.add(o);
      }
    }
    return hosts;
  }

  /** The campaign with a new organisation under a host that may hold it, the declared totals above it kept right. */
  private static CampaignSnapshot withNewBranch(CampaignSnapshot c, RandomGenerator r,
      io.github.chuxin.org.ImmutableOrganisation.Builder branch) {
    Organisation draft = branch.build();
    Organisation built = Organisation.builder().from(draft).parentId(pick(r, hostsFor(c, draft.kind())).id()).build();
    return addToDeclaredTotals(withOrgs(c, orgs -> orgs.add(r.nextInt(orgs.size() + 1), built)),
        built.parentId().orElseThrow(), built.members().total());
  }

  /** The campaign itself if it has a branch, else with a new valid branch under a unit that may hold one. */
  private static CampaignSnapshot withSomeBranch(CampaignSnapshot c, RandomGenerator r) {
    if (!ofKind(c, OrgKind.BRANCH).isEmpty()) {
      return c;
    }
    int full = 3 + r.nextInt(48);
    return withNewBranch(c, r, Organisation.builder().id(OrgId.of("org-branch-" + Long.toHexString(r.nextLong())))
        .kind(OrgKind.BRANCH).name("新設黨支部").members(MemberCount.ofFull(full)));
  }
}
