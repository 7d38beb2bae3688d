package dev.aliyunmock.vpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CIDR blocks the VPC-side rules read. */
class CidrTest {
  @Test
  void aBlockIsReadAndShownWithItsNetworkAddress() {
    Cidr c = Cidr.parse("172.16.1.7/24").orElseThrow();
    assertThat(c.isNetwork()).isFalse();
    assertThat(c).hasToString("172.16.1.0/24");
    assertThat(c.size()).isEqualTo(256);
    assertThat(Cidr.parse("0.0.0.0/0").orElseThrow().size()).isEqualTo(1L << 32);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "1.2.3.4", "1.2.3/8", "1.2.3.4.5/8", "256.0.0.0/8", "1.2.3.4/33", "+1.2.3.4/8",
      "1.2.3.4/+8", "1.2.3.4/", "/8", "1..3.4/8", "0001.2.3.4/8", "１.2.3.4/8", "1.2.3.4/8 "})
  void anythingElseIsNoBlock(String text) {
    assertThat(Cidr.parse(text)).isEmpty();
  }

  @Test
  void aBareAddressIsASlash32WhereAllowed() {
    assertThat(Cidr.parseBlockOrAddress("10.1.2.3").orElseThrow()).hasToString("10.1.2.3/32");
    assertThat(Cidr.parse("10.1.2.3")).isEmpty();
  }

  @Test
  void containmentAndOverlap() {
    Cidr vpc = Cidr.parse("172.16.0.0/12").orElseThrow();
    Cidr inside = Cidr.parse("172.31.255.0/24").orElseThrow();
    Cidr outside = Cidr.parse("172.32.0.0/24").orElseThrow();
    assertThat(vpc.contains(inside)).isTrue();
    assertThat(vpc.contains(vpc)).isTrue();
    assertThat(inside.contains(vpc)).isFalse();
    assertThat(vpc.contains(outside)).isFalse();
    assertThat(vpc.overlaps(inside)).isTrue();
    assertThat(inside.overlaps(vpc)).isTrue();
    assertThat(vpc.overlaps(outside)).isFalse();
    assertThat(Cidr.CARRIER_GRADE_NAT).hasToString("100.64.0.0/10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"::/0", "::1", "fe80::1", "2408:4321:180:1701::/64", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8/128"})
  void ipv6AddressesAndBlocksAreRecognised(String text) {
    assertThat(Cidr.looksLikeIpv6(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4", "1:2", "1::2::3", "12345::", "g::1", "::/129", "1:2:3:4:5:6:7:8:9", "::1/x"})
  void otherTextsAreNotIpv6(String text) {
    assertThat(Cidr.looksLikeIpv6(text)).isFalse();
  }

  @Test
  void siblingIdsShareTheTail() {
    assertThat(Ids.sibling("vpc-abc", "vrt-")).isEqualTo("vrt-abc");
    assertThat(Ids.sibling("plain", "vtb-")).isEqualTo("vtb-plain");
    assertThat(Ids.fresh("vsw-", id -> false)).matches("vsw-[0-9a-z]{21}");
  }
}
