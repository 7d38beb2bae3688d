package dev.aliyunmock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.AdminApi;
import dev.aliyunmock.control.MockOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's two commands are what CI runs and what the build makes; the pages that list the
 * admin routes and the options list every one of them, and the versions they print are this
 * build's.
 */
class ReadmeAndReferenceTest {
  private static final String VERSION = System.getProperty("docs.version", "unknown");

  private static List<String> shellLines(Path doc) {
    List<String> lines = new ArrayList<>();
    for (Block b : Block.of(doc, Repo.read(doc))) {
      if (b.language().equals("bash")) {
        for (String l : b.text().split("\n")) {
          if (!l.isBlank() && !l.trim().startsWith("#")) {
            lines.add(l.trim());
          }
        }
      }
    }
    return lines;
  }

  @Test
  void theReadmeStartsWithTheTwoCommandsAndCiRunsTheTestCommand() {
    List<String> commands = shellLines(Path.of("README.md"));
    assertThat(commands.get(0)).startsWith("mvn -B -DskipTests package && java -jar ");
    assertThat(commands.get(1)).isEqualTo("mvn -B verify");
    assertThat(Repo.read(Path.of(".ci/run"))).as(".ci/run runs the README's test command").contains("\n" + commands.get(1) + "\n");

    Matcher jar = Pattern.compile("java -jar (\\S+)").matcher(commands.get(0));
    assertThat(jar.find()).isTrue();
    assertThat(Path.of(jar.group(1)).getFileName().toString())
        .as("the jar the build makes")
        .isEqualTo(Path.of(System.getProperty("docs.standaloneJar", "missing")).getFileName().toString());
    assertThat(Repo.read(Path.of("README.md")).indexOf("## ")).as("the two commands come before the first section").isGreaterThan(Repo.read(Path.of("README.md")).indexOf("mvn -B verify"));
  }

  @Test
  void everyVersionTheDocsNameForThisProjectIsThisBuilds() {
    Pattern named = Pattern.compile("aliyun-mock-[a-z-]+-(\\d+\\.\\d+\\.\\d+(?:-SNAPSHOT)?)|<version>(\\d+\\.\\d+\\.\\d+(?:-SNAPSHOT)?)</version>");
    List<String> stale = new ArrayList<>();
    List<Path> files = new ArrayList<>(Repo.documents());
    files.add(Path.of(".ci/consumer/annotation/pom.xml"));
    files.add(Path.of(".ci/consumer/testcontainers/pom.xml"));
    for (Path f : files) {
      String text = Repo.read(f);
      Matcher m = named.matcher(text);
      while (m.find()) {
        String v = m.group(1) != null ? m.group(1) : m.group(2);
        boolean ours = m.group(1) != null || text.substring(Math.max(0, m.start() - 120), m.start()).contains("dev.aliyunmock");
        if (ours && !v.equals(VERSION)) {
          stale.add(f + ": " + m.group());
        }
      }
    }
    assertThat(VERSION).isNotEqualTo("unknown");
    assertThat(stale).as("this build is %s", VERSION).isEmpty();
  }

  @Test
  void theAdminApiPageListsEveryRoute() {
    String page = Repo.read(Path.of("docs/admin-api.md"));
    for (AdminApi.Route r : AdminApi.Route.values()) {
      assertThat(page).as("docs/admin-api.md lists %s", r).contains("`" + r.method() + " " + r.path() + "`");
    }
  }

  @Test
  void theStandalonePageListsEveryFlagAndVariableAndTheContainerPageEveryVariable() {
    String standalone = Repo.read(Path.of("docs/standalone.md"));
    String container = Repo.read(Path.of("docs/container.md"));
    for (MockOptions.Option o : MockOptions.Option.values()) {
      assertThat(standalone).as("docs/standalone.md lists %s", o.flag()).contains("`" + o.flag());
      if (o.environmentVariable() != null) {
        assertThat(standalone).contains("`" + o.environmentVariable() + "`");
        assertThat(container).as("docs/container.md lists %s", o.environmentVariable()).contains(o.environmentVariable());
      }
      if (o.systemProperty() != null) {
        assertThat(standalone).as("docs/standalone.md lists %s", o.systemProperty()).contains("`" + o.systemProperty() + "`");
      }
    }
  }
}
