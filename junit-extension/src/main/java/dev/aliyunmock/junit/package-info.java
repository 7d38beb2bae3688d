/**
 * aliyun-mock for JUnit 5 and 6: {@link dev.aliyunmock.junit.AliyunMockTest} (or {@link
 * dev.aliyunmock.junit.AliyunMockExtension} registered in code) gives each test class a running,
 * seeded, isolated mock, and injects a {@link dev.aliyunmock.junit.AliyunMockHandle} and clients
 * of the official SDKs already pointed at it. {@link dev.aliyunmock.junit.Fixture} writes fixture
 * documents in Java.
 *
 * <pre>{@code
 * @AliyunMockTest
 * class MyTest {
 *   @Test
 *   void connects(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
 *     ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
 *     connect.setRouterInterfaceId("ri-hangzhou0initiator001");
 *     client.getAcsResponse(connect);
 *     assertThat(mock.status("ri-hangzhou0initiator001")).isEqualTo(Status.CONNECTING);
 *   }
 * }
 * }</pre>
 */
package dev.aliyunmock.junit;
