package dev.aliyunmock.contract;

import dev.aliyunmock.contract.targets.InProcessTarget;
import dev.aliyunmock.contract.targets.Target;
import dev.aliyunmock.junit.AliyunMockExtension;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.ResetPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite in the build (the contributors' route): against the mock the JUnit extension
 * starts in this JVM, unless {@code -Dcontract.endpoint} or {@code -Dcontract.target} name another
 * target ({@link SuiteSettings}). The report goes where the POM's {@code contract.report} says.
 */
class ContractTest extends ContractSuite {
  /** The in-process mock: the default world, strict auth, never reset. */
  @RegisterExtension
  static final AliyunMockExtension MOCK = AliyunMockExtension.builder().reset(ResetPolicy.NEVER).build();

  private String inProcess;

  @BeforeAll
  void findTheMock(AliyunMockHandle mock) {
    inProcess = mock.baseUrl();
  }

  @Override
  protected Target defaultTarget(SuiteSettings settings) {
    return InProcessTarget.at(inProcess);
  }
}
