package dev.aliyunmock.contract;

import dev.aliyunmock.contract.table.Dialect;

/**
 * One code of an action's documented error table.
 *
 * @param action the action
 * @param dialect the API version whose page gives it
 * @param code the error code
 * @param httpStatus its documented HTTP status
 */
record DocumentedCode(String action, Dialect dialect, String code, int httpStatus) {
  @Override
  public String toString() {
    return action + "/" + dialect.label() + "/" + code + " → " + httpStatus;
  }
}
