package dev.aliyunmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.RawHttp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fenced {@code http} request of docs/reference/clients-raw-requests.md, sent byte for byte
 * over a plain socket, gets the answer the appendix states under it ("Expected from the mock:
 * STATUS [`CODE`], …"): the exact bytes the surveyed clients put on the wire (docs/reference/clients.md).
 *
 * <p>Only the {@code Host} header's value is replaced (by this mock's {@code 127.0.0.1:PORT});
 * the bodies are sent as shown, and their {@code Content-Length} is checked against them. The
 * blocks carry the timestamps, nonces and signatures of the moment they were captured or rebuilt,
 * signed with the default world's key; a mock checking signatures refuses them as expired (and the
 * ACS3 ones sign the original {@code Host}), so they cannot be valid against it. The mock here
 * therefore runs with signatures off ({@link AuthMode#OFF}), which reads every request as it
 * would read a valid one: the test pins how each wire form is read, and the signature forms are
 * pinned with strict authentication by {@link ClientWireFormsTest}, {@link Acs3Test} and
 * {@link RpcV1VerificationTest}.
 *
 * <p>The world is the built-in default world plus {@code ri-a} (tagged {@code env=prod}) and
 * {@code ri-b}, the ids the captured Node requests filter by, reset before each block. An
 * expectation "once `ID` is Active" first connects that interface and completes the transition.
 * A block with no expectation fails, and so does a request answered otherwise.
 */
class RawClientRequestsTest {
  static final Path APPENDIX = Path.of("../docs/reference/clients-raw-requests.md");

  /** The interfaces the captured requests name that the default world lacks. */
  private static final String EXTRA_WORLD =
      """
      {"RouterInterfaces": [
        {"RouterInterfaceId": "ri-a", "RouterId": "vrt-hangzhou000000000001", "Role": "InitiatingSide",
         "Tags": {"env": "prod"}},
        {"RouterInterfaceId": "ri-b", "RouterId": "vrt-hangzhou000000000001", "Role": "InitiatingSide"}
      ]}
      """;

  private static final Pattern FENCE = Pattern.compile("^```\\s*(\\S*)\\s*$");
  static final Pattern ROW_ID = Pattern.compile("\\b[TELVSH][0-9]+\\b");
  private static final Pattern EXPECTED = Pattern.compile("^Expected from the mock: ([0-9]{3})(?: `([A-Za-z][\\w.]*)`)?");
  private static final Pattern TOTAL = Pattern.compile("`TotalCount` ([0-9]+)");
  private static final Pattern ACTIVE_FIRST = Pattern.compile("once `([\\w-]+)` is Active");

  /**
   * One request of the appendix.
   *
   * @param line the line of its opening fence, from 1
   * @param heading the heading it sits under
   * @param rows the survey rows the heading lists (before its colon)
   * @param text the block, as shown
   * @param expected the "Expected from the mock" line after it, or {@code null}
   */
  record Block(int line, String heading, Set<String> rows, String text, String expected) {
    String name() {
      return "line " + line + ": " + heading;
    }
  }

  /** The appendix's {@code http} blocks, in order. */
  static List<Block> blocks() {
    String[] lines = read(APPENDIX).split("\n", -1);
    List<Block> out = new ArrayList<>();
    String heading = "";
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("#")) {
        heading = lines[i].replaceFirst("^#+\\s*", "");
        continue;
      }
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder();
      for (i++; i < lines.length && !lines[i].trim().equals("```"); i++) {
        text.append(lines[i]).append('\n');
      }
      if (!open.group(1).equals("http")) {
        continue;
      }
      String expected = null;
      for (int j = i + 1; j < lines.length && !lines[j].startsWith("#") && !FENCE.matcher(lines[j]).matches(); j++) {
        if (lines[j].startsWith("Expected from the mock")) {
          expected = lines[j];
          break;
        }
      }
      int colon = heading.indexOf(':');
      Set<String> rows = new LinkedHashSet<>();
      Matcher m = ROW_ID.matcher(colon < 0 ? "" : heading.substring(0, colon));
      while (m.find()) {
        rows.add(m.group());
      }
      out.add(new Block(start + 1, heading, rows, text.toString(), expected));
    }
    return out;
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AliyunMockServer server;

  @BeforeEach
  void start() throws FixtureException {
    server =
        AliyunMockServer.builder()
            .port(0)
            .mock(m -> m.auth(AuthMode.OFF).fixtures(AliyunMock.defaultWorldJson()).fixtures(EXTRA_WORLD))
            .build()
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theAppendixHasItsRequestsEachUnderTheRowsItShows() {
    List<Block> blocks = blocks();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(18);
    assertThat(blocks).allSatisfy(b -> assertThat(b.rows()).as(b.name()).isNotEmpty());
  }

  @TestFactory
  Stream<DynamicTest> everyRequestOfTheAppendixGetsTheAnswerItStates() {
    return blocks().stream().map(b -> DynamicTest.dynamicTest(b.name(), () -> check(b)));
  }

  private void check(Block b) {
    assertThat(b.expected()).as("%s: state the mock's answer in a line 'Expected from the mock: STATUS …'", b.name()).isNotNull();
    Matcher e = EXPECTED.matcher(b.expected());
    assertThat(e.find()).as("%s: '%s' starts 'Expected from the mock: STATUS [`CODE`]'", b.name(), b.expected()).isTrue();
    int status = Integer.parseInt(e.group(1));
    String code = e.group(2);

    server.mock().reset();
    Matcher active = ACTIVE_FIRST.matcher(b.expected());
    if (active.find()) {
      makeActive(active.group(1));
    }

    byte[] request = wire(b);
    RawHttp.Answer a = RawHttp.send(server.port(), request);
    boolean gzipped = "gzip".equalsIgnoreCase(a.header("content-encoding"));
    assertThat(gzipped).as("%s: gzipped answer as stated (%s)", b.name(), b.expected()).isEqualTo(b.expected().contains("gzipped"));
    String body = new String(gzipped ? gunzip(a.body()) : a.body(), StandardCharsets.UTF_8);
    Envelope env = Envelope.parse(a.header("content-type"), body);
    assertThat(a.status()).as("%s: %s", b.name(), body).isEqualTo(status);
    if (code != null) {
      assertThat(env.code()).as("%s: %s", b.name(), body).isEqualTo(code);
    } else if (status == 200) {
      // DescribeRouterInterfaceAttribute's answer carries Code "200"; no other success has a Code.
      assertThat(env.code()).as("%s: %s", b.name(), body).isIn(null, "200");
    }
    assertThat(env.json()).as("%s: XML answer as stated", b.name()).isEqualTo(!b.expected().contains("XML"));
    Matcher total = TOTAL.matcher(b.expected());
    if (total.find()) {
      assertThat(env.get("TotalCount")).as("%s: %s", b.name(), body).isEqualTo(total.group(1));
    }
  }

  /** Connects an Idle interface (signatures are off) and completes the connection. */
  private void makeActive(String id) {
    RawHttp.Answer connect =
        RawHttp.send(
            server.port(),
            "GET /?Action=ConnectRouterInterface&Version=2016-04-28&Format=JSON&RegionId=cn-hangzhou&RouterInterfaceId=" + id
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(connect.status()).as(connect.bodyText()).isEqualTo(200);
    server.mock().transitions().completeAll();
    assertThat(server.mock().routerInterface(id).orElseThrow().status()).isEqualTo(Status.ACTIVE);
  }

  /**
   * The block as bytes: CRLF line ends, an empty line after the head, the body as shown (a chunked
   * body's last chunk {@code 0} followed by its empty line), the Host header naming this mock.
   */
  private byte[] wire(Block b) {
    String text = b.text().endsWith("\n") ? b.text().substring(0, b.text().length() - 1) : b.text();
    int blank = text.indexOf("\n\n");
    String head = blank < 0 ? text : text.substring(0, blank);
    String body = blank < 0 ? "" : text.substring(blank + 2);
    List<String> lines = new ArrayList<>();
    String contentLength = null;
    boolean chunked = false;
    for (String l : head.split("\n")) {
      int colon = l.indexOf(':');
      String name = colon < 0 ? "" : l.substring(0, colon).toLowerCase(Locale.ROOT);
      if (!lines.isEmpty() && name.equals("host")) {
        l = l.substring(0, colon) + ": 127.0.0.1:" + server.port();
      }
      if (name.equals("content-length")) {
        contentLength = l.substring(colon + 1).trim();
      }
      if (name.equals("transfer-encoding")) {
        chunked = l.substring(colon + 1).trim().equalsIgnoreCase("chunked");
      }
      lines.add(l);
    }
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentLength != null) {
      assertThat(Integer.parseInt(contentLength)).as("%s: Content-Length of the body shown", b.name()).isEqualTo(bodyBytes.length);
    }
    if (chunked) {
      assertThat(body).as("%s: the last chunk", b.name()).isEqualTo("0");
      bodyBytes = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bodyBytes);
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] gz) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
