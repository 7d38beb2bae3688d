package dev.aliyunmock.vpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.router.RouterStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fixture examples of docs/vpc.md load as the page says. */
class VpcDocExamplesTest {
  private static final Path PAGE = Path.of("../docs/vpc.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  private static List<String> examples() throws IOException {
    Matcher m = JSON_BLOCK.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void thePagesWorldLoadsWithItsVpcsVSwitchAndRoute() throws IOException, FixtureException {
    AliyunMock mock = AliyunMock.builder().fixtures(examples().get(0)).build();
    String state = mock.stateJson();
    assertThat(state).contains("\"VpcId\" : \"vpc-hz\"", "\"VRouterId\" : \"vrt-hz\"", "\"VSwitchId\" : \"vsw-hz\"",
        "\"RouteEntryId\" : \"rte-hz-1\"");
    assertThat(mock.routerInterface("ri-hz").orElseThrow().routerId()).isEqualTo("vrt-hz");
  }

  @Test
  void theDocumentForTheDefaultWorldGivesItsVRoutersTheirVpcs() throws IOException, FixtureException {
    AliyunMock mock = AliyunMock.builder().build();
    mock.loadFixtures(examples().get(1));
    Router r = mock.world().read(v -> v.store(RouterStore.KEY).acrossAccounts("vrt-hangzhou000000000001").orElseThrow());
    assertThat(r.vpcId()).isEqualTo("vpc-hangzhou000000000001");
    assertThat(mock.routerInterface("ri-hangzhou0initiator001")).isPresent();
  }
}
