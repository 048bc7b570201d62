package io.github.chuxin.persistence;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Saves a whole {@link CampaignSnapshot} into a {@link Storage} and loads it back, through the
 * stores of the SPI.
 *
 * <p>Every part of a snapshot is stored: the campaign with its batches and assignments,
 * organisations, leaders, leadership bodies with their meetings, implementation plans with their
 * reviews, the schedule, guidance groups with their assignments and five-musts records,
 * activities, problems, problem lists, rectification items and special rectifications.
 *
 * <p>{@link #load} reads back everything in the storage (the SPI has no per-campaign partition:
 * one storage holds one campaign's data, plus any other campaigns' shared reference data), so
 * {@code load(storage, id)} after {@code save(storage, snapshot)} into an empty storage gives a
 * snapshot equal to the saved one up to the order of each list: the lists of aggregates come in
 * ascending id order (schedule items in {@link ScheduleItemKey} order), meetings, guidance
 * assignments and five-musts records per body or group in the order added, and equal facts
 * (meetings, assignments, records) once.
 */
public final class Snapshots {

  private static final int PAGE = Query.MAX_LIMIT;

  private Snapshots() {}

  /**
   * Saves every part of a snapshot as new aggregates, in one unit of work when the storage
   * supports transactions: all or nothing.
   *
   * @param storage the storage, not null
   * @param snapshot the snapshot, not null
   * @throws ConcurrencyConflictException if an aggregate with one of the ids is already stored
   */
  public static void save(Storage storage, CampaignSnapshot snapshot) {
    if (storage.supports(Capability.TRANSACTIONS)) {
      storage.inTransaction(tx -> {
        write(tx, snapshot);
        return null;
      });
    } else {
      write(storage, snapshot);
    }
  }

  private static void write(Storage storage, CampaignSnapshot snapshot) {
    storage.campaigns().save(snapshot.campaign(), ExpectedRevision.expectNew());
    saveAll(storage.organisations(), snapshot.organisations());
    saveAll(storage.leaders(), snapshot.leaders());
    saveAll(storage.leadershipBodies(), snapshot.leadershipBodies());
    snapshot.meetings().forEach(storage.leadershipBodies()::hold);
    saveAll(storage.plans(), snapshot.plans());
    saveAll(storage.schedule(), snapshot.schedule());
    saveAll(storage.problems(), snapshot.problems());
    saveAll(storage.problemLists(), snapshot.problemLists());
    saveAll(storage.rectifications(), snapshot.rectifications());
    saveAll(storage.specialRectifications(), snapshot.specialRectifications());
    saveAll(storage.guidance(), snapshot.guidanceGroups());
    snapshot.guidanceAssignments().forEach(storage.guidance()::assign);
    snapshot.fiveMustRecords().forEach(storage.guidance()::record);
    saveAll(storage.activities(), snapshot.activities());
  }

  private static <T> void saveAll(AggregateStore<?, T> store, List<T> values) {
    for (int from = 0; from < values.size(); from += PAGE) {
      store.saveAll(values.subList(from, Math.min(values.size(), from + PAGE)));
    }
  }

  /**
   * Loads a campaign and everything stored beside it.
   *
   * @param storage the storage, not null
   * @param campaign the campaign's identifier, not null
   * @return the snapshot with every part (see the class description for the order of the lists)
   * @throws NoSuchElementException if the campaign is not stored
   */
  public static CampaignSnapshot load(Storage storage, CampaignId campaign) {
    Campaign stored = storage.campaigns().find(campaign)
        .orElseThrow(() -> new NoSuchElementException("no campaign " + campaign + " in the storage"))
        .value();
    var builder = CampaignSnapshot.builder().campaign(stored);
    readAll(storage.organisations(), builder::addOrganisations);
    readAll(storage.leaders(), builder::addLeaders);
    Map<LeadershipBodyId, LeadershipBody> bodies = new LinkedHashMap<>();
    readAll(storage.leadershipBodies(), b -> bodies.put(b.id(), b));
    builder.addAllLeadershipBodies(bodies.values());
    for (LeadershipBodyId body : bodies.keySet()) {
      builder.addAllMeetings(storage.leadershipBodies().meetings(body));
    }
    readAll(storage.plans(), builder::addPlans);
    readAll(storage.schedule(), builder::addSchedule);
    readAll(storage.problems(), builder::addProblems);
    readAll(storage.problemLists(), builder::addProblemLists);
    readAll(storage.rectifications(), builder::addRectifications);
    readAll(storage.specialRectifications(), builder::addSpecialRectifications);
    Map<GuidanceGroupId, GuidanceGroup> groups = new LinkedHashMap<>();
    readAll(storage.guidance(), g -> groups.put(g.id(), g));
    builder.addAllGuidanceGroups(groups.values());
    List<GuidanceAssignment> assignments = new ArrayList<>();
    List<FiveMustRecord> records = new ArrayList<>();
    for (GuidanceGroupId group : groups.keySet()) {
      assignments.addAll(storage.guidance().assignments(group));
      records.addAll(storage.guidance().records(group));
    }
    builder.addAllGuidanceAssignments(assignments).addAllFiveMustRecords(records);
    readAll(storage.activities(), builder::addActivities);
    return builder.build();
  }

  private static <T> void readAll(AggregateStore<?, T> store, Consumer<T> sink) {
    Query first = Query.builder().limit(PAGE).build();
    Optional<Cursor> cursor = Optional.empty();
    do {
      Page<Versioned<T>> page = store.query(cursor.map(first::continuedAfter).orElse(first));
      page.items().forEach(v -> sink.accept(v.value()));
      cursor = page.next();
    } while (cursor.isPresent());
  }
}
