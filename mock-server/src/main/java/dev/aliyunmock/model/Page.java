package dev.aliyunmock.model;

import java.util.List;
import java.util.Map;

/**
 * One page of DescribeRouterInterfaces.
 *
 * @param pageNumber the page, from 1
 * @param pageSize the page size asked for
 * @param totalCount all matches, not only this page's
 * @param items the page's interfaces, rendered for the caller's dialect
 */
public record Page(int pageNumber, int pageSize, int totalCount, List<Map<String, Object>> items) {}
