package jp.juchu.order;

/**
 * The filters of the order list as typed (query parameters or the search form); {@link OrderSearch}
 * checks them. Blank means "no filter". {@code page} is 0-based.
 */
public record OrderSearchRequest(String status, String shop, String q, String flag, String payment, String tag,
                                 String from, String to, Integer page, Integer size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    public OrderSearchRequest withStatus(String newStatus) {
        return new OrderSearchRequest(newStatus, shop, q, flag, payment, tag, from, to, 0, size);
    }
}
