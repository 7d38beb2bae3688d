package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureException;
import org.junit.jupiter.api.Test;

/** Refusals of fixture documents found by {@link FixtureFuzzTest}, pinned one by one. */
class FixtureRefusalsTest {
  private final AliyunMock mock = Engine.defaultWorld();
  private final String before = mock.stateJson();

  private FixtureException refusal(String json) {
    try {
      mock.loadFixtures(json);
    } catch (FixtureException e) {
      assertThat(mock.stateJson()).isEqualTo(before);
      return e;
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void anEmptyKeyIsNamedQuotedInThePath() {
    assertThat(refusal("{\"Regions\":[\"eu-west-1\"],\"\":1}").getMessage())
        .isEqualTo("\"\": unknown key (expected one of Accounts, Regions, RouteEntries, RouterInterfaces, Routers, VSwitches, Vpcs)");
  }

  @Test
  void aKeyWithDotsAndBracketsIsNamedQuotedInThePath() {
    assertThat(refusal("{\"Routers\":[{\"RouterId\":\"vrt-x\",\"a.b[0]\":1}]}").path()).isEqualTo("Routers[0].\"a.b[0]\"");
  }

  @Test
  void anUnknownInterfaceKeyWithSpacesIsNamedQuotedInThePath() {
    assertThat(refusal("{\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-x\",\" Role\":\"InitiatingSide\"}]}").path())
        .isEqualTo("RouterInterfaces[0].\" Role\"");
  }

  @Test
  void aSecondDocumentAfterTheFirstIsRefusedAtItsLineAndColumn() {
    FixtureException e = refusal("{\"Regions\":[\"eu-west-1\"]}\n{\"Regions\":[\"eu-west-2\"]}");
    assertThat(e.path()).matches("\\(line 2, column \\d+\\)");
    assertThat(e.getMessage()).contains("not valid JSON");
  }

  @Test
  void trailingTextAfterTheDocumentIsRefused() {
    assertThat(refusal("{\"Regions\":[\"eu-west-1\"]} x").path()).matches("\\(line 1, column \\d+\\)");
  }

  @Test
  void aPlainUnknownKeyIsNamedAsItIs() {
    assertThatThrownBy(() -> mock.loadFixtures("{\"Accounts\":[{\"OwnerId\":\"1\",\"Colour\":1}]}"))
        .hasMessageStartingWith("Accounts[0].Colour: unknown key");
  }
}
