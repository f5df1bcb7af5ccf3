package jp.juchu.order;

import java.util.List;
import java.util.Map;

/**
 * A page of the order list; {@code counts} has every status (also those with 0 orders) under the same
 * filters except the status itself, for the tabs.
 */
public record OrderPage(List<OrderSummary> items, long total, int page, int size, Map<OrderStatus, Long> counts) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
