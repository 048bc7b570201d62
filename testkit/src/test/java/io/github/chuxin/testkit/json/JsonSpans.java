package io.github.chuxin.testkit.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the values and the object members of a JSON text are, as byte offsets, found by a small iterative scanner
 * (no recursion, so a text nested a hundred thousand levels deep is scanned too). It reads well-formed JSON as the
 * snapshot writer produces it, with or without indentation; on anything else {@link #scan(byte[])} returns
 * {@code null} and the mutators fall back to mutations of plain bytes.
 */
final class JsonSpans {

  /** A value: bytes {@code [start, end)}; {@code type} is its first byte ({@code { [ " t f n} or a digit/minus). */
  record Value(int start, int end, byte type, Node parent, String step) {
    /** The JSONPath of the object or array that holds this value, or {@code $} for the root. */
    String parentPath() {
      java.util.ArrayDeque<String> steps = new java.util.ArrayDeque<>();
      for (Node n = parent; n != null; n = n.parent()) {
        steps.push(n.step());
      }
      return steps.isEmpty() ? "$" : String.join("", steps);
    }

    /** The JSONPath of this value as the reader writes it, e.g. {@code $.problems[3].discoveredOn}. */
    String path() {
      java.util.ArrayDeque<String> steps = new java.util.ArrayDeque<>();
      steps.push(step);
      for (Node n = parent; n != null; n = n.parent()) {
        steps.push(n.step());
      }
      return String.join("", steps);
    }

    boolean isString() {
      return type == '"';
    }

    boolean isContainer() {
      return type == '{' || type == '[';
    }
  }

  /** An open container: its parent and the step from the parent to it ({@code $} for the root). */
  record Node(Node parent, String step) {}

  /** A member of an object: the key's bytes {@code [keyStart, keyEnd)} and its value's {@code [keyStart, end)}. */
  record Member(int keyStart, int keyEnd, int valueStart, int end, Value value) {}

  final List<Value> values;
  final List<Member> members;

  private JsonSpans(List<Value> values, List<Member> members) {
    this.values = values;
    this.members = members;
  }

  /** The spans of {@code text}, or {@code null} if it is not JSON this scanner reads. */
  static JsonSpans scan(byte[] text) {
    List<Value> values = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    // the open containers: their start, whether an object, and (for objects) the pending key
    int[] starts = new int[64];
    boolean[] objects = new boolean[64];
    int[] keyStarts = new int[64];
    int[] keyEnds = new int[64];
    boolean[] expectKey = new boolean[64];
    Node[] nodes = new Node[64];
    int[] indexes = new int[64];
    boolean[] keyPending = new boolean[64];
    int depth = 0;
    int i = 0;
    int n = text.length;
    boolean done = false;
    while (i < n) {
      byte c = text[i];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        i++;
        continue;
      }
      if (done) {
        return null;
      }
      int start = i;
      int end;
      switch (c) {
        case '{', '[' -> {
          if (depth > 0 && objects[depth - 1] && !keyPending[depth - 1]) {
            return null;
          }
          if (depth == starts.length) {
            starts = java.util.Arrays.copyOf(starts, depth * 2);
            objects = java.util.Arrays.copyOf(objects, depth * 2);
            keyStarts = java.util.Arrays.copyOf(keyStarts, depth * 2);
            keyEnds = java.util.Arrays.copyOf(keyEnds, depth * 2);
            expectKey = java.util.Arrays.copyOf(expectKey, depth * 2);
            nodes = java.util.Arrays.copyOf(nodes, depth * 2);
            indexes = java.util.Arrays.copyOf(indexes, depth * 2);
            keyPending = java.util.Arrays.copyOf(keyPending, depth * 2);
          }
          nodes[depth] = depth == 0 ? new Node(null, "$") : new Node(nodes[depth - 1], step(text, depth - 1, objects,
              keyStarts, keyEnds, indexes));
          indexes[depth] = 0;
          keyPending[depth] = false;
          starts[depth] = i;
          objects[depth] = c == '{';
          expectKey[depth] = c == '{';
          depth++;
          i++;
          continue;
        }
        case '}', ']' -> {
          if (depth == 0 || objects[depth - 1] != (c == '}')) {
            return null;
          }
          depth--;
          start = starts[depth];
          end = i + 1;
        }
        case ',' -> {
          if (depth == 0) {
            return null;
          }
          if (objects[depth - 1]) {
            expectKey[depth - 1] = true;
          }
          i++;
          continue;
        }
        case ':' -> {
          i++;
          continue;
        }
        case '"' -> {
          end = stringEnd(text, i);
          if (end < 0) {
            return null;
          }
          if (depth > 0 && objects[depth - 1] && expectKey[depth - 1]) {
            keyStarts[depth - 1] = start;
            keyEnds[depth - 1] = end;
            expectKey[depth - 1] = false;
            keyPending[depth - 1] = true;
            i = end;
            continue;
          }
          if (depth > 0 && objects[depth - 1] && !keyPending[depth - 1]) {
            return null;
          }
        }
        default -> {
          if (depth > 0 && objects[depth - 1] && !keyPending[depth - 1]) {
            return null;
          }
          end = i;
          while (end < n && isScalarByte(text[end])) {
            end++;
          }
          if (end == i) {
            return null;
          }
        }
      }
      byte type = text[start];
      Value value = depth == 0 ? new Value(start, end, type, null, "$") : new Value(start, end, type,
          nodes[depth - 1], step(text, depth - 1, objects, keyStarts, keyEnds, indexes));
      values.add(value);
      if (depth > 0 && objects[depth - 1]) {
        members.add(new Member(keyStarts[depth - 1], keyEnds[depth - 1], start, end, value));
        keyPending[depth - 1] = false;
      } else if (depth > 0) {
        indexes[depth - 1]++;
      }
      if (depth == 0) {
        done = true;
      }
      i = end;
    }
    return done ? new JsonSpans(values, members) : null;
  }

  /** The step into the current value of the container at {@code d}: {@code .name}, {@code ['name']} or {@code [i]}. */
  private static String step(byte[] text, int d, boolean[] objects, int[] keyStarts, int[] keyEnds, int[] indexes) {
    if (!objects[d]) {
      return "[" + indexes[d] + "]";
    }
    String name = new String(text, keyStarts[d] + 1, keyEnds[d] - keyStarts[d] - 2,
        java.nio.charset.StandardCharsets.UTF_8);
    return name.matches("[A-Za-z_][A-Za-z0-9_-]*") ? "." + name : "['" + name + "']";
  }

  private static boolean isScalarByte(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '-' || b == '+'
        || b == '.';
  }

  /** The offset after the closing quote of the string that starts at {@code quote}, or -1. */
  private static int stringEnd(byte[] text, int quote) {
    for (int i = quote + 1; i < text.length; i++) {
      if (text[i] == '\\') {
        i++;
      } else if (text[i] == '"') {
        return i + 1;
      }
    }
    return -1;
  }
}
