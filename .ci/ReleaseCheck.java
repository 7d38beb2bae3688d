import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Inspects what `mvn -B -Prelease verify` left in each module's target/, as Maven Central would
 * receive it: for every published module, a flattened POM with the metadata Central asks for
 * (name, description, url, licence, developer, scm; no ${...}, no parent), the jar with the
 * project's LICENSE and NOTICE, a sources jar and a javadoc jar; for the standalone jar, the
 * project's LICENSE and NOTICE, the list of bundled libraries (META-INF/THIRD-PARTY.txt) and, for
 * each of them, its own licence files under META-INF/licenses/<artifactId>/ or, for an Apache-2.0
 * library that ships none, the Apache License text at META-INF/LICENSE.
 *
 * <pre>{@code
 * mvn -B -Prelease verify -DskipTests && java .ci/ReleaseCheck.java .
 * MAVEN_GPG_KEY=… mvn -B -Prelease verify -DskipTests && java .ci/ReleaseCheck.java . --signed
 * }</pre>
 *
 * With {@code --signed}, every one of those files must also have its signature ({@code .asc}).
 *
 * Every module of the reactor but docs-tests (test code, never published) is checked, so a new
 * module cannot be forgotten. Exits 1 naming every problem.
 */
public class ReleaseCheck {
  private static final Set<String> UNPUBLISHED = Set.of("docs-tests");

  private final List<String> problems = new ArrayList<>();
  private final boolean signed;
  private int passed;

  private ReleaseCheck(boolean signed) {
    this.signed = signed;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    ReleaseCheck check = new ReleaseCheck(List.of(args).contains("--signed"));
    check.run(root);
    check.problems.forEach(p -> System.out.println("FAIL " + p));
    System.out.println("release-check: " + check.passed + " passed, " + check.problems.size() + " failed");
    System.exit(check.problems.isEmpty() ? 0 : 1);
  }

  private void run(Path root) throws Exception {
    Element project = xml(root.resolve("pom.xml"));
    String version = text(child(child(project, "properties"), "revision"));
    byte[] license = Files.readAllBytes(root.resolve("LICENSE"));
    byte[] notice = Files.readAllBytes(root.resolve("NOTICE"));

    pom(root.resolve("target/.flattened-pom.xml"), "aliyun-mock-parent", version);
    signature(root.resolve("target/aliyun-mock-parent-" + version + ".pom"));
    for (Element module : children(child(project, "modules"), "module")) {
      String dir = text(module);
      if (UNPUBLISHED.contains(dir)) {
        continue;
      }
      Path target = root.resolve(dir).resolve("target");
      String artifactId = text(child(xml(root.resolve(dir).resolve("pom.xml")), "artifactId"));
      String base = artifactId + "-" + version;
      pom(target.resolve(".flattened-pom.xml"), artifactId, version);
      signature(target.resolve(base + ".pom"));
      for (String file : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        signature(target.resolve(base + file));
      }
      try (ZipFile jar = zip(target.resolve(base + ".jar"))) {
        if (jar != null) {
          same(jar, "META-INF/LICENSE", license);
          same(jar, "META-INF/NOTICE", notice);
        }
      }
      try (ZipFile sources = zip(target.resolve(base + "-sources.jar"))) {
        if (sources != null) {
          expect(sources.stream().anyMatch(e -> e.getName().endsWith(".java")), base + "-sources.jar holds Java sources");
        }
      }
      try (ZipFile javadoc = zip(target.resolve(base + "-javadoc.jar"))) {
        if (javadoc != null) {
          expect(javadoc.getEntry("index.html") != null, base + "-javadoc.jar holds index.html");
        }
      }
      if (artifactId.equals("aliyun-mock-server")) {
        bundling(target.resolve(base + "-standalone.jar"), license, notice,
            List.of("wiremock-standalone", "jackson-core", "jackson-databind", "jackson-annotations", "picocli"));
        signature(target.resolve(base + "-standalone.jar"));
        String name = base + "-standalone.jar";
        try (ZipFile jar = zip(target.resolve(name))) {
          if (jar != null) {
            for (String file1 : List.of("LICENSE", "NOTICE")) {
              expect(jar.getEntry("META-INF/licenses/wiremock-standalone/" + file1) != null,
                  name + " keeps WireMock's own " + file1 + " (it lists what wiremock-standalone bundles)");
            }
          }
        }
      }
      if (artifactId.equals("aliyun-mock-contract-tests")) {
        bundling(target.resolve(base + "-runner.jar"), license, notice,
            List.of("junit-platform-launcher", "junit-jupiter-engine", "aliyun-java-sdk-core", "rest-assured", "picocli"));
        signature(target.resolve(base + "-runner.jar"));
      }
    }
  }

