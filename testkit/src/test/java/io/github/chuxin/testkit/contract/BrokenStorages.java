package io.github.chuxin.testkit.contract;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.ActivityStore;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.ForwardingStorage;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.ImmutableQuery;
import io.github.chuxin.persistence.ItemChanges;
import io.github.chuxin.persistence.LeaderStore;
import io.github.chuxin.persistence.LeadershipBodyStore;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.PlanStore;
import io.github.chuxin.persistence.ProblemListStore;
import io.github.chuxin.persistence.ProblemStore;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScheduleStore;
import io.github.chuxin.persistence.SpecialRectificationStore;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.rectification.RectificationItem;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Deliberately broken storages, as an adapter author might write them by mistake: each wraps the
 * in-memory reference through a {@link ForwardingStorage} ({@link Broken}) and breaks one promise
 * of the SPI's Javadoc, leaving every other call to the reference.
 */
final class BrokenStorages {

  private BrokenStorages() {
  }

  /** The reference, on a clock. */
  static Storage reference(Clock clock) {
    return InMemoryStorage.create(clock);
  }

  /** The reference behind the forwarding storage, broken nowhere: it must pass the whole kit. */
  static Storage unbroken(Clock clock) {
    return new Broken(reference(clock), new Breaker() {
    });
  }

  // ---------------------------------------------------------------------------------------------
  // conflicts, units of work, cycles, paging, scopes

  /** Writes over whatever revision is stored, whatever the writer expected. */
  static Storage ignoringRevisions(Clock clock) {
    return everyStore(clock, (accessor, type, store) -> proxy(type, (m, a) -> {
      if (m.getName().equals("save") && a.length >= 2 && a[1] instanceof ExpectedRevision) {
        while (true) {
          a[1] = current(store, a[0]);
          try {
            return invoke(m, store, a);
          } catch (ConcurrencyConflictException e) {
            // someone wrote in between: write over them too
          }
        }
      }
      return invoke(m, store, a);
    }));
  }

  /** Inside a unit of work, silently drops every write of activities. */
  static Storage losingAWriteInUnitsOfWork(Clock clock) {
    Breaker dropping = storeOf("activities", ActivityStore.class, store -> intercept(ActivityStore.class, store,
        (m, a) -> m.getName().equals("save") ? Versioned.of(a[0], Revision.first()) : invoke(m, store, a)));
    return new Broken(reference(clock), new Breaker() {
      @Override
      Breaker insideTransaction() {
        return dropping;
      }
    });
  }

  /** Reports a write that would make a cycle in the tree as accepted (and writes nothing). */
  static Storage swallowingCycles(Clock clock) {
    return new Broken(reference(clock), storeOf("organisations", OrganisationStore.class,
        store -> intercept(OrganisationStore.class, store, (m, a) -> {
          try {
            return invoke(m, store, a);
          } catch (TreeCycleException e) {
            if (m.getName().equals("saveAll")) {
              return ((List<?>) a[0]).stream().map(v -> Versioned.of(v, Revision.first())).toList();
            }
            return Versioned.of(a[0], Revision.first());
          }
        })));
  }

  /** Hands out cursors one item early, so each next page repeats the previous page's last item. */
  static Storage pagingWithADuplicate(Clock clock) {
    return everyStore(clock, (accessor, type, store) -> proxy(type, (m, a) -> {
      if (m.getName().equals("query")) {
        Query q = (Query) a[0];
        Page<?> page = (Page<?>) invoke(m, store, a);
        if (page.next().isPresent() && q.limit() > 1) {
          Page<?> early = (Page<?>) invoke(m, store, new Object[] {Query.builder().from(q).limit(q.limit() - 1).build()});
          return Page.of(page.items(), early.next());
        }
        return page;
      }
      return invoke(m, store, a);
    }));
  }

