package dev.aliyunmock.router;

/**
 * A router (a VPC's vRouter or a VBR) that router interfaces sit on.
 *
 * @param routerId e.g. {@code vrt-…} or {@code vbr-…}
 * @param routerType VRouter or VBR
 * @param regionId the region it is in
 * @param ownerId the account that owns it
 */
public record Router(String routerId, RouterType routerType, String regionId, String ownerId) {}