  /** The flattened POM: what is installed and published instead of pom.xml. */
  private void pom(Path file, String artifactId, String version) throws Exception {
    if (!expect(Files.isRegularFile(file), file + " exists (flatten-maven-plugin)")) {
      return;
    }
    String raw = Files.readString(file);
    Element p = xml(file);
    String what = artifactId + "'s published POM";
    expect(!raw.contains("${"), what + " has no unresolved ${...}");
    expect(child(p, "parent") == null, what + " needs no parent");
    expect(artifactId.equals(text(child(p, "artifactId"))), what + " is " + artifactId);
    expect(version.equals(text(child(p, "version"))), what + " has version " + version);
    for (String element : List.of("name", "description", "url")) {
      expect(!text(child(p, element)).isBlank(), what + " has <" + element + ">");
    }
    Element license = child(child(p, "licenses"), "license");
    expect(!text(child(license, "name")).isBlank() && !text(child(license, "url")).isBlank(), what + " has a <license> with name and url");
    Element developer = child(child(p, "developers"), "developer");
    expect(!text(child(developer, "name")).isBlank(), what + " has a <developer> with a name");
    Element scm = child(p, "scm");
    for (String element : List.of("connection", "developerConnection", "url")) {
      expect(!text(child(scm, element)).isBlank(), what + " has <scm><" + element + ">");
    }
  }

  /** A jar that bundles libraries: ours, and every bundled library named with its licence kept. */
  private void bundling(Path file, byte[] license, byte[] notice, List<String> required) throws IOException {
    try (ZipFile jar = zip(file)) {
      if (jar == null) {
        return;
      }
      String name = file.getFileName().toString();
      same(jar, "META-INF/LICENSE", license);
      same(jar, "META-INF/NOTICE", notice);
      ZipEntry list = jar.getEntry("META-INF/THIRD-PARTY.txt");
      if (!expect(list != null, name + " has META-INF/THIRD-PARTY.txt")) {
        return;
      }
      String thirdParty = read(jar, list);
      // "(licence) name (groupId:artifactId:version - url)", one line per bundled library
      Matcher m = Pattern.compile("^\\s*\\((.+?)\\) .*\\(([^:()\\s]+):([^:()\\s]+):([^:()\\s]+) - .*$", Pattern.MULTILINE).matcher(thirdParty);
      Set<String> listed = new TreeSet<>();
      while (m.find()) {
        String licence = m.group(1), group = m.group(2), artifact = m.group(3);
        listed.add(artifact);
        if (group.equals("dev.aliyunmock")) {
          continue;
        }
        String folder = "META-INF/licenses/" + artifact + "/";
        boolean ownFiles = jar.stream().anyMatch(e -> !e.isDirectory() && e.getName().startsWith(folder));
        boolean apache = licence.contains("Apache") && licence.contains("2.0");
        expect(ownFiles || apache, name + " keeps the licence of " + group + ":" + artifact + " (" + licence + ") under " + folder
            + " or, being Apache-2.0, at META-INF/LICENSE");
      }
      for (String bundled : required) {
        expect(listed.contains(bundled), name + "'s THIRD-PARTY.txt lists " + bundled);
      }
    }
  }

  /** With --signed: the file's signature, made by maven-gpg-plugin beside it. */
  private void signature(Path file) {
    if (signed) {
      Path asc = file.resolveSibling(file.getFileName() + ".asc");
      expect(Files.isRegularFile(asc), asc + " exists (maven-gpg-plugin)");
    }
  }

  // ------------------------------------------------------------------ helpers

  private boolean expect(boolean ok, String what) {
    if (ok) {
      passed++;
    } else {
      problems.add(what);
    }
    return ok;
  }

  private ZipFile zip(Path file) throws IOException {
    return expect(Files.isRegularFile(file), file + " exists") ? new ZipFile(file.toFile()) : null;
  }

  private void same(ZipFile jar, String entry, byte[] expected) throws IOException {
    ZipEntry e = jar.getEntry(entry);
    String what = Path.of(jar.getName()).getFileName() + " has the project's " + entry.substring(entry.lastIndexOf('/') + 1) + " at " + entry;
    try (InputStream in = e == null ? null : jar.getInputStream(e)) {
      expect(in != null && Arrays.equals(in.readAllBytes(), expected), what);
    }
  }

  private static String read(ZipFile jar, ZipEntry e) throws IOException {
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static Element xml(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(file.toFile());
    return d.getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element e) {
    return e == null ? "" : e.getTextContent().trim();
  }
}
