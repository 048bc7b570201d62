package io.github.chuxin.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Versioned;
import java.util.ArrayList;
import java.util.List;

/** Reading a whole answer page by page, as the groups that query do. */
final class Pages {

  private Pages() {
  }

  /**
   * Reads every page of a query's answer, following the cursors, and checks on the way that no
   * page holds more than the query's limit and that the paging ends.
   */
  static <T> List<Versioned<T>> readAll(AggregateStore<?, T> store, Query query) {
    List<Versioned<T>> all = new ArrayList<>();
    Query q = query;
    for (int pages = 0; ; pages++) {
      Page<Versioned<T>> page = store.query(q);
      assertThat(page.items()).as("a page holds at most the query's limit").hasSizeLessThanOrEqualTo(q.limit());
      all.addAll(page.items());
      if (page.next().isEmpty()) {
        return all;
      }
      assertThat(pages).as("paging ends").isLessThan(1_000_000);
      q = q.continuedAfter(page.next().get());
    }
  }

  /** The ids of the values read, in the order read. */
  static <T> List<String> ids(AggregateStore<?, T> store, List<Versioned<T>> values) {
    return values.stream().map(v -> store.idOf(v.value()).value()).toList();
  }
}
