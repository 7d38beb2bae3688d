package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.aliyunmock.junit.TestKit.FixtureClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Every misconfiguration fails the class at once, with a message that names the problem. */
class MisconfigurationTest {
  private static final String PREFIX = MisconfigurationTest.class.getName() + "$";

  @Test
  void aMissingFixtureResourceIsNamed() {
    assertClassFailsWith(
        MissingFixture.class,
        "@AliyunMockTest on " + PREFIX + "MissingFixture: fixture resource 'worlds/none.json' is not on the class path"
            + " (paths start at the root of the class path)");
  }

  @Test
  void aBadFixtureIsNamedWithThePathOfTheProblem() {
    assertClassFailsWith(
        BadFixture.class,
        "@AliyunMockTest on " + PREFIX + "BadFixture: fixture resource 'worlds/bad-role.json' is refused:"
            + " RouterInterfaces[0].Role: 'Sideways' is not one of InitiatingSide, AcceptingSide");
  }

  @Test
  void anUnresolvedReferenceIsBlamedOnTheFixtureThatHoldsIt() {
    assertClassFailsWith(
        DanglingReference.class,
        "@AliyunMockTest on " + PREFIX + "DanglingReference: fixture resource '/worlds/dangling-router.json' is refused:"
            + " RouterInterfaces[0].RouterId: router 'vrt-nowhere' is not in Routers");
  }

  @Test
  void aBadTransitionModeIsNamed() {
    assertClassFailsWith(
        BadTransitionMode.class,
        "@AliyunMockTest on " + PREFIX + "BadTransitionMode: transition mode must be poll, poll:N, after:DURATION"
            + " or manual, not 'sometimes'");
  }

  @Test
  void theAnnotationAndARegisteredExtensionOnOneClassConflict() {
    assertClassFailsWith(
        BothForms.class,
        PREFIX + "BothForms has both @AliyunMockTest and the @RegisterExtension field " + PREFIX + "BothForms.mock:"
            + " use one of them (the builder takes every option of the annotation)");
  }

  @Test
  void twoRegisteredExtensionsOnOneClassConflict() {
    assertClassFailsWith(
        TwoFields.class,
        PREFIX + "TwoFields registers AliyunMockExtension in several fields (" + PREFIX + "TwoFields.first, "
            + PREFIX + "TwoFields.second): a class has one mock; put every account and resource in its fixtures");
  }

  @Test
  void anExtensionInAnInstanceFieldIsRefused() {
    EngineExecutionResults results = TestKit.run(InstanceField.class);

    results.testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("test"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        "@RegisterExtension field " + PREFIX + "InstanceField.mock must be static:"
                            + " AliyunMockExtension runs one server per test class"))));
  }

  @Test
  void aRefusedJavaFixtureIsNamedWithThePathOfTheProblem() {
    assertClassFailsWith(
        BadJavaFixture.class,
        "@RegisterExtension field " + PREFIX + "BadJavaFixture.mock: fixture #1 (Fixture) is refused:"
            + " Routers[0].RegionId: region 'mars-north-1' is not in Regions");
  }

  @Test
  void invalidJsonTextIsNamed() {
    assertClassFailsWith(
        InvalidJson.class,
        "@RegisterExtension field " + PREFIX + "InvalidJson.mock: fixture #1 (JSON text) is refused:"
            + " (line 1, column 4): not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote"
            + " to start field name");
  }

  private static void assertClassFailsWith(Class<?> testClass, String expected) {
    EngineExecutionResults results = TestKit.run(testClass);

    results.containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(container(testClass), finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    results.testEvents().assertStatistics(stats -> stats.started(0));
  }
  @Test
  void anImageWithoutContainerIsRefused() {
    assertClassFailsWith(
        ImageWithoutContainer.class,
        "@AliyunMockTest on " + PREFIX + "ImageWithoutContainer: image = \"example/aliyun-mock:1\" is used only with"
            + " container = true");
  }

  @Test
  void aBlankImageIsRefused() {
    assertClassFailsWith(
        BlankImage.class,
        "@AliyunMockTest on " + PREFIX + "BlankImage: image must name an image, e.g. localhost/aliyun-mock:latest");
    assertThatThrownBy(() -> AliyunMockExtension.builder().container(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the image must be named, e.g. localhost/aliyun-mock:latest");
  }

  @Test
  void fixturesRefusedTogetherFailAContainerClassBeforeAnyContainerStarts() {
    assertClassFailsWith(
        DanglingReferenceInAContainer.class,
        "@AliyunMockTest on " + PREFIX + "DanglingReferenceInAContainer: fixture resource '/worlds/dangling-router.json'"
            + " is refused: RouterInterfaces[0].RouterId: router 'vrt-nowhere' is not in Routers");
  }

  // ------------------------------------------------------------------ fixture classes

  @FixtureClass
  @AliyunMockTest(image = "example/aliyun-mock:1")
  static class ImageWithoutContainer {
    @Test
    void test() {}
  }

  @FixtureClass
  @AliyunMockTest(container = true, image = " ")
  static class BlankImage {
    @Test
    void test() {}
  }

  @FixtureClass
  @AliyunMockTest(container = true, fixtures = {AliyunMockTest.DEFAULT_WORLD, "/worlds/dangling-router.json"})
  static class DanglingReferenceInAContainer {
    @Test
    void test() {}
  }

  @FixtureClass
  @AliyunMockTest(fixtures = "worlds/none.json")
  static class MissingFixture {
    @Test
    void test() {}
  }

  @FixtureClass
  @AliyunMockTest(fixtures = "worlds/bad-role.json")
  static class BadFixture {
    @Test
    void test() {}
  }

  @FixtureClass
  @AliyunMockTest(fixtures = {AliyunMockTest.DEFAULT_WORLD, "/worlds/dangling-router.json"})
  static class DanglingReference {
    @Test
    void test() {}
  }

  @FixtureClass
  @AliyunMockTest(transitions = "sometimes")
  static class BadTransitionMode {
    @Test
    void test() {}
  }

  @FixtureClass
  @AliyunMockTest
  static class BothForms {
    @RegisterExtension static AliyunMockExtension mock = AliyunMockExtension.builder().build();

    @Test
    void test() {}
  }

  @FixtureClass
  static class TwoFields {
    @RegisterExtension static AliyunMockExtension first = AliyunMockExtension.builder().build();
    @RegisterExtension static AliyunMockExtension second = AliyunMockExtension.builder().build();

    @Test
    void test() {}
  }

  @FixtureClass
  static class InstanceField {
    @RegisterExtension AliyunMockExtension mock = AliyunMockExtension.builder().build();

    @Test
    void test() {}
  }

  @FixtureClass
  static class BadJavaFixture {
    @RegisterExtension
    static AliyunMockExtension mock =
        AliyunMockExtension.builder()
            .fixtures(
                Fixture.builder()
                    .region("cn-hangzhou")
                    .account("1000000000000005", "k", "s")
                    .router("vrt-mars", "mars-north-1", "1000000000000005")
                    .build())
            .build();

    @Test
    void test() {}
  }

  @FixtureClass
  static class InvalidJson {
    @RegisterExtension static AliyunMockExtension mock = AliyunMockExtension.builder().fixtureJson("{  not json").build();

    @Test
    void test() {}
  }
}