  /** A scoped view whose store of one accessor (e.g. "leadershipBodies") is not scoped at all. */
  static Storage leakingAcrossScopes(Clock clock, String leakingAccessor) {
    return new Broken(reference(clock), new Breaker() {
      @Override
      Breaker scoped(Storage unscoped) {
        return new Breaker() {
          @Override
          Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
            return accessor.equals(leakingAccessor) ? getter(unscoped, accessor) : store;
          }
        };
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // round trips and hostile text

  /** Drops NUL characters from an item's title, measures and progress on every write; reads return what it stored. */
  static Storage alteringItemTextOnWrite(Clock clock) {
    UnaryOperator<RectificationItem> strip = r -> RectificationItem.builder().from(r).title(noNul(r.title()))
        .measures(r.measures().stream().map(BrokenStorages::noNul).toList()).progress(r.progress().map(BrokenStorages::noNul))
        .build();
    return new Broken(reference(clock), storeOf("rectifications", RectificationStore.class,
        store -> intercept(RectificationStore.class, store, (m, a) -> {
          if (m.getName().equals("save")) {
            a[0] = strip.apply((RectificationItem) a[0]);
          } else if (m.getName().equals("saveAll")) {
            a[0] = ((List<?>) a[0]).stream().map(v -> strip.apply((RectificationItem) v)).toList();
          }
          return invoke(m, store, a);
        })));
  }

  private static String noNul(String text) {
    String stripped = text.replace("\u0000", "");
    return stripped.isBlank() ? "(blank)" : stripped;
  }

  /** Drops NUL characters from a problem's texts, but only in a bulk save (the single save is right). */
  static Storage alteringTextInBulkSaves(Clock clock) {
    return new Broken(reference(clock), storeOf("problems", ProblemStore.class,
        store -> intercept(ProblemStore.class, store, (m, a) -> {
          if (m.getName().equals("saveAll")) {
            a[0] = ((List<?>) a[0]).stream().map(v -> (Problem) v).map(p -> Problem.builder().from(p)
                .description(noNul(p.description())).build()).toList();
          }
          return invoke(m, store, a);
        })));
  }

  /** Keeps a campaign's theme in a narrow encoding: characters outside the BMP become U+FFFD. */
  static Storage narrowingCampaignLabels(Clock clock) {
    UnaryOperator<String> narrow = s -> s.codePoints().map(c -> Character.isSupplementaryCodePoint(c) ? 0xFFFD : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    UnaryOperator<Campaign> narrowed = c -> Campaign.builder().from(c).theme(Label.of(narrow.apply(c.theme().english()),
        narrow.apply(c.theme().simplified()), narrow.apply(c.theme().traditional()))).build();
    return new Broken(reference(clock), storeOf("campaigns", CampaignStore.class,
        store -> intercept(CampaignStore.class, store, (m, a) -> {
          if (m.getName().equals("save")) {
            a[0] = narrowed.apply((Campaign) a[0]);
          } else if (m.getName().equals("saveAll")) {
            a[0] = ((List<?>) a[0]).stream().map(v -> narrowed.apply((Campaign) v)).toList();
          }
          return invoke(m, store, a);
        })));
  }

  /** Answers store(PROBLEM) with the problem store of another, separate storage. */
  static Storage storeOfAKindThatIsNotItsNamedGetters(Clock clock) {
    Storage elsewhere = reference(clock);
    return new Broken(reference(clock), new Breaker() {
      @Override
      <I extends Identifier, T> Optional<AggregateStore<I, T>> store(AggregateType<I, T> type) {
        return type == AggregateType.PROBLEM ? Optional.of(elsewhere.store(type)) : Optional.empty();
      }
    });
  }

  /** A bulk save with stored ids names the last of them instead of the first. */
  static Storage bulkConflictNamingTheLastStoredId(Clock clock) {
    return everyStore(clock, (accessor, type, store) -> proxy(type, (m, a) -> {
      try {
        return invoke(m, store, a);
      } catch (ConcurrencyConflictException e) {
        if (!m.getName().equals("saveAll")) {
          throw e;
        }
        List<?> values = (List<?>) a[0];
        for (int i = values.size() - 1; i >= 0; i--) {
          Optional<Versioned<Object>> stored = findRaw(store, values.get(i));
          if (stored.isPresent()) {
            throw new ConcurrencyConflictException(e.kind(), idRaw(store, values.get(i)), ExpectedRevision.expectNew(),
                Optional.of(stored.get().revision()));
          }
        }
        throw e;
      }
    }));
  }

  // ---------------------------------------------------------------------------------------------
  // change history

  /** Ignores the kit's clock: the history's times come from the system clock. */
  static Storage historyOnTheSystemClock(Clock kit) {
    return unbroken(Clock.systemUTC());
  }

  /** Orders an item's history by the revision's text ("r10" before "r2"). */
  static Storage historyInTextOrder(Clock clock) {
    return history(clock, records -> records.stream()
        .sorted(Comparator.comparing((ChangeRecord r) -> r.revision().toString())).toList());
  }

  /** Records nothing for a write that changes nothing (its revision still moves on). */
  static Storage noRecordOfAWriteThatChangesNothing(Clock clock) {
    return history(clock, records -> records.stream()
        .filter(r -> !r.summary().equals(ItemChanges.summary(Optional.of(dummyItem()), dummyItem()))).toList());
  }

  /** Names only the first changed field in a summary. */
  static Storage summaryNamingOnlyTheFirstChangedField(Clock clock) {
    return history(clock, records -> records.stream().map(r -> new ChangeRecord(r.item(), r.revision(), r.actor(),
        r.at(), r.kind(), r.summary().split("; ")[0])).toList());
  }

  /** Hands out the history in a list the caller may change. */
  static Storage mutableHistory(Clock clock) {
    return history(clock, ArrayList::new);
  }

  /** Records a blank actor as {@value RectificationStore#UNKNOWN_ACTOR} instead of refusing the write. */
  static Storage acceptingABlankActor(Clock clock) {
    return new Broken(reference(clock), storeOf("rectifications", RectificationStore.class,
        store -> intercept(RectificationStore.class, store, (m, a) -> {
          if (m.getName().equals("save") && a.length == 3 && ((String) a[2]).isBlank()) {
            a[2] = RectificationStore.UNKNOWN_ACTOR;
          }
          return invoke(m, store, a);
        })));
  }

  private static RectificationItem dummyItem() {
    return new Samples(1).item(OrgId.of("unit"), List.of());
  }

  private static Storage history(Clock clock, Function<List<ChangeRecord>, List<ChangeRecord>> reading) {
    return new Broken(reference(clock), storeOf("rectifications", RectificationStore.class,
        store -> intercept(RectificationStore.class, store, (m, a) -> {
          Object result = invoke(m, store, a);
          if (!m.getName().equals("history")) {
            return result;
          }
          @SuppressWarnings("unchecked")
          List<ChangeRecord> records = (List<ChangeRecord>) result;
          return reading.apply(records);
        })));
  }

  // ---------------------------------------------------------------------------------------------
  // counts and queries

  /** Counts at most the query's limit. */
  static Storage countHonouringTheLimit(Clock clock) {
    return everyStore(clock, (accessor, type, store) -> proxy(type, (m, a) -> m.getName().equals("count")
        ? Math.min((Long) invoke(m, store, a), ((Query) a[0]).limit()) : invoke(m, store, a)));
  }

  /** Counts only what follows the query's cursor. */
  static Storage countHonouringTheCursor(Clock clock) {
    return everyStore(clock, (accessor, type, store) -> proxy(type, (m, a) -> {
      if (m.getName().equals("count") && ((Query) a[0]).after().isPresent()) {
        long n = 0;
        Query q = (Query) a[0];
        while (true) {
          Page<?> page = store.query(q);
          n += page.items().size();
          if (page.next().isEmpty()) {
            return n;
          }
          q = q.continuedAfter(page.next().get());
        }
      }
      return invoke(m, store, a);
    }));
  }

  /** The store of leaders ignores a criterion it does not answer instead of refusing the query. */
  static Storage ignoringAnUnansweredCriterion(Clock clock) {
    UnaryOperator<Query> answered = q -> {
      ImmutableQuery.Builder b = Query.builder().limit(q.limit()).after(q.after());
      q.subtree().ifPresent(b::subtree);
      q.batch().ifPresent(b::batch);
      return b.build();
    };
    return new Broken(reference(clock), storeOf("leaders", LeaderStore.class,
        store -> intercept(LeaderStore.class, store, (m, a) -> {
          if ((m.getName().equals("query") || m.getName().equals("count"))
              && !AggregateKind.LEADER.criteria().containsAll(((Query) a[0]).criteria())) {
            a[0] = answered.apply((Query) a[0]);
          }
          return invoke(m, store, a);
        })));
  }

  // ---------------------------------------------------------------------------------------------
  // scopes and shared reference data

  /** A scoped view writes guidance groups through the unscoped store. */
  static Storage writingGuidanceGroupsThroughAScope(Clock clock) {
    return new Broken(reference(clock), new Breaker() {
      @Override
      Breaker scoped(Storage unscoped) {
        return storeOf("guidance", GuidanceStore.class, store -> intercept(GuidanceStore.class, store,
            (m, a) -> invoke(m, m.getName().startsWith("save") ? unscoped.guidance() : store, a)));
      }
    });
  }

  /** A scoped view does not show campaigns, which are shared reference data. */
  static Storage hidingCampaignsFromScopes(Clock clock) {
    return new Broken(reference(clock), new Breaker() {
      @Override
      Breaker scoped(Storage unscoped) {
        return storeOf("campaigns", CampaignStore.class, store -> intercept(CampaignStore.class, store,
            (m, a) -> switch (m.getName()) {
              case "find" -> Optional.empty();
              case "query" -> Page.of(List.of(), Optional.empty());
              case "count" -> 0L;
              default -> invoke(m, store, a);
            }));
      }
    });
  }

  /** An unscoped storage that says it is scoped to a unit. */
  static Storage unscopedClaimingAScope(Clock clock) {
    return new Broken(reference(clock), new Breaker() {
      @Override
      Optional<OrgId> scope(Optional<OrgId> actual) {
        return Optional.of(actual.orElse(OrgId.of("everything")));
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // unmodifiable lists

  /** Hands out a body's meetings in a list the caller may change. */
  static Storage mutableMeetings(Clock clock) {
    return new Broken(reference(clock), storeOf("leadershipBodies", LeadershipBodyStore.class,
        store -> intercept(LeadershipBodyStore.class, store, (m, a) -> m.getName().equals("meetings")
            ? new ArrayList<>((List<?>) invoke(m, store, a)) : invoke(m, store, a))));
  }

  /** Hands out a group's assignments in a list the caller may change. */
  static Storage mutableAssignments(Clock clock) {
    return guidanceFacts(clock, "assignments", l -> new ArrayList<>(l));
  }

  /** Hands out a group's five-musts records in a list the caller may change. */
  static Storage mutableRecords(Clock clock) {
    return guidanceFacts(clock, "records", l -> new ArrayList<>(l));
  }

  /** Reads a group's assignments back by unit instead of in the order added. */
  static Storage assignmentsByUnit(Clock clock) {
    return guidanceFacts(clock, "assignments", l -> l.stream().sorted(Comparator.comparing(Object::toString)).toList());
  }

  private static Storage guidanceFacts(Clock clock, String method, UnaryOperator<List<?>> reading) {
    return new Broken(reference(clock), storeOf("guidance", GuidanceStore.class,
        store -> intercept(GuidanceStore.class, store, (m, a) -> m.getName().equals(method)
            ? reading.apply((List<?>) invoke(m, store, a)) : invoke(m, store, a))));
  }

  // ---------------------------------------------------------------------------------------------
  // the forwarding storage and its breakers

  /** What a broken storage does differently; by default nothing. */
  abstract static class Breaker {
    /** The store a getter returns, from the reference's. */
    Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
      return store;
    }

    /** What store(type) answers instead of the named getter's store, if anything. */
    <I extends Identifier, T> Optional<AggregateStore<I, T>> store(AggregateType<I, T> type) {
      return Optional.empty();
    }

    /** The scope a view reports. */
    Optional<OrgId> scope(Optional<OrgId> actual) {
      return actual;
    }

    /** The breaker of a unit of work's storage. */
    Breaker insideTransaction() {
      return this;
    }

    /** The breaker of a scoped view, given the unscoped storage it was made from. */
    Breaker scoped(Storage unscoped) {
      return this;
    }
  }

  /** A breaker that changes one getter's store. */
  private static <S> Breaker storeOf(String accessor, Class<S> type, UnaryOperator<S> breaking) {
    return new Breaker() {
      @Override
      Object store(String name, Class<?> t, AggregateStore<?, ?> store) {
        return name.equals(accessor) ? breaking.apply(type.cast(store)) : store;
      }
    };
  }

  /** A storage whose every store is wrapped the same way. */
  private static Storage everyStore(Clock clock, StoreBreaking breaking) {
    return new Broken(reference(clock), new Breaker() {
      @Override
      Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
        return breaking.apply(accessor, type, store);
      }
    });
  }

  @FunctionalInterface
  private interface StoreBreaking {
    Object apply(String accessor, Class<?> type, AggregateStore<?, ?> store);
  }

  /**
   * The reference behind {@link ForwardingStorage}: every getter's store passes through the breaker,
   * {@code store(type)} answers with the named getter's store (as the SPI promises) unless the
   * breaker says otherwise, and units of work and scoped views are broken the same way.
   */
  static final class Broken extends ForwardingStorage {
    private final Storage delegate;
    private final Breaker breaker;

    Broken(Storage delegate, Breaker breaker) {
      this.delegate = delegate;
      this.breaker = breaker;
    }

    @Override
    protected Storage delegate() {
      return delegate;
    }

    private <S> S broken(String accessor, Class<S> type, S store) {
      return type.cast(breaker.store(accessor, type, (AggregateStore<?, ?>) store));
    }

    @Override
    public OrganisationStore organisations() {
      return broken("organisations", OrganisationStore.class, delegate.organisations());
    }

    @Override
    public CampaignStore campaigns() {
      return broken("campaigns", CampaignStore.class, delegate.campaigns());
    }

    @Override
    public ProblemStore problems() {
      return broken("problems", ProblemStore.class, delegate.problems());
    }

    @Override
    public RectificationStore rectifications() {
      return broken("rectifications", RectificationStore.class, delegate.rectifications());
    }

    @Override
    public SpecialRectificationStore specialRectifications() {
      return broken("specialRectifications", SpecialRectificationStore.class, delegate.specialRectifications());
    }

    @Override
    public GuidanceStore guidance() {
      return broken("guidance", GuidanceStore.class, delegate.guidance());
    }

    @Override
    public ActivityStore activities() {
      return broken("activities", ActivityStore.class, delegate.activities());
    }

    @Override
    public LeaderStore leaders() {
      return broken("leaders", LeaderStore.class, delegate.leaders());
    }

    @Override
    public LeadershipBodyStore leadershipBodies() {
      return broken("leadershipBodies", LeadershipBodyStore.class, delegate.leadershipBodies());
    }

    @Override
    public PlanStore plans() {
      return broken("plans", PlanStore.class, delegate.plans());
    }

    @Override
    public ScheduleStore schedule() {
      return broken("schedule", ScheduleStore.class, delegate.schedule());
    }

    @Override
    public ProblemListStore problemLists() {
      return broken("problemLists", ProblemListStore.class, delegate.problemLists());
    }

    @Override
    public <I extends Identifier, T> AggregateStore<I, T> store(AggregateType<I, T> type) {
      return breaker.store(type).orElseGet(() -> type.namedStoreIn(this).orElseThrow());
    }

    @Override
    public <R> R inTransaction(Function<? super Storage, ? extends R> work) {
      return delegate.inTransaction(tx -> work.apply(new Broken(tx, breaker.insideTransaction())));
    }

    @Override
    public Storage scopedTo(OrgId root) {
      return new Broken(delegate.scopedTo(root), breaker.scoped(delegate));
    }

    @Override
    public Optional<OrgId> scope() {
      return breaker.scope(delegate.scope());
    }

    @Override
    public String toString() {
      return "a broken storage over " + delegate;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // proxies of the store interfaces

  private static Object getter(Storage storage, String accessor) {
    try {
      return Storage.class.getMethod(accessor).invoke(storage);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <I extends Identifier, T> ExpectedRevision current(AggregateStore<I, T> store, Object value) {
    Optional<Versioned<T>> now = store.find(store.idOf((T) value));
    return now.map(ExpectedRevision::of).orElse(ExpectedRevision.expectNew());
  }

  @SuppressWarnings("unchecked")
  private static <I extends Identifier, T> Optional<Versioned<Object>> findRaw(AggregateStore<I, T> store,
      Object value) {
    return store.find(store.idOf((T) value)).map(v -> (Versioned<Object>) (Versioned<?>) v);
  }

  @SuppressWarnings("unchecked")
  private static <I extends Identifier, T> Identifier idRaw(AggregateStore<I, T> store, Object value) {
    return store.idOf((T) value);
  }

  @FunctionalInterface
  interface Handler {
    Object handle(Method method, Object[] args) throws Throwable;
  }

  private static <S> S intercept(Class<S> type, S store, Handler handler) {
    return type.cast(proxy(type, handler));
  }

  static Object proxy(Class<?> type, Handler handler) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (p, m, args) -> {
          if (m.getDeclaringClass() == Object.class) {
            return switch (m.getName()) {
              case "equals" -> p == args[0];
              case "hashCode" -> System.identityHashCode(p);
              default -> "broken " + type.getSimpleName();
            };
          }
          return handler.handle(m, args == null ? new Object[0] : args);
        });
  }

  static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
