package io.github.chuxin.validation;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.ImmutableCampaign;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The small edits of a snapshot that the breakages of the area files share: random choices,
 * identifiers that name nothing, and copies of a snapshot with one organisation, batch or
 * assignment changed.
 */
final class SnapshotEdits {

  private SnapshotEdits() {}

  // ---- random choices

  static <T> T pick(RandomGenerator r, List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalStateException("nothing to choose from");
    }
    return values.get(r.nextInt(values.size()));
  }

  static <T> T pick(RandomGenerator r, T[] values) {
    return pick(r, List.of(values));
  }

  /** A copy of the elements, in order, with {@code extra} at a random place. */
  static <T> List<T> with(Collection<T> list, T extra, RandomGenerator r) {
    List<T> copy = new ArrayList<>(list);
    copy.add(r.nextInt(copy.size() + 1), extra);
    return copy;
  }

  /** A day drawn uniformly from {@code from..to}, both inclusive; {@code from} if the window is inverted. */
  static LocalDate dayBetween(RandomGenerator r, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
  }

  /** An identifier text that names nothing in a campaign, such as {@code org-ghost-1f3a…}. */
  static String ghost(String kind, RandomGenerator r) {
    return kind + "-ghost-" + Long.toHexString(r.nextLong());
  }

  // ---- organisations

  static CampaignSnapshot withOrgs(CampaignSnapshot c, Consumer<List<Organisation>> change) {
    List<Organisation> orgs = new ArrayList<>(c.organisations());
    change.accept(orgs);
    return ImmutableCampaignSnapshot.copyOf(c).withOrganisations(orgs);
  }

  static CampaignSnapshot replaceOrg(CampaignSnapshot c, OrgId id, UnaryOperator<Organisation> change) {
    return withOrgs(c, orgs -> orgs.replaceAll(o -> o.id().equals(id) ? change.apply(o) : o));
  }

  static List<Organisation> ofKind(CampaignSnapshot c, OrgKind kind) {
    return c.organisations().stream().filter(o -> o.kind() == kind).toList();
  }

  static Map<OrgId, List<Organisation>> children(CampaignSnapshot c) {
    Map<OrgId, List<Organisation>> children = new HashMap<>();
    for (Organisation o : c.organisations()) {
      o.parentId().ifPresent(p -> children.computeIfAbsent(p, x -> new ArrayList<>()).add(o));
    }
    return children;
  }

  static Map<OrgId, Organisation> byId(CampaignSnapshot c) {
    Map<OrgId, Organisation> byId = new HashMap<>();
    c.organisations().forEach(o -> byId.put(o.id(), o));
    return byId;
  }

  /** Adds {@code delta} to the declared subtree totals of {@code from} and every unit above it. */
  static CampaignSnapshot addToDeclaredTotals(CampaignSnapshot c, OrgId from, int delta) {
    Map<OrgId, Organisation> byId = byId(c);
    Set<OrgId> above = new HashSet<>();
    for (Optional<OrgId> up = Optional.of(from); up.isPresent(); up = byId.get(up.get()).parentId()) {
      above.add(up.get());
    }
    return withOrgs(c, orgs -> orgs.replaceAll(o -> above.contains(o.id()) && o.declaredSubtreeMembers().isPresent()
        ? Organisation.builder().from(o).declaredSubtreeMembers(o.declaredSubtreeMembers().get() + delta).build()
        : o));
  }

  // ---- batches

  static CampaignSnapshot withCampaign(CampaignSnapshot c, UnaryOperator<ImmutableCampaign> change) {
    return ImmutableCampaignSnapshot.copyOf(c).withCampaign(change.apply(ImmutableCampaign.copyOf(c.campaign())));
  }

  static CampaignSnapshot withAssignment(CampaignSnapshot c, RandomGenerator r, BatchAssignment extra) {
    List<BatchAssignment> assignments = with(c.campaign().assignments(), extra, r);
    return withCampaign(c, x -> x.withAssignments(assignments));
  }

  /** Adds a batch with no unit in it, numbered after every other. */
  static CampaignSnapshot withBatch(CampaignSnapshot c, String id, DateWindow window, RandomGenerator r) {
    int number = c.campaign().batches().stream().mapToInt(Batch::number).max().orElse(0) + 1;
    List<Batch> batches = with(c.campaign().batches(), Batch.builder().id(BatchId.of(id + "-" + number))
        .number(number).window(window).build(), r);
    return withCampaign(c, x -> x.withBatches(batches));
  }

  static Batch lastBatch(CampaignSnapshot c) {
    return c.campaign().batches().stream().max((x, y) -> x.window().end().compareTo(y.window().end())).orElseThrow();
  }

  /** The batch of every unit that has one, its own or inherited. */
  static Map<OrgId, Batch> batchOfUnits(CampaignSnapshot c) {
    Map<OrgId, Batch> batchOf = new HashMap<>();
    var plan = c.batchPlan();
    OrgTree tree = c.tree();
    for (int v = 0; v < tree.size(); v++) {
      int node = v;
      plan.batchAt(v).ifPresent(b -> batchOf.put(tree.organisationAt(node).id(), b));
    }
    return batchOf;
  }
}
