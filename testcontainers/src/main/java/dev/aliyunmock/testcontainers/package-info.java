/**
 * aliyun-mock for Testcontainers: {@link dev.aliyunmock.testcontainers.AliyunMockContainer} runs
 * the mock's container image and gives a client its endpoint and keys. Depends on Testcontainers
 * and {@code aliyun-mock-control} only, so a project that runs the mock in a container carries
 * neither the server nor WireMock.
 *
 * <pre>{@code
 * try (AliyunMockContainer mock = new AliyunMockContainer("localhost/aliyun-mock:latest")) {
 *   mock.start();
 *   DefaultProfile profile = DefaultProfile.getProfile(mock.getRegion(), mock.getAccessKeyId(), mock.getAccessKeySecret());
 *   // requests: setSysEndpoint(mock.getEndpoint()), setSysProtocol(ProtocolType.HTTP)
 * }
 * }</pre>
 */
package dev.aliyunmock.testcontainers;
