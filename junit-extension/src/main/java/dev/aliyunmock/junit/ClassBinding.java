package dev.aliyunmock.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Which mock a context uses: the class whose configuration applies (the nearest enclosing class
 * context that has one), the context holding its server, and who registered it ({@code null}: the
 * annotation or a bare {@code @ExtendWith}).
 */
record ClassBinding(ExtensionContext classContext, Class<?> testClass, MockConfiguration config, AliyunMockExtension registered) {

  /**
   * The binding of a context: its nearest enclosing class context that declares a configuration;
   * else, for the annotation's instance ({@code annotationInstance}), the outermost class with a
   * bare {@code @ExtendWith(AliyunMockExtension.class)}, on the annotation's defaults.
   */
  static Optional<ClassBinding> find(ExtensionContext context, boolean annotationInstance) {
    ExtensionContext outermost = null;
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestClass().isEmpty() || c.getTestMethod().isPresent()) {
        continue;
      }
      Class<?> testClass = c.getRequiredTestClass();
      Optional<ClassBinding> declared = declared(c, testClass);
      if (declared.isPresent()) {
        return declared;
      }
      if (extendsWithThis(testClass)) {
        outermost = c;
      }
    }
    if (outermost != null && annotationInstance) {
      // A bare @ExtendWith(AliyunMockExtension.class): the annotation's defaults.
      Class<?> k = outermost.getRequiredTestClass();
      return Optional.of(new ClassBinding(outermost, k, AliyunMockExtension.Builder.defaults("@ExtendWith(AliyunMockExtension.class) on " + k.getName()), null));
    }
    return Optional.empty();
  }

  private static boolean extendsWithThis(Class<?> testClass) {
    return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
        .anyMatch(e -> List.of(e.value()).contains(AliyunMockExtension.class));
  }

  /**
   * The configuration a class declares itself (or inherits from a superclass): the annotation or a
   * static {@code @RegisterExtension} field.
   *
   * @throws ExtensionConfigurationException if it declares several or a non-static field
   */
  private static Optional<ClassBinding> declared(ExtensionContext context, Class<?> testClass) {
    Optional<AliyunMockTest> annotation = AnnotationSupport.findAnnotation(testClass, AliyunMockTest.class);
    List<Field> fields =
        ReflectionSupport.findFields(
            testClass,
            f -> AliyunMockExtension.class.isAssignableFrom(f.getType()) && f.isAnnotationPresent(RegisterExtension.class),
            HierarchyTraversalMode.TOP_DOWN);
    for (Field f : fields) {
      if (!Modifier.isStatic(f.getModifiers())) {
        throw new ExtensionConfigurationException(
            "@RegisterExtension field " + name(f) + " must be static: AliyunMockExtension runs one server per test class");
      }
    }
    if (fields.size() > 1) {
      throw new ExtensionConfigurationException(
          testClass.getName() + " registers AliyunMockExtension in several fields ("
              + fields.stream().map(ClassBinding::name).sorted().collect(Collectors.joining(", "))
              + "): a class has one mock; put every account and resource in its fixtures");
    }
    if (fields.size() == 1 && annotation.isPresent()) {
      throw new ExtensionConfigurationException(
          testClass.getName() + " has both @AliyunMockTest and the @RegisterExtension field " + name(fields.get(0))
              + ": use one of them (the builder takes every option of the annotation)");
    }
    if (fields.size() == 1) {
      Field f = fields.get(0);
      Object value = ReflectionSupport.tryToReadFieldValue(f, null).toOptional().orElse(null);
      if (!(value instanceof AliyunMockExtension registered)) {
        return Optional.empty(); // JUnit itself reports a null field
      }
      MockConfiguration config =
          registered.configuration() == null
              ? AliyunMockExtension.Builder.defaults("@RegisterExtension field " + name(f))
              : registered.configuration().from("@RegisterExtension field " + name(f));
      return Optional.of(new ClassBinding(context, testClass, config, registered));
    }
    return annotation.map(a -> new ClassBinding(context, testClass, MockConfiguration.of(a, testClass), null));
  }

  private static String name(Field f) {
    return f.getDeclaringClass().getName() + "." + f.getName();
  }
}
