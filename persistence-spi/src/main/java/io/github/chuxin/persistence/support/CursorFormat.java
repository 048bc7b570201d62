package io.github.chuxin.persistence.support;

import io.github.chuxin.persistence.Cursor;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The cursor tokens of one store 游標格式 (游标格式), and the keyset page built with them: a token
 * is the store's tag, a colon and the URL-safe Base64 of the last key of the page (the id's text),
 * so that a page continues strictly after that key and a cursor of another store is refused
 * instead of misread.
 *
 * @param tag what a token of the store starts with before the colon, such as {@code "mem1"}; not blank
 * @param store the store's name for messages, such as {@code "the in-memory store"}; not blank
 */
public record CursorFormat(String tag, String store) {

  /**
   * Checks the parts.
   *
   * @param tag not blank, without a colon
   * @param store not blank
   */
  public CursorFormat {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(store, "store");
    if (tag.isBlank() || tag.indexOf(':') >= 0 || store.isBlank()) {
      throw new IllegalArgumentException("a cursor format needs a tag without a colon and a store name");
    }
  }

  /**
   * Returns the cursor that continues after a key.
   *
   * @param key the last key of a page, not null
   * @return the cursor
   */
  public Cursor after(String key) {
    return Cursor.of(tag + ":" + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads the key a cursor continues after.
   *
   * @param cursor a cursor made by {@link #after(String)} of this format, not null
   * @return the key
   * @throws IllegalArgumentException if the cursor is not one of this store's
   */
  public String keyOf(Cursor cursor) {
    String token = cursor.token();
    String prefix = tag + ":";
    if (!token.startsWith(prefix)) {
      throw new IllegalArgumentException("not a cursor of " + store + ": " + cursor);
    }
    try {
      return new String(Base64.getUrlDecoder().decode(token.substring(prefix.length())), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor of " + store + ": " + cursor, e);
    }
  }

  /**
   * Reads the key a query's page starts after.
   *
   * @param query the query, not null
   * @return the key of its cursor, or empty for a first page
   * @throws IllegalArgumentException if the cursor is not one of this store's
   */
  public Optional<String> keyAfter(Query query) {
    return query.after().map(this::keyOf);
  }

  /**
   * Builds one page from rows in ascending key order that start after the query's cursor: the
   * first {@code limit} rows that match, and a cursor after the last of them if another matching
   * row follows.
   *
   * @param rows the rows after the cursor, in ascending key order, not null
   * @param matches which rows the query answers, not null
   * @param limit the page size, at least 1
   * @param keyOf the key of a row, not null
   * @param <V> the row type
   * @return the page
   */
  public <V> Page<V> page(Iterator<? extends V> rows, Predicate<? super V> matches, int limit,
      Function<? super V, String> keyOf) {
    List<V> items = new ArrayList<>(Math.min(limit, 1024));
    while (rows.hasNext()) {
      V row = rows.next();
      if (matches.test(row)) {
        if (items.size() == limit) {
          return Page.of(items, Optional.of(after(keyOf.apply(items.get(items.size() - 1)))));
        }
        items.add(row);
      }
    }
    return Page.of(items, Optional.empty());
  }
}
