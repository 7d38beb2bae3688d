package dev.aliyunmock.vpc;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a VPC-side Describe action.
 *
 * @param pageNumber the page, from 1
 * @param pageSize the page size asked for
 * @param totalCount all matches, not only this page's
 * @param items the page's items, detached from the world
 * @param <T> what is listed
 */
public record Page<T>(int pageNumber, int pageSize, int totalCount, List<T> items) {
  public Page {
    items = List.copyOf(items);
  }

  /** The page {@code pageNumber} of {@code pageSize} among all matches, in their order. */
  public static <T> Page<T> of(List<T> matches, int pageNumber, int pageSize) {
    long from = (long) (pageNumber - 1) * pageSize;
    List<T> items = new ArrayList<>();
    for (long i = from; i < matches.size() && items.size() < pageSize; i++) {
      items.add(matches.get((int) i));
    }
    return new Page<>(pageNumber, pageSize, matches.size(), items);
  }
}
