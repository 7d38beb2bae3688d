package dev.aliyunmock.bench;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import dev.aliyunmock.control.AuthMode;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Part 3, in-process (JMH): the cost of one API call through the whole engine ({@code
 * AliyunMock.handle}: parameters, gateway, action, rendering; auth off) as the world grows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrowthBenchmarks {
  /** The world and the requests, built once per fork. */
  @State(Scope.Benchmark)
  public static class World {
    @Param({"10", "1000", "100000"})
    public int size;

    AliyunMock mock;
    RpcRequest describeById;
    RpcRequest describeNeedles;
    RpcRequest describeActive;
    RpcRequest connect;
    String initiator;
    String acceptor;

    @Setup(Level.Trial)
    public void build() throws Exception {
      mock = AliyunMock.builder().fixtures(BenchWorld.json(size)).auth(AuthMode.OFF).build();
      describeById = get(Queries.describeById(BenchWorld.initiator(BenchWorld.middlePair(size))));
      describeNeedles = get(Queries.describeFiltered("Name", BenchWorld.NEEDLE_NAME, 10));
      describeActive = get(Queries.describeFiltered("Status", "Active", 10));
      initiator = BenchWorld.initiator(BenchWorld.firstIdlePair());
      acceptor = BenchWorld.acceptor(BenchWorld.firstIdlePair());
      connect = get(Queries.onInterface("ConnectRouterInterface", initiator));
      for (RpcRequest r : new RpcRequest[] {describeById, describeNeedles, describeActive}) {
        check(mock.handle(r), null);
      }
      check(mock.handle(describeById), "\"TotalCount\":1,");
      check(mock.handle(describeNeedles), "\"TotalCount\":" + BenchWorld.needles(size) + ",");
      check(mock.handle(describeActive), "\"TotalCount\":" + BenchWorld.activeInitiators(size) + ",");
    }

    static RpcRequest get(Map<String, String> params) {
      return RpcRequest.builder("GET", Queries.url(params)).build();
    }
  }

  /**
   * A connectable pair, put back Idle before each Connect through the API itself: the connection
   * completed, both sides deactivated and deleted, and the pair loaded again from its fixture. (A
   * whole-world {@code restore} would copy 100,000 interfaces before every call.)
   */
  @State(Scope.Benchmark)
  public static class Pair {
    World world;
    RpcRequest deactivateInitiator;
    RpcRequest deactivateAcceptor;
    RpcRequest deleteInitiator;
    RpcRequest deleteAcceptor;
    String pairJson;

    @Setup(Level.Trial)
    public void prepare(World w) throws Exception {
      world = w;
      deactivateInitiator = World.get(Queries.onInterface("DeactivateRouterInterface", w.initiator));
      deleteInitiator = World.get(Queries.onInterface("DeleteRouterInterface", w.initiator));
      Map<String, String> acceptorDeactivate = Queries.onInterface("DeactivateRouterInterface", w.acceptor);
      acceptorDeactivate.put("RegionId", BenchWorld.OPPOSITE_REGION);
      deactivateAcceptor = World.get(acceptorDeactivate);
      Map<String, String> acceptorDelete = Queries.onInterface("DeleteRouterInterface", w.acceptor);
      acceptorDelete.put("RegionId", BenchWorld.OPPOSITE_REGION);
      deleteAcceptor = World.get(acceptorDelete);
      pairJson = BenchWorld.pairJson(BenchWorld.firstIdlePair());
      check(w.mock.handle(w.connect), null);
      restore();
    }

    @Setup(Level.Invocation)
    public void restore() throws Exception {
      AliyunMock m = world.mock;
      if (m.routerInterface(world.initiator).orElseThrow().status() == dev.aliyunmock.routerinterface.Status.IDLE) {
        return;
      }
      m.transitions().completeAll();
      check(m.handle(deactivateInitiator), null);
      check(m.handle(deactivateAcceptor), null);
      m.transitions().completeAll();
      check(m.handle(deleteInitiator), null);
      check(m.handle(deleteAcceptor), null);
      m.loadFixtures(pairJson);
    }
  }

  static void check(ApiResponse r, String expected) {
    if (r.status() != 200 || (expected != null && !r.body().contains(expected))) {
      throw new IllegalStateException("benchmark call answered " + r.status() + ": " + r.body());
    }
  }

  @Benchmark
  public ApiResponse describeById(World w) {
    return w.mock.handle(w.describeById);
  }

  /** A filtered page whose matches are the same at every size (5 interfaces named "needle"). */
  @Benchmark
  public ApiResponse describeFilteredFewMatches(World w) {
    return w.mock.handle(w.describeNeedles);
  }

  /** A filtered page whose matches grow with the world (Status=Active: one pair in ten). */
  @Benchmark
  public ApiResponse describeFilteredManyMatches(World w) {
    return w.mock.handle(w.describeActive);
  }

  @Benchmark
  public ApiResponse connect(World w, Pair p) {
    ApiResponse r = w.mock.handle(w.connect);
    if (r.status() != 200) {
      throw new IllegalStateException(r.body());
    }
    return r;
  }
}
