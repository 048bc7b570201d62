package io.github.chuxin.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's answer 分頁 (分页): at most the query's limit of items, in the store's
 * stable order, and the cursor of the next page if there may be one.
 *
 * @param items the items, unmodifiable
 * @param next the cursor after the last item, or empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {

  /**
   * Copies the items.
   *
   * @param items not null
   * @param next not null
   */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }

  /**
   * Returns a page.
   *
   * @param items the items, not null
   * @param next the next page's cursor, not null
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> items, Optional<Cursor> next) {
    return new Page<>(items, next);
  }

  /**
   * Tells whether another page may follow.
   *
   * @return true if {@link #next()} is present
   */
  public boolean hasNext() {
    return next.isPresent();
  }
}
