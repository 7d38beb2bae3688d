package dev.aliyunmock.junit;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.Client;
import dev.aliyunmock.world.Account;
import java.util.Objects;

/**
 * The newer official client {@code com.aliyun.vpc20160428.Client} (tea-openapi, ACS3 signatures)
 * pointed at a running mock, as one account. Only this class touches that SDK, and it is loaded
 * only when a test asks for it, so a suite without the SDK never needs it.
 *
 * <pre>{@code
 * @Test
 * void connects(com.aliyun.vpc20160428.Client vpc) throws Exception {     // injected, or:
 *   Client same = handle.vpc().client();
 *   vpc.connectRouterInterface(new ConnectRouterInterfaceRequest()
 *       .setRegionId("cn-hangzhou").setRouterInterfaceId("ri-hangzhou0initiator001"));
 *
 *   Config config = handle.vpc().config().setReadTimeout(500);   // to build a client of one's own
 * }
 * }</pre>
 */
public final class VpcSdk {
  private final String endpoint;
  private final Account account;
  private final String regionId;
  private final Client client;

  VpcSdk(String endpoint, Account account, String regionId) {
    this.endpoint = Objects.requireNonNull(endpoint);
    this.account = Objects.requireNonNull(account);
    this.regionId = Objects.requireNonNull(regionId);
    try {
      this.client = new Client(config());
    } catch (Exception e) {
      throw new IllegalStateException("the vpc20160428 client refused a plain endpoint configuration", e);
    }
  }

  /** A client of this account that sends every request to the mock. */
  public Client client() {
    return client;
  }

  /**
   * A fresh configuration for a client of one's own: this account's keys, the region, the mock's
   * endpoint and HTTP.
   */
  public Config config() {
    return new Config()
        .setAccessKeyId(account.accessKeyId())
        .setAccessKeySecret(account.accessKeySecret())
        .setRegionId(regionId)
        .setEndpoint(endpoint)
        .setProtocol("HTTP")
        .setConnectTimeout(2_000)
        .setReadTimeout(10_000);
  }

  /** {@code host:port} of the mock. */
  public String endpoint() {
    return endpoint;
  }

  /** The account the client signs as. */
  public Account account() {
    return account;
  }

  /** The region of the client's configuration. */
  public String regionId() {
    return regionId;
  }
}
