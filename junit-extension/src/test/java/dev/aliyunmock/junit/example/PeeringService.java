package dev.aliyunmock.junit.example;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import java.time.Duration;
import java.util.List;

/**
 * The "application code" of the example: connects an initiating router interface to its peer and
 * waits until the connection is Active, polling DescribeRouterInterfaces. It knows nothing of the
 * mock; in production it gets a real {@code DefaultAcsClient}.
 */
public final class PeeringService {
  private final IAcsClient client;
  private final int maxPolls;
  private final Duration pollInterval;

  /** The result: the connected pair, and how many polls it took to see it Active. */
  public record Peering(String routerInterfaceId, String oppositeInterfaceId, int polls) {}

  /** Thrown when the connection is not Active after the allowed polls. */
  public static final class PeeringTimeoutException extends Exception {
    private static final long serialVersionUID = 1L;

    PeeringTimeoutException(String message) {
      super(message);
    }
  }

  public PeeringService(IAcsClient client, int maxPolls, Duration pollInterval) {
    this.client = client;
    this.maxPolls = maxPolls;
    this.pollInterval = pollInterval;
  }

  /**
   * Connects {@code routerInterfaceId} (an initiating side in {@code regionId}) and waits for Active.
   *
   * @throws ClientException as the API refuses it (e.g. RejectedByOppositeInterface)
   * @throws PeeringTimeoutException if it is still not Active after the allowed polls
   */
  public Peering connect(String regionId, String routerInterfaceId)
      throws ClientException, PeeringTimeoutException, InterruptedException {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setSysRegionId(regionId);
    connect.setRouterInterfaceId(routerInterfaceId);
    client.getAcsResponse(connect);

    String last = "?";
    for (int poll = 1; poll <= maxPolls; poll++) {
      RouterInterfaceType ri = describe(regionId, routerInterfaceId);
      last = ri.getStatus();
      if ("Active".equals(last)) {
        return new Peering(routerInterfaceId, ri.getOppositeInterfaceId(), poll);
      }
      Thread.sleep(pollInterval.toMillis());
    }
    throw new PeeringTimeoutException(routerInterfaceId + " is still " + last + " after " + maxPolls + " polls");
  }

  private RouterInterfaceType describe(String regionId, String routerInterfaceId) throws ClientException {
    DescribeRouterInterfacesRequest describe = new DescribeRouterInterfacesRequest();
    describe.setSysRegionId(regionId);
    DescribeRouterInterfacesRequest.Filter byId = new DescribeRouterInterfacesRequest.Filter();
    byId.setKey("RouterInterfaceId");
    byId.setValues(List.of(routerInterfaceId));
    describe.setFilters(List.of(byId));
    List<RouterInterfaceType> found = client.getAcsResponse(describe).getRouterInterfaceSet();
    if (found.size() != 1) {
      throw new IllegalStateException(routerInterfaceId + " not found while waiting for it");
    }
    return found.get(0);
  }
}
