package jp.juchu.order;

import jp.juchu.core.ConflictException;
import jp.juchu.shop.ShopDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A shop with orders cannot be deleted: the orders (and their history) would lose their shop. */
@Component
class ShopDeletionGuard {

    private final OrderRepository orders;

    ShopDeletionGuard(OrderRepository orders) {
        this.orders = orders;
    }

    @EventListener
    void on(ShopDeleting event) {
        long count = orders.countByShopId(event.shopId());
        if (count > 0) {
            throw new ConflictException("shop_in_use", "code",
                    "ショップ「" + event.code() + "」には受注が" + count + "件あるため削除できません");
        }
    }
}
