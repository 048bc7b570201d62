package io.github.chuxin.testkit.contract;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

/**
 * Deliberately broken storages: the in-memory reference behind proxies that break one promise each.
 */
final class BrokenStorages {

  private BrokenStorages() {
  }

  static Storage reference() {
    return InMemoryStorage.create(Clock.fixed(Instant.parse("2019-07-01T00:00:00Z"), ZoneOffset.UTC));
  }

  /** Writes over whatever revision is stored, whatever the writer expected. */
  static Storage ignoringRevisions(Storage delegate) {
    return wrap(delegate, new Breaker() {
      @Override
      Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
        return proxy(type, (m, a) -> {
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
        });
      }
    });
  }

  /** Inside a unit of work, silently drops every write of activities. */
  static Storage losingAWriteInUnitsOfWork(Storage delegate) {
    Breaker dropping = new Breaker() {
      @Override
      Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
        if (!accessor.equals("activities")) {
          return store;
        }
        return proxy(type, (m, a) -> m.getName().equals("save") ? Versioned.of(a[0], Revision.first())
            : invoke(m, store, a));
      }
    };
    return wrap(delegate, new Breaker() {
      @Override
      Breaker insideTransaction() {
        return dropping;
      }
    });
  }

  /**
   * Reports a write that would make a cycle in the tree as accepted (and writes nothing), as an
   * adapter would that forgot to look for cycles or swallowed the refusal.
   */
  static Storage swallowingCycles(Storage delegate) {
    return wrap(delegate, new Breaker() {
      @Override
      Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
        if (!accessor.equals("organisations")) {
          return store;
        }
        return proxy(type, (m, a) -> {
          try {
            return invoke(m, store, a);
          } catch (TreeCycleException e) {
            if (m.getName().equals("saveAll")) {
              return ((java.util.List<?>) a[0]).stream().map(v -> Versioned.of(v, Revision.first())).toList();
            }
            return Versioned.of(a[0], Revision.first());
          }
        });
      }
    });
  }

  /** Hands out cursors one item early, so each next page repeats the previous page's last item. */
  static Storage pagingWithADuplicate(Storage delegate) {
    return wrap(delegate, new Breaker() {
      @Override
      Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
        return proxy(type, (m, a) -> {
          if (m.getName().equals("query")) {
            Query q = (Query) a[0];
            Page<?> page = (Page<?>) invoke(m, store, a);
            if (page.next().isPresent() && q.limit() > 1) {
              Query shorter = Query.builder().from(q).limit(q.limit() - 1).build();
              Page<?> early = (Page<?>) invoke(m, store, new Object[] {shorter});
              return Page.of(page.items(), early.next());
            }
            return page;
          }
          return invoke(m, store, a);
        });
      }
    });
  }

  /** A scoped view whose problem store is not scoped at all. */
  static Storage leakingAcrossScopes(Storage delegate) {
    return leakingAcrossScopes(delegate, "problems");
  }

  /** A scoped view whose store of one accessor (e.g. "leadershipBodies") is not scoped at all. */
  static Storage leakingAcrossScopes(Storage delegate, String leakingAccessor) {
    return wrap(delegate, new Breaker() {
      @Override
      Breaker scoped(Storage unscoped) {
        return new Breaker() {
          @Override
          Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
            if (!accessor.equals(leakingAccessor)) {
              return store;
            }
            try {
              return Storage.class.getMethod(accessor).invoke(unscoped);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        };
      }
    });
  }

  /** What a broken storage does differently; by default nothing. */
  abstract static class Breaker {
    Object store(String accessor, Class<?> type, AggregateStore<?, ?> store) {
      return store;
    }

    Breaker insideTransaction() {
      return this;
    }

    Breaker scoped(Storage unscoped) {
      return this;
    }
  }

  static Storage wrap(Storage delegate, Breaker breaker) {
    return (Storage) proxy(Storage.class, (m, a) -> {
      switch (m.getName()) {
        case "inTransaction": {
          @SuppressWarnings("unchecked")
          Function<Storage, Object> work = (Function<Storage, Object>) a[0];
          return delegate.inTransaction(tx -> work.apply(wrap(tx, breaker.insideTransaction())));
        }
        case "scopedTo":
          return wrap(delegate.scopedTo((OrgId) a[0]), breaker.scoped(delegate));
        default:
          Object result = invoke(m, delegate, a);
          return result instanceof AggregateStore<?, ?> store
              ? breaker.store(m.getName(), m.getReturnType(), store) : result;
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static <I extends Identifier, T> ExpectedRevision current(AggregateStore<I, T> store, Object value) {
    Optional<Versioned<T>> now = store.find(store.idOf((T) value));
    return now.map(ExpectedRevision::of).orElse(ExpectedRevision.expectNew());
  }

  @FunctionalInterface
  interface Handler {
    Object handle(Method method, Object[] args) throws Throwable;
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
