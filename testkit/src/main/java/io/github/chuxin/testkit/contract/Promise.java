package io.github.chuxin.testkit.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One promise of the storage SPI as the kit checks it, and the failure an adapter author reads
 * when the storage breaks it: the promise in words, the SPI method, the expected and the actual
 * value, on one screen. Long values are cut around their first difference (a list names its size
 * and its first differing element), and control characters are shown as {@code \}{@code uXXXX},
 * so that hostile text stays readable.
 *
 * <pre>
 * storage contract: a find returns what the caller saved
 *   SPI method: AggregateStore.find(id)
 *   expected:   Optional[Versioned[value=Problem{id=kit-3-problem-7, …, description=a\u0000b}, …]]
 *   actual:     Optional[Versioned[value=Problem{id=kit-3-problem-7, …, description=ab}, …]]
 * </pre>
 */
final class Promise {

  /** The most characters of one value a message shows. */
  static final int WIDTH = 160;

  private final String method;
  private final String promise;

  private Promise(String method, String promise) {
    this.method = Objects.requireNonNull(method, "method");
    this.promise = Objects.requireNonNull(promise, "promise");
  }

  /**
   * Returns a promise of a method.
   *
   * @param method the SPI method, such as {@code "RectificationStore.history(item)"}
   * @param promise what it promises, in words, such as {@code "one record per write, oldest first"}
   */
  static Promise of(String method, String promise) {
    return new Promise(method, promise);
  }

  /** Returns the same promise about one case (a kind, a sample), named after it in the message. */
  Promise about(Object what) {
    return new Promise(method, promise + " [" + show(String.valueOf(what), WIDTH) + "]");
  }

  /** Fails unless the actual value equals the expected one. */
  void equal(Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw failure(expected, actual);
    }
  }

  /** Fails unless a condition holds, showing what was expected and what was seen. */
  void holds(boolean condition, Object expected, Object actual) {
    if (!condition) {
      throw failure(expected, actual);
    }
  }

  /** Fails unless the optional holds exactly the expected value. */
  void found(Object expected, Optional<?> actual) {
    equal(Optional.of(expected), actual);
  }

  /** Fails unless the optional is empty. */
  void absent(Optional<?> actual) {
    equal(Optional.empty(), actual);
  }

  /**
   * Runs a call that must throw an exception of a type, and returns it; fails if the call returns
   * or throws another type.
   */
  <E extends Throwable> E thrown(Class<E> type, Call call) {
    Throwable thrown = null;
    try {
      call.run();
    } catch (Throwable t) {
      thrown = t;
    }
    if (!type.isInstance(thrown)) {
      throw failure("to throw " + type.getSimpleName(), thrown == null ? "returned normally"
          : "threw " + thrown.getClass().getSimpleName() + ": " + thrown.getMessage());
    }
    return type.cast(thrown);
  }

  /** Fails unless every way of changing the list is refused and the list stays as it was. */
  void unmodifiable(List<?> list) {
    List<?> before = List.copyOf(list);
    check(list, "clear()", list::clear, before);
    check(list, "add(…)", () -> addFirstAgain(list), before);
    check(list, "remove(0)", () -> list.remove(0), before);
    check(list, "set(0, …)", () -> setFirst(list), before);
  }

  @SuppressWarnings("unchecked")
  private static <T> void addFirstAgain(List<T> list) {
    list.add(list.isEmpty() ? null : list.get(0));
  }

  @SuppressWarnings("unchecked")
  private static <T> void setFirst(List<T> list) {
    list.set(0, list.isEmpty() ? null : list.get(list.size() - 1));
  }

  private void check(List<?> list, String change, Call call, List<?> before) {
    Throwable thrown = null;
    try {
      call.run();
    } catch (Throwable t) {
      thrown = t;
    }
    if (!(thrown instanceof UnsupportedOperationException) && !(before.isEmpty() && thrown != null)) {
      throw failure("an unmodifiable list: " + change + " throws UnsupportedOperationException",
          thrown == null ? "a " + list.getClass().getName() + " that accepted " + change
              : change + " threw " + thrown.getClass().getSimpleName());
    }
    if (!before.equals(list)) {
      throw failure(before, list);
    }
  }

  /** A call that may throw anything. */
  @FunctionalInterface
  interface Call {
    void run() throws Throwable;
  }

  /** The failure of this promise, for a check of the kit's own. */
  AssertionError failure(Object expected, Object actual) {
    String[] shown = differing(expected, actual);
    return new AssertionError("storage contract: " + promise + "\n  SPI method: " + method + "\n  expected:   "
        + shown[0] + "\n  actual:     " + shown[1]);
  }

  /** A failure whose expected and actual values are computed only when it is thrown. */
  AssertionError failure(Supplier<?> expected, Supplier<?> actual) {
    return failure(expected.get(), actual.get());
  }

  /** The two values as one line each, cut around their first difference. */
  static String[] differing(Object expected, Object actual) {
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      int i = 0;
      while (i < e.size() && i < a.size() && Objects.equals(e.get(i), a.get(i))) {
        i++;
      }
      String[] at = differing(i < e.size() ? e.get(i) : "(the end)", i < a.size() ? a.get(i) : "(the end)");
      return new String[] {"a list of " + e.size() + ", at index " + i + ": " + at[0],
          "a list of " + a.size() + ", at index " + i + ": " + at[1]};
    }
    String e = escape(String.valueOf(expected));
    String a = escape(String.valueOf(actual));
    int first = 0;
    while (first < e.length() && first < a.length() && e.charAt(first) == a.charAt(first)) {
      first++;
    }
    int from = Math.max(0, first - WIDTH / 2);
    return new String[] {window(e, from), window(a, from)};
  }

  private static String window(String text, int from) {
    int to = Math.min(text.length(), from + WIDTH);
    return (from > 0 ? "…" : "") + text.substring(from, to)
        + (to < text.length() || from > 0 ? "… (" + text.length() + " chars)" : "");
  }

  /** A value cut to a width, control characters escaped. */
  static String show(String text, int width) {
    String escaped = escape(text);
    return escaped.length() <= width ? escaped : escaped.substring(0, width) + "… (" + escaped.length() + " chars)";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x202E || c == 0x200F || c == 0xFEFF) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
      } else {
        out.append((char) c);
      }
    });
    return out.toString();
  }
}
