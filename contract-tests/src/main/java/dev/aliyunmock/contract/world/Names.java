package dev.aliyunmock.contract.world;

import dev.aliyunmock.contract.http.Credentials;

/**
 * What the logical names of a scenario ({@code "init"}, {@code "ra"}, {@code "a"}) stand for in one
 * execution: fresh ids on a seeded server, given ids and credentials on the real cloud.
 */
public interface Names {
  /** The id of a router interface. */
  String ri(String name);

  /** The id of a router. */
  String router(String name);

  /** The id of a VPC. */
  String vpc(String name);

  /** The id of a vSwitch. */
  String vSwitch(String name);

  /** The id of a VPC's route table (the VPC's logical name). */
  String routeTable(String name);

  /** The id of a route entry. */
  String routeEntry(String name);

  /** The owner (account) id of an account. */
  String owner(String name);

  /** The AccessKey pair of an account. */
  Credentials credentials(String account);
}
