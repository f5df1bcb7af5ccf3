package jp.juchu.shop;

/**
 * Published synchronously inside the transaction that deletes a shop, before the row goes. Listeners
 * may remove their per-shop data or veto the deletion by throwing a {@code ConflictException}.
 */
public record ShopDeleting(long shopId, String code) {
}
