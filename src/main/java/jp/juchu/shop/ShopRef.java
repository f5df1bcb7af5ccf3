package jp.juchu.shop;

import jp.juchu.core.Mall;

/** What other modules need to know about a shop. */
public record ShopRef(long id, String code, Mall mall, String name, String shortName) {

    static ShopRef of(Shop shop) {
        return new ShopRef(shop.getId(), shop.getCode(), shop.getMall(), shop.getName(), shop.getShortName());
    }
}
