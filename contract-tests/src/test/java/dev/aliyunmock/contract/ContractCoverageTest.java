package dev.aliyunmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.scenario.Client;
import dev.aliyunmock.contract.scenario.Scenario;
import dev.aliyunmock.contract.scenario.Scenarios;
import dev.aliyunmock.contract.table.ContractRow;
import dev.aliyunmock.contract.table.ContractTable;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.targets.Env;
import dev.aliyunmock.contract.targets.FixedTarget;
import dev.aliyunmock.contract.http.Credentials;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Coverage by construction, with no server: the table holds every code the documents name, each
 * documented row has a scenario, and each scenario names a row of the table. {@link ContractTest}
 * then proves each row passes.
 */
class ContractCoverageTest {
  private static final String CONNECT = "ConnectRouterInterface";

  /**
   * ECS-2016's error table of ConnectRouterInterface (docs/reference/router-interfaces.md, its
   * documented messages), as a list that cannot drift with the page.
   */
  private static final List<String> ECS_2016_CONNECT_CODES =
      List.of(
          "InvalidRegionId.NotFound",
          "InvalidRouterInterfaceId.NotFound",
          "IncorrectRole.NotInitiatingSide",
          "IncorrectStatus",
          "IncorrectOppositeInterfaceInfo.NotSet",
          "IncorrectOppositeInterfaceInfo",
          "RejectedByOppositeInterface",
          "Forbidden.BillsOutstanding");

  private final ContractTable table = ContractTable.load();
  private final List<Scenario> scenarios = Scenarios.all();

  @Test
  void everyDocumentedRowHasAScenario() {
    Set<String> provoked = scenarios.stream().map(Scenario::rowId).collect(Collectors.toSet());
    List<String> orphans =
        table.rows().stream().filter(ContractRow::isTestable).map(ContractRow::id).filter(id -> !provoked.contains(id)).toList();
    assertThat(orphans).as("documented rows no scenario provokes").isEmpty();
  }

  @Test
  void everyScenarioProvokesARowOfTheTable() {
    List<String> strays = scenarios.stream().filter(s -> table.find(s.rowId()).isEmpty()).map(Scenario::toString).toList();
    assertThat(strays).as("scenarios whose code is not in the table").isEmpty();
  }

  @Test
  void rowsMarkedUntestableHaveNoScenarioAndSayWhy() {
    Set<String> provoked = scenarios.stream().map(Scenario::rowId).collect(Collectors.toSet());
    for (ContractRow row : table.rows()) {
      if (!row.isTestable()) {
        assertThat(row.untestable()).as(row.id()).isNotBlank();
        assertThat(provoked).as("an untestable row with a scenario: " + row.id()).doesNotContain(row.id());
      }
    }
  }

  @Test
  void everyRowIsWellFormed() {
    for (ContractRow row : table.rows()) {
      String expectedId = row.action() + "/" + row.dialect().label() + "/" + (row.isSuccess() ? "OK" : row.code());
      assertThat(row.id()).as("id of " + row).matches(java.util.regex.Pattern.quote(expectedId) + "(#[a-z-]+)?");
      assertThat(row.rule()).as("rule of " + row.id()).isNotBlank();
      assertThat(row.source()).as("source of " + row.id()).isNotBlank();
      if (row.isTestable()) {
        assertThat(row.httpStatus()).as("status of " + row.id()).isIn(200, 400, 403, 404);
      }
      if (row.isSuccess()) {
        assertThat(row.httpStatus()).as(row.id()).isEqualTo(200);
        assertThat(row.response()).as("response shape of " + row.id()).isNotNull();
        assertThat(row.response().root()).isEqualTo(row.action() + "Response");
        assertThat(row.response().fields()).contains("RequestId");
      } else {
        assertThat(row.response()).as(row.id()).isNull();
      }
    }
  }

  @Test
  void ecs2016sConnectErrorTableIsInTheContractInBothDialects() {
    for (String code : ECS_2016_CONNECT_CODES) {
      assertThat(codes(CONNECT, Dialect.ECS)).as("ECS").contains(code);
      assertThat(codes(CONNECT, Dialect.VPC)).as("VPC").contains(code.equals("IncorrectStatus") ? "IncorrectRIStatus" : code);
    }
    assertThat(table.row(CONNECT + "/ECS/IncorrectStatus").httpStatus()).isEqualTo(400);
    assertThat(table.row(CONNECT + "/ECS/RejectedByOppositeInterface").httpStatus()).isEqualTo(403);
    assertThat(table.row(CONNECT + "/ECS/InvalidRegionId.NotFound").httpStatus()).isEqualTo(404);
  }

