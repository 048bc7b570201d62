package io.github.chuxin.persistence.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes the nested parts of an aggregate as JSON text and reads them back, by the conventions of
 * the model rather than by annotations: an Immutables value is an object of the properties its
 * builder can set (derived values are left out), a record an object of its components, an
 * identifier record (one {@code String} component) a string, an enum its name, a {@code java.time}
 * value its ISO text, a collection an array, a map an array of {@code [key, value]} pairs.
 *
 * <p>The JSON is private to the adapter's tables: nothing the stores query is read from it. When the
 * model's Jackson module is available it can replace this codec without a schema change.
 * Thread-safe; the reflection is done once per class.
 */
public final class ValueCodec {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

  /** Makes a codec. */
  public ValueCodec() {
    this.mapper = new ObjectMapper();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(64).maxStringLength(10_000_000).build());
  }

  /**
   * Writes a value as JSON text.
   *
   * @param value the value
   * @param type its declared type
   * @return the text
   * @throws IllegalArgumentException if a text of the value holds an unpaired surrogate
   */
  public String write(Object value, Type type) {
    try {
      return WellFormed.require(mapper.writeValueAsString(toNode(value, type)), raw(type).getSimpleName());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + type.getTypeName() + " as JSON", e);
    }
  }

  /**
   * Reads a value from JSON text.
   *
   * @param json the text written by {@link #write}
   * @param type the type to read
   * @param <T> the type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T read(String json, Class<T> type) {
    try {
      return (T) fromNode(mapper.readTree(json), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable JSON", e);
    }
  }

  private JsonNode toNode(Object value, Type declared) {
    if (value == null) {
      return NODES.nullNode();
    }
    Class<?> raw = raw(declared);
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? toNode(o.get(), arg(declared, 0)) : NODES.nullNode();
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof Short s) {
      return NODES.numberNode(s);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Float f) {
      return NODES.numberNode(f);
    }
    if (value instanceof BigDecimal b) {
      return NODES.numberNode(b);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    }
    if (isTextual(value.getClass())) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof Map<?, ?> m) {
      ArrayNode array = NODES.arrayNode();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        array.add(NODES.arrayNode().add(toNode(e.getKey(), arg(declared, 0))).add(toNode(e.getValue(), arg(declared, 1))));
      }
      return array;
    }
    if (value instanceof Collection<?> c) {
      ArrayNode array = NODES.arrayNode();
      for (Object e : c) {
        array.add(toNode(e, arg(declared, 0)));
      }
      return array;
    }
    Shape shape = shape(raw.isInterface() || raw == Object.class ? value.getClass() : raw);
    return shape.write(this, value);
  }

  private Object fromNode(JsonNode node, Type type) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return node == null || node.isNull() ? Optional.empty() : Optional.of(fromNode(node, arg(type, 0)));
    }
    if (node == null || node.isNull()) {
      return null;
    }
    if (raw == String.class) {
      return node.textValue();
    }
    if (raw == int.class || raw == Integer.class) {
      return node.intValue();
    }
    if (raw == long.class || raw == Long.class) {
      return node.longValue();
    }
    if (raw == short.class || raw == Short.class) {
      return node.shortValue();
    }
    if (raw == double.class || raw == Double.class) {
      return node.doubleValue();
    }
    if (raw == float.class || raw == Float.class) {
      return node.floatValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return node.booleanValue();
    }
    if (raw == BigDecimal.class) {
      return node.decimalValue();
    }
    if (raw.isEnum()) {
      return enumValue(raw, node.textValue());
    }
    if (isTextual(raw)) {
      return parseText(raw, node.textValue());
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (JsonNode pair : node) {
        map.put(fromNode(pair.get(0), arg(type, 0)), fromNode(pair.get(1), arg(type, 1)));
      }
      return map;
    }
    if (Set.class.isAssignableFrom(raw)) {
      Set<Object> set = new LinkedHashSet<>();
      node.forEach(e -> set.add(fromNode(e, arg(type, 0))));
      return set;
    }
    if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(e -> list.add(fromNode(e, arg(type, 0))));
      return list;
    }
    return shape(raw).read(this, node);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> raw, String name) {
    return Enum.valueOf((Class) raw, name);
  }

  private static boolean isTextual(Class<?> c) {
    return c == LocalDate.class || c == Instant.class || c == LocalDateTime.class || c == LocalTime.class
        || ZoneId.class.isAssignableFrom(c) || c == Duration.class || c == Period.class || c == YearMonth.class
        || c == Year.class;
  }

  private static Object parseText(Class<?> c, String text) {
    if (c == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (c == Instant.class) {
      return Instant.parse(text);
    }
    if (c == LocalDateTime.class) {
      return LocalDateTime.parse(text);
    }
    if (c == LocalTime.class) {
      return LocalTime.parse(text);
    }
    if (ZoneId.class.isAssignableFrom(c)) {
      return ZoneId.of(text);
    }
    if (c == Duration.class) {
      return Duration.parse(text);
    }
    if (c == Period.class) {
      return Period.parse(text);
    }
    if (c == YearMonth.class) {
      return YearMonth.parse(text);
    }
    return Year.parse(text);
  }

  private Shape shape(Class<?> type) {
    return shapes.computeIfAbsent(type, ValueCodec::inspect);
  }

  private static Shape inspect(Class<?> type) {
    if (type.isRecord()) {
      return RecordShape.of(type);
    }
    Class<?> abstractType = type;
    while (abstractType != null && abstractType.getSimpleName().startsWith("Immutable")
        && !Modifier.isAbstract(abstractType.getModifiers())) {
      abstractType = abstractType.getSuperclass();
    }
    if (abstractType != null) {
      try {
        Method builder = abstractType.getMethod("builder");
        if (Modifier.isStatic(builder.getModifiers())) {
          return BuilderShape.of(abstractType, builder);
        }
      } catch (NoSuchMethodException e) {
        // fall through
      }
    }
    throw new IllegalArgumentException("the JDBC adapter cannot store values of " + type.getName()
        + ": neither a record nor an Immutables value with a static builder()");
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type arg(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      Type a = p.getActualTypeArguments()[index];
      return a instanceof WildcardType w ? w.getUpperBounds()[0] : a;
    }
    return Object.class;
  }

  static RuntimeException unwrap(ReflectiveOperationException e) {
    Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
    if (cause instanceof RuntimeException re) {
      return re;
    }
    return new IllegalStateException(cause);
  }

  private interface Shape {
    JsonNode write(ValueCodec codec, Object value);

    Object read(ValueCodec codec, JsonNode node);
  }

  /** A record: an object of its components, or a string if its one component is a string. */
  private record RecordShape(RecordComponent[] components, Constructor<?> constructor) implements Shape {

    static RecordShape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        components[i].getAccessor().setAccessible(true);
      }
      try {
        Constructor<?> c = type.getDeclaredConstructor(types);
        c.setAccessible(true);
        return new RecordShape(components, c);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    private boolean textual() {
      return components.length == 1 && components[0].getType() == String.class;
    }

    @Override
    public JsonNode write(ValueCodec codec, Object value) {
      try {
        if (textual()) {
          return NODES.textNode((String) components[0].getAccessor().invoke(value));
        }
        ObjectNode object = NODES.objectNode();
        for (RecordComponent c : components) {
          object.set(c.getName(), codec.toNode(c.getAccessor().invoke(value), c.getGenericType()));
        }
        return object;
      } catch (ReflectiveOperationException e) {
        throw unwrap(e);
      }
    }

    @Override
    public Object read(ValueCodec codec, JsonNode node) {
      Object[] args = new Object[components.length];
      if (textual()) {
        args[0] = node.textValue();
      } else {
        for (int i = 0; i < components.length; i++) {
          args[i] = codec.fromNode(node.get(components[i].getName()), components[i].getGenericType());
        }
      }
      try {
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw unwrap(e);
      }
    }
  }

  /** An Immutables value: an object of the properties its builder sets. */
  private record BuilderShape(Method builder, Method build, List<Property> properties) implements Shape {

    record Property(String name, Method getter, Method setter, Function<Object, Object> adapt) {
    }

    static BuilderShape of(Class<?> type, Method builderMethod) {
      Class<?> builderType = builderMethod.getReturnType();
      List<Property> properties = new ArrayList<>();
      try {
        Method build = builderType.getMethod("build");
        for (Method getter : type.getMethods()) {
          if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
              || getter.getDeclaringClass() == Object.class) {
            continue;
          }
          Method setter = setterFor(builderType, getter);
          if (setter != null) {
            getter.setAccessible(true);
            setter.setAccessible(true);
            properties.add(new Property(getter.getName(), getter, setter, Function.identity()));
          }
        }
        properties.sort((a, b) -> a.name().compareTo(b.name()));
        builderMethod.setAccessible(true);
        build.setAccessible(true);
        return new BuilderShape(builderMethod, build, List.copyOf(properties));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type.getName() + ": builder without build()", e);
      }
    }

    private static Method setterFor(Class<?> builderType, Method getter) {
      Class<?> raw = getter.getReturnType();
      Method fallback = null;
      for (Method m : builderType.getMethods()) {
        if (!m.getName().equals(getter.getName()) || m.getParameterCount() != 1) {
          continue;
        }
        Class<?> p = m.getParameterTypes()[0];
        if (raw == Optional.class && p == Optional.class) {
          return m;
        }
        if ((Collection.class.isAssignableFrom(raw)) && p == Iterable.class) {
          return m;
        }
        if (Map.class.isAssignableFrom(raw) && Map.class.isAssignableFrom(p)) {
          return m;
        }
        if (p == raw) {
          fallback = m;
        }
      }
      return fallback;
    }

    @Override
    public JsonNode write(ValueCodec codec, Object value) {
      ObjectNode object = NODES.objectNode();
      try {
        for (Property p : properties) {
          object.set(p.name(), codec.toNode(p.getter().invoke(value), p.getter().getGenericReturnType()));
        }
      } catch (ReflectiveOperationException e) {
        throw unwrap(e);
      }
      return object;
    }

    @Override
    public Object read(ValueCodec codec, JsonNode node) {
      try {
        Object b = builder.invoke(null);
        for (Property p : properties) {
          JsonNode field = node.get(p.name());
          Type type = p.getter().getGenericReturnType();
          if ((field == null || field.isNull()) && raw(type) != Optional.class) {
            continue;
          }
          p.setter().invoke(b, codec.fromNode(field, type));
        }
        return build.invoke(b);
      } catch (ReflectiveOperationException e) {
        throw unwrap(e);
      }
    }
  }
}
