package dev.aliyunmock.junit;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import dev.aliyunmock.world.Account;
import java.util.Objects;

/**
 * The official SDK v1 ({@code aliyun-java-sdk-core}, with a product jar such as {@code
 * aliyun-java-sdk-vpc}) pointed at a running mock, as one account. Only this class touches that
 * SDK, and it is loaded only when a test asks for it, so a suite without the SDK never needs it.
 *
 * <p>{@link #client()} is a plain {@code DefaultAcsClient} whose endpoint resolver answers the
 * mock's address for every product and region, over HTTP: requests need no change. For a client
 * built elsewhere (say by the application under test), {@link #at} points one request at the mock
 * with {@code setSysEndpoint} and HTTP, and {@link #pointAt} points a whole client. Neither uses
 * {@code DefaultProfile.addEndpoint}, which is global to the JVM and would leak between test
 * classes running in parallel.
 *
 * <pre>{@code
 * @Test
 * void connects(AliyunMockHandle mock) throws Exception {
 *   ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
 *   connect.setRouterInterfaceId("ri-hangzhou0initiator001");
 *   mock.sdk().client().getAcsResponse(connect);                 // already pointed at the mock
 *
 *   IAcsClient appClient = myApplication.acsClient();
 *   appClient.getAcsResponse(mock.sdk().at(new DescribeRouterInterfacesRequest()));
 *   mock.sdk(mock.account("1000000000000002")).call(otherRequest);   // as another account
 * }
 * }</pre>
 */
public final class AcsSdk {
  private final String endpoint;
  private final Account account;
  private final String regionId;
  private final DefaultAcsClient client;

  AcsSdk(String endpoint, Account account, String regionId) {
    this.endpoint = Objects.requireNonNull(endpoint);
    this.account = Objects.requireNonNull(account);
    this.regionId = Objects.requireNonNull(regionId);
    DefaultProfile profile = DefaultProfile.getProfile(regionId, account.accessKeyId(), account.accessKeySecret());
    HttpClientConfig config = HttpClientConfig.getDefault();
    config.setProtocolType(ProtocolType.HTTP);
    config.setConnectionTimeoutMillis(2_000);
    config.setReadTimeoutMillis(10_000);
    profile.setHttpClientConfig(config);
    this.client = new DefaultAcsClient(profile);
    pointAt(client);
  }

  /** A {@code DefaultAcsClient} of this account that sends every request to the mock. */
  public DefaultAcsClient client() {
    return client;
  }

  /**
   * Points a client at the mock: every request it sends without an endpoint of its own goes to
   * the mock (set {@code setSysProtocol(HTTP)} or HTTP in the client's config: the mock serves no
   * HTTPS). Affects only that client.
   */
  public <C extends DefaultAcsClient> C pointAt(C someClient) {
    someClient.setEndpointResolver(request -> endpoint);
    return someClient;
  }

  /** Points one request at the mock ({@code setSysEndpoint} and HTTP), for any client. */
  public <R extends AcsRequest<?>> R at(R request) {
    request.setSysEndpoint(endpoint);
    request.setSysProtocol(ProtocolType.HTTP);
    return request;
  }

  /** Points a {@code CommonRequest} at the mock ({@code setSysDomain} and HTTP). */
  public CommonRequest at(CommonRequest request) {
    request.setSysDomain(endpoint);
    request.setSysProtocol(ProtocolType.HTTP);
    return request;
  }

  /** Sends a request to the mock as this account and parses the answer. */
  public <T extends AcsResponse> T call(AcsRequest<T> request) throws ClientException {
    return client.getAcsResponse(at(request));
  }

  /** {@code host:port} of the mock. */
  public String endpoint() {
    return endpoint;
  }

  /** The account the client signs as. */
  public Account account() {
    return account;
  }

  /** The region the client's profile has (the world's first unless asked otherwise). */
  public String regionId() {
    return regionId;
  }
}
