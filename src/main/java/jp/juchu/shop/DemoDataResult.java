package jp.juchu.shop;

import java.util.List;

/** What {@link DemoData#create()} did: the demo shops (new or reused) and how many mall names it added. */
public record DemoDataResult(List<ShopRef> shops, List<String> createdShops, int addedPaymentNames, int addedDeliveryNames,
                             boolean storeProfileSet, int addedMailTemplates) {
}
