package io.github.chuxin.consumer.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that compiles with {@code -Xlint:all -Werror} can name every public type of the
 * published jars: no class file refers to an annotation that is not on the consumer's class path
 * (the Immutables annotations are not, as Maven does not pass on a provided dependency).
 */
class PublishedTypesCompileStrictlyTest {

  /** The published jars as the reactor or a repository names them: artifact id, version, ".jar". */
  private static final Pattern PUBLISHED = Pattern.compile(
      "chuxin-(core|jackson|persistence-spi|persistence-jdbc|testkit)-\\d[^-]*(-SNAPSHOT)?\\.jar");

  @Test
  void everyPublicTypeCompilesUnderEveryLintWithWarningsAsErrors(@TempDir Path dir) throws Exception {
    List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).collect(Collectors.toList());
    assertThat(classPath).as("Immutables is not on a consumer's class path")
        .noneMatch(p -> p.getFileName().toString().startsWith("value-"));
    List<Path> jars = classPath.stream()
        .filter(p -> PUBLISHED.matcher(p.getFileName().toString()).matches()).collect(Collectors.toList());
    assertThat(jars).as("the five published jars on the class path").hasSize(5);

    List<String> types = new ArrayList<>();
    for (Path jar : jars) {
      types.addAll(publicTypes(jar));
    }
    StringBuilder source = new StringBuilder("final class AllPublishedTypes {\n  static final Class<?>[] TYPES = {\n");
    types.forEach(type -> source.append("    ").append(type).append(".class,\n"));
    source.append("  };\n}\n");
    Path file = dir.resolve("AllPublishedTypes.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17",
          "-d", Files.createDirectories(dir.resolve("classes")).toString(),
          "-classpath", System.getProperty("java.class.path"));
      compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
    }
    String messages = diagnostics.getDiagnostics().stream()
        .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
    assertThat(diagnostics.getDiagnostics()).as(messages)
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
    assertThat(compiled).as(messages).isTrue();
    assertThat(types).as("public types named").hasSizeGreaterThan(200);
    System.out.println("[consumer-classpath] " + types.size() + " public types of " + jars.size()
        + " jars compiled under -Xlint:all -Werror");
  }

  /** The canonical names of the jar's public, not deprecated types, nested ones included. */
  private static List<String> publicTypes(Path jar) throws IOException, ClassNotFoundException {
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : file.stream().collect(Collectors.toList())) {
        String name = entry.getName();
        if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("META-INF/")
            && !name.endsWith("module-info.class") && !name.endsWith("package-info.class")) {
          addPublic(Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
              PublishedTypesCompileStrictlyTest.class.getClassLoader()), names);
        }
      }
    }
    return names;
  }

  private static void addPublic(Class<?> type, List<String> names) {
    if (Modifier.isPublic(type.getModifiers()) && !type.isAnnotationPresent(Deprecated.class)) {
      names.add(type.getCanonicalName());
      for (Class<?> member : type.getClasses()) {
        if (member.getDeclaringClass() == type) {
          addPublic(member, names);
        }
      }
    }
  }
}
