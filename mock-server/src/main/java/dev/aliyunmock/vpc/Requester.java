package dev.aliyunmock.vpc;

import java.util.Objects;

/**
 * Who calls a VPC-side action and where: the caller's account and the region the request names,
 * or {@code null} when the request names none. Several VPC-side actions do not require a RegionId
 * (docs/reference/vpc-workflow.md, G25); the rule then takes the region of the resource the
 * request names, found among the caller's own ({@link Scopes#ofResource}).
 *
 * @param ownerId the caller's account
 * @param regionId the region the request names, or {@code null}
 */
public record Requester(String ownerId, String regionId) {
  public Requester {
    Objects.requireNonNull(ownerId, "ownerId");
  }
}