  @Test
  void theCodesOfTheVersionsDifferencesAndOfTheGatewayAreInTheContract() {
    assertThat(codes(CONNECT, Dialect.VPC)).contains("IncorrectRIStatus", "CROSS_BID.FORBIDDEN");
    assertThat(codes(CONNECT, Dialect.ECS)).doesNotContain("CROSS_BID.FORBIDDEN", "IncorrectRIStatus");
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      assertThat(table.row(CONNECT + "/" + d + "/Forbidden.OnlyOneConnection#connected").message())
          .isEqualTo("The Specified routers have a connection already");
      assertThat(table.row(CONNECT + "/" + d + "/Forbidden.OnlyOneConnection#connecting").message())
          .isEqualTo("Cannot connect concurrently between same routers");
      assertThat(codes(CONNECT, d)).contains("MissingRouterInterfaceId", "MissingRegionId");
      assertThat(codes("*", d))
          .contains("InvalidAction.NotFound", "InvalidAccessKeyId.NotFound", "SignatureDoesNotMatch",
              "InvalidTimeStamp.Expired", "SignatureNonceUsed");
    }
    assertThat(codes("*", Dialect.NONE)).contains("InvalidVersion");
  }

  @Test
  void theDocumentedCodesOfTheOtherActionsAreInTheContract() {
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      assertThat(codes("DescribeRouterInterfaces", d))
          .contains("InvalidFilterKey.ValueNotSupported", "InvalidParam.NotNull");
      assertThat(codes("ModifyRouterInterfaceAttribute", d))
          .contains("InvalidRegionId.NotFound", "InvalidRouterInterfaceId.NotFound", "InvalidName.Malformd",
              "InvalidDescription.Malformed", "InvalidOppositeRouterType.ValueNotSupported", "Forbidden.FinancileLocked");
      assertThat(codes("CreateRouterInterface", d))
          .contains("InvalidRole.ValueNotSupported", "InvalidSpec.ValudNotSupported");
      assertThat(codes("ActivateRouterInterface", d))
          .contains(d == Dialect.ECS ? "IncorrectStatus" : "IncorrectRIStatus", "Forbidden.FinancileLocked",
              "InvalidRouterInterfaceId.NotFound");
      assertThat(codes("DeactivateRouterInterface", d))
          .contains("IncorrectStatus", "Forbidden.FinancileLocked", "InvalidRouterInterfaceId.NotFound");
      assertThat(codes("DeleteRouterInterface", d))
          .contains("InvalidInstance.StatusError",
              d == Dialect.ECS ? "DependencyViolation.RouterInterfaceReferedByRouteEntry" : "RouterInterfaceReferredByRouteEntry");
      assertThat(codes("ModifyRouterInterfaceSpec", d))
          .contains("InvalidSpec.ValudNotSupported", "InvalidRouterInterfaceId.NotFound", "InvalidInstance.StatusError");
    }
  }

  @Test
  void everyActionHasItsSuccessShapeInEveryDialectItExistsIn() {
    for (String action :
        List.of(CONNECT, "DescribeRouterInterfaces", "ModifyRouterInterfaceAttribute", "CreateRouterInterface",
            "ActivateRouterInterface", "DeactivateRouterInterface", "DeleteRouterInterface", "ModifyRouterInterfaceSpec")) {
      assertThat(table.find(action + "/ECS/OK")).as(action + " ECS").isPresent();
      assertThat(table.find(action + "/VPC/OK")).as(action + " VPC").isPresent();
    }
    assertThat(table.find("DescribeRouterInterfaceAttribute/VPC/OK")).isPresent();
    for (String action : VPC_SIDE_IN_BOTH) {
      assertThat(table.find(action + "/ECS/OK")).as(action + " ECS").isPresent();
      assertThat(table.find(action + "/VPC/OK")).as(action + " VPC").isPresent();
    }
    for (String action : List.of("DescribeRouteTableList", "DescribeRouteEntryList")) {
      assertThat(table.find(action + "/VPC/OK")).as(action).isPresent();
      assertThat(table.find(action + "/ECS/InvalidAction.NotFound")).as(action + " is VPC-only").isPresent();
    }
  }

  /** The VPC-side actions both API versions have. */
  private static final List<String> VPC_SIDE_IN_BOTH =
      List.of("CreateVpc", "DescribeVpcs", "ModifyVpcAttribute", "DeleteVpc", "DescribeVRouters", "DescribeRegions",
          "CreateVSwitch", "DescribeVSwitches", "DeleteVSwitch", "DescribeRouteTables", "CreateRouteEntry", "DeleteRouteEntry");

  /**
   * Every code of every error table of docs/reference/vpc (the VPC-side facts) is a row of the
   * contract for its action, with its documented HTTP status: in the 2014-05-26 dialect when only
   * an ECS page gives it, else in 2016-04-28. Read from the facts, not from the mock.
   */
  @Test
  void everyCodeOfTheVpcSideErrorTablesIsInTheContract() throws IOException {
    List<String> missing = new ArrayList<>();
    for (DocumentedCode c : VpcFacts.read(Path.of("..", "docs", "reference", "vpc"))) {
      boolean present = table.rows().stream().anyMatch(r ->
          r.action().equals(c.action()) && r.dialect() == c.dialect() && c.code().equals(r.code())
              && Integer.valueOf(c.httpStatus()).equals(r.httpStatus()));
      if (!present) {
        missing.add(c.toString());
      }
    }
    assertThat(missing).as("documented codes without their contract row").isEmpty();
  }

  @Test
  void theFactsReaderFindsTheTablesItReads() throws IOException {
    List<DocumentedCode> all = VpcFacts.read(Path.of("..", "docs", "reference", "vpc"));
    assertThat(all).extracting(DocumentedCode::action)
        .contains("CreateVpc", "DescribeVpcs", "ModifyVpcAttribute", "DeleteVpc", "CreateVSwitch", "DescribeVSwitches",
            "DeleteVSwitch", "DescribeRouteTableList", "CreateRouteEntry", "DeleteRouteEntry", "DeleteRouterInterface");
    assertThat(all.stream().filter(c -> c.action().equals("CreateRouteEntry")).map(DocumentedCode::code).distinct().count())
        .as("CreateRouteEntry's codes (its current table has 143 rows)").isGreaterThan(120);
    assertThat(all).contains(new DocumentedCode("DeleteRouterInterface", Dialect.ECS,
        "DependencyViolation.RouterInterfaceReferedByRouteEntry", 400));
  }

  @Test
  void everyScenarioOfferedToTheSdkIsOneTheSdkCanSend() {
    Env env = Env.offline(FixedTarget.at(URI.create("http://127.0.0.1:1"), new Credentials("k", "s"), "cn-hangzhou"));
    List<String> wrong = new ArrayList<>();
    for (Scenario s : scenarios) {
      RpcCall call = s.call(env);
      if (s.clients().contains(Client.SDK) && (call.isRawOnly() || !call.params().containsKey("RegionId"))) {
        wrong.add(s.toString());
      }
    }
    assertThat(wrong).as("scenarios to mark rawOnly()").isEmpty();
  }

  /**
   * Every code of ConnectRouterInterface's documented messages (docs/reference/router-interfaces.md)
   * is a row of the contract in each version it applies to, with that status and message: the
   * 2014-05-26 column, and the 2016-04-28 one where it differs.
   */
  @Test
  void connectsDocumentedMessagesAreTheContractsInEachVersion() throws IOException {
    List<List<String>> doc =
        ReferenceTables.after(ReferenceTables.ROOT.resolve("docs/reference/router-interfaces.md"), "**The documented messages.**");
    List<String> missing = new ArrayList<>();
    String previous = null;
    for (List<String> cells : doc) {
      List<String> codes = ReferenceTables.backticked(cells.get(0));
      int status = Integer.parseInt(cells.get(1));
      String ecs = cells.get(2).equals("as the row above") ? previous : cells.get(2);
      String vpc = cells.get(3).isEmpty() ? ecs : cells.get(3);
      previous = ecs;
      if (!ecs.startsWith("(")) {
        expectRow(CONNECT, Dialect.ECS, codes.get(0), status, ecs, missing);
      }
      expectRow(CONNECT, Dialect.VPC, codes.get(codes.size() - 1), status, vpc, missing);
    }
    assertThat(doc).as("rows of the page's table").hasSizeGreaterThanOrEqualTo(ECS_2016_CONNECT_CODES.size());
    assertThat(missing).as("documented messages without their contract row").isEmpty();
  }

  /**
   * Every gateway error of docs/reference/gateway.md's table of messages is a row of the contract,
   * for every action ({@code *}), in each version, with that status and message.
   */
  @Test
  void theGatewaysDocumentedMessagesAreTheContracts() throws IOException {
    List<List<String>> doc =
        ReferenceTables.after(ReferenceTables.ROOT.resolve("docs/reference/gateway.md"), "The messages of these errors");
    List<String> missing = new ArrayList<>();
    for (List<String> cells : doc) {
      String code = ReferenceTables.backticked(cells.get(0)).get(0);
      int status = Integer.parseInt(cells.get(1));
      String message = cells.get(2).replaceAll("`<[^>]*>`$", "");
      List<Dialect> dialects = code.equals("InvalidVersion") ? List.of(Dialect.NONE) : List.of(Dialect.ECS, Dialect.VPC);
      for (Dialect d : dialects) {
        expectRow("*", d, code, status, message, missing);
      }
    }
    assertThat(doc).as("rows of the page's table").hasSizeGreaterThanOrEqualTo(6);
    assertThat(missing).as("documented gateway messages without their contract row").isEmpty();
  }

  /**
   * The table cites only what the repository ships: every row's source names at least one page of
   * docs/, every page it names exists, and every other name it gives in capitals is the tag of a
   * public source that docs/reference/sources.md or docs/reference/vpc/sources.md defines (or a
   * version's name, ECS or VPC; HTTP; a row of docs/reference/vpc-workflow.md such as G12).
   */
  @Test
  void everySourceIsAPageOfTheRepositoryOrADefinedTag() throws IOException {
    Set<String> tags = new TreeSet<>(Set.of("ECS", "VPC", "HTTP"));
    for (String key : List.of("docs/reference/sources.md", "docs/reference/vpc/sources.md")) {
      for (List<String> cells : ReferenceTables.after(ReferenceTables.ROOT.resolve(key), "| Tag |")) {
        tags.addAll(List.of(cells.get(0).split(" / ")));
      }
    }
    String workflow = Files.readString(ReferenceTables.ROOT.resolve("docs/reference/vpc-workflow.md"));
    Pattern page = Pattern.compile("docs/[\\w./-]+\\.md");
    // A word in capitals, digits and hyphens, not part of a path, a code or a repository#number.
    Pattern capitals = Pattern.compile("(?<![\\w./-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\\w#-])");
    List<String> wrong = new ArrayList<>();
    for (ContractRow row : table.rows()) {
      Matcher m = page.matcher(row.source());
      boolean any = false;
      while (m.find()) {
        any = true;
        if (!Files.isRegularFile(ReferenceTables.ROOT.resolve(m.group()))) {
          wrong.add(row.id() + " cites " + m.group() + ", which does not exist");
        }
      }
      if (!any) {
        wrong.add(row.id() + " cites no page of docs/: " + row.source());
      }
      Matcher c = capitals.matcher(row.source().replaceAll(page.pattern(), ""));
      while (c.find()) {
        String name = c.group();
        boolean workflowRow = name.matches("G[0-9]+") && workflow.contains("| " + name + " |");
        if (!tags.contains(name) && !workflowRow) {
          wrong.add(row.id() + " cites " + name + ", which no sources.md defines");
        }
      }
    }
    assertThat(tags).as("the tags read from the sources pages").contains("ECS-2016", "VPC-DOC", "APIDOC-CRE", "READING");
    assertThat(wrong).isEmpty();
  }

  private void expectRow(String action, Dialect dialect, String code, int status, String message, List<String> missing) {
    boolean present = table.rows().stream().anyMatch(r ->
        r.action().equals(action) && r.dialect() == dialect && code.equals(r.code())
            && Integer.valueOf(status).equals(r.httpStatus()) && message.equals(r.message()));
    if (!present) {
      missing.add(action + "/" + dialect.label() + "/" + code + " → " + status + " \"" + message + "\"");
    }
  }

  private Set<String> codes(String action, Dialect dialect) {
    return table.rows().stream()
        .filter(r -> r.action().equals(action) && r.dialect() == dialect && !r.isSuccess())
        .map(ContractRow::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
