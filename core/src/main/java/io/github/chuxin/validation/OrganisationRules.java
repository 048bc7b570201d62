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
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgConstraint;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.org.TreeDefect;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * The rules of the organisation tree ({@code ORG-…}) in catalogue order, each beside its messages
 * and its breakage.
 */
final class OrganisationRules {

  private static final Set<OrgKind> NEEDS_COMMITTEE = EnumSet.of(OrgKind.GENERAL_BRANCH, OrgKind.BUREAU_LEVEL_UNIT,
      OrgKind.COMMUNITY, OrgKind.VILLAGE);

  /** The kinds a breakage may nest wrongly: none of them wants a batch or members. */
  private static final List<OrgKind> NESTABLE = List.of(OrgKind.MUNICIPAL_COMMITTEE, OrgKind.DISTRICT,
      OrgKind.SUBDISTRICT, OrgKind.PARTY_COMMITTEE, OrgKind.GENERAL_BRANCH);

  private OrganisationRules() {}

  static void addTo(CatalogueBuilder rules) {
    rules.add("ORG-DUPLICATE-ID", Severity.ERROR,
        l("two organisations share an id", "两个组织的标识相同", "兩個組織的標識相同"),
        l("Organisation id {org} is used more than once.", "组织标识 {org} 重复使用。", "組織標識 {org} 重複使用。"),
        defect(TreeDefect.Kind.DUPLICATE_ID),
        (c, r) -> {
          Organisation leaf = pick(r, leaves(c));
          return withOrgs(c, orgs -> orgs.add(r.nextInt(orgs.size() + 1), Organisation.builder().from(leaf)
              .name(leaf.name() + "（重複）").build()));
        });
    rules.add("ORG-ORPHAN", Severity.ERROR,
        l("an organisation's parent does not exist", "组织的上级不存在", "組織的上級不存在"),
        l("Organisation {org} names parent {parent}, which does not exist.",
            "组织 {org} 的上级 {parent} 不存在。", "組織 {org} 的上級 {parent} 不存在。"),
        defect(TreeDefect.Kind.ORPHAN),
        (c, r) -> {
          Organisation leaf = pick(r, leaves(c));
          OrgId ghost = OrgId.of(ghost("org", r));
          return replaceOrg(c, leaf.id(), o -> Organisation.builder().from(o).parentId(ghost).build());
        });
    rules.add("ORG-CYCLE", Severity.ERROR,
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
        l("a kind nested under a kind that cannot contain it", "组织类型不能隶属于其上级类型", "組織類型不能隸屬於其上級類型"),
        l("Organisation {org} ({kind}) cannot be under {parent} ({parentKind}).",
            "组织 {org}（{kind}）不能隶属于 {parent}（{parentKind}）。", "組織 {org}（{kind}）不能隸屬於 {parent}（{parentKind}）。"),
        onTree((tree, findings) -> {
          TreeIndex shape = tree.shape();
          for (int v = 0; v < tree.size(); v++) {
            int p = shape.parent(v);
            if (p == TreeIndex.NO_PARENT) {
              continue;
            }
            Organisation child = tree.organisationAt(v);
            Organisation parent = tree.organisationAt(p);
            if (!parent.kind().mayContain(child.kind())) {
              Map<String, String> args = new LinkedHashMap<>();
              args.put("org", child.id().value());
              Violation.putLabelled(args, "kind", child.kind().label());
              args.put("parent", parent.id().value());
              Violation.putLabelled(args, "parentKind", parent.kind().label());
              findings.report(org(child.id()), args);
            }
          }
        }),
        (c, r) -> {
          // a new, empty organisation of a kind its parent may not contain (never a bureau-level unit,
          // which would also want a batch)
          List<Organisation> parents = new ArrayList<>();
          List<OrgKind> kinds = new ArrayList<>();
          for (Organisation o : c.organisations()) {
            for (OrgKind k : NESTABLE) {
              if (!o.kind().mayContain(k)) {
                parents.add(o);
                kinds.add(k);
              }
            }
          }
          int k = r.nextInt(parents.size());
          Organisation bad = Organisation.builder().id(OrgId.of("org-nested-" + Long.toHexString(r.nextLong())))
              .parentId(parents.get(k).id()).kind(kinds.get(k)).name("錯置的組織").members(MemberCount.NONE).build();
          return withOrgs(c, orgs -> orgs.add(r.nextInt(orgs.size() + 1), bad));
        });
    rules.enforced(OrgConstraint.NEGATIVE_MEMBERS);
    rules.add("ORG-SUBTREE-TOTAL-MISMATCH", Severity.ERROR,
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
        l("a general branch, bureau-level unit, community or village of more than 100 members without a party committee",
            "党员超过100名的党总支、局级单位、社区或村未设党委", "黨員超過100名的黨總支、局級單位、社區或村未設黨委"),
        l("{org} ({kind}) has {members} members, more than {threshold}, but no party committee.",
            "{org}（{kind}）有党员 {members} 名，超过 {threshold} 名，但未设党委。",
            "{org}（{kind}）有黨員 {members} 名，超過 {threshold} 名，但未設黨委。"),
        committeeRule(),
        (c, r) -> {
          Organisation host = pick(r, c.organisations().stream()
              .filter(o -> o.kind().mayContain(OrgKind.GENERAL_BRANCH)).toList());
          String tag = Long.toHexString(r.nextLong());
          OrgId general = OrgId.of("org-general-" + tag);
          List<Organisation> added = new ArrayList<>();
          added.add(Organisation.builder().id(general).parentId(host.id()).kind(OrgKind.GENERAL_BRANCH)
              .name("新設黨總支 " + tag).members(MemberCount.NONE).build());
          int total = 0;
          for (int i = 0; total <= 100; i++) {
            int full = 35 + r.nextInt(16);
            total += full;
            added.add(Organisation.builder().id(OrgId.of("org-general-" + tag + "-" + i)).parentId(general)
                .kind(OrgKind.BRANCH).name("黨支部 " + tag + "-" + i).members(MemberCount.ofFull(full)).build());
          }
          return addToDeclaredTotals(withOrgs(c, orgs -> orgs.addAll(added)), host.id(), total);
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

  /** Members of each subtree, counting only kinds that count members; iterative over the pre-order. */
  private static long[] subtreeMembers(OrgTree tree) {
    TreeIndex shape = tree.shape();
    long[] totals = new long[tree.size()];
    for (int v = 0; v < totals.length; v++) {
      Organisation org = tree.organisationAt(v);
      totals[v] = org.kind().countsMembers() ? org.members().total() : 0;
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

  private static Rule committeeRule() {
    return (view, findings) -> view.tree().ifPresent(tree -> {
      int threshold = view.config().committeeAboveMembers();
      long[] totals = subtreeMembers(tree);
      TreeIndex shape = tree.shape();
      for (int v = 0; v < tree.size(); v++) {
        Organisation o = tree.organisationAt(v);
        if (!NEEDS_COMMITTEE.contains(o.kind()) || totals[v] <= threshold) {
          continue;
        }
        boolean hasCommittee = false;
        for (int i = 0; i < shape.childCount(v) && !hasCommittee; i++) {
          hasCommittee = tree.organisationAt(shape.child(v, i)).kind() == OrgKind.PARTY_COMMITTEE;
        }
        if (!hasCommittee) {
          Map<String, String> args = new LinkedHashMap<>();
          args.put("org", o.id().value());
          Violation.putLabelled(args, "kind", o.kind().label());
          args.put("members", Long.toString(totals[v]));
          args.put("threshold", Integer.toString(threshold));
          findings.report(org(o.id()), args);
        }
      }
    });
  }

  // ---- for the breakages

  private static List<Organisation> leaves(CampaignSnapshot c) {
    Map<OrgId, List<Organisation>> children = children(c);
    return c.organisations().stream().filter(o -> o.parentId().isPresent() && !children.containsKey(o.id())).toList();
  }

  /** The campaign itself if it has a branch, else with a new valid branch under a unit that may hold one. */
  private static CampaignSnapshot withSomeBranch(CampaignSnapshot c, RandomGenerator r) {
    if (!ofKind(c, OrgKind.BRANCH).isEmpty()) {
      return c;
    }
    Organisation host = pick(r, c.organisations().stream().filter(o -> o.parentId().isPresent()
        && o.kind().mayContain(OrgKind.BRANCH)).toList());
    int full = 3 + r.nextInt(48);
    Organisation branch = Organisation.builder().id(OrgId.of("org-branch-" + Long.toHexString(r.nextLong())))
        .parentId(host.id()).kind(OrgKind.BRANCH).name("新設黨支部").members(MemberCount.ofFull(full)).build();
    return addToDeclaredTotals(withOrgs(c, orgs -> orgs.add(branch)), host.id(), full);
  }
}
