package io.github.chuxin.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small builders of organisations for the tree tests. */
final class Trees {

  private Trees() {}

  static Organisation org(String id, String parent, OrgKind kind) {
    ImmutableOrganisation.Builder b = Organisation.builder().id(OrgId.of(id)).kind(kind).name("unit " + id);
    if (parent != null) {
      b.parentId(OrgId.of(parent));
    }
    return b.build();
  }

  /** A random forest of n nodes as parent indexes: node 0 is a root, others point to a lower node or are roots. */
  static int[] randomParents(int n, long seed, int rootEvery) {
    Random random = new Random(seed);
    int[] parents = new int[n];
    for (int v = 0; v < n; v++) {
      parents[v] = v == 0 || random.nextInt(rootEvery) == 0 ? TreeIndex.NO_PARENT : random.nextInt(v);
    }
    return parents;
  }

  /** Organisations for parent indexes, listed in a shuffled order so that input order is not topological. */
  static List<Organisation> organisations(int[] parents, long seed) {
    List<Organisation> orgs = new ArrayList<>(parents.length);
    for (int v = 0; v < parents.length; v++) {
      orgs.add(org("u" + v, parents[v] < 0 ? null : "u" + parents[v], OrgKind.BRANCH));
    }
    java.util.Collections.shuffle(orgs, new Random(seed));
    return orgs;
  }
}
