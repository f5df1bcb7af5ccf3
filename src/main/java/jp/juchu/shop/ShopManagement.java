package jp.juchu.shop;

import jp.juchu.audit.OperationLog;
import jp.juchu.core.Mall;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and maintains 連携ショップ. Every change is written to the operation log. */
@Service
public class ShopManagement {

    private final ShopRepository shops;
    private final OperationLog operationLog;

    ShopManagement(ShopRepository shops, OperationLog operationLog) {
        this.shops = shops;
        this.operationLog = operationLog;
    }

    @Transactional
    public ShopRef register(Mall mall, String name, String shortName) {
        Shop shop = shops.save(new Shop(nextCode(mall), mall, name, shortName));
        operationLog.record("連携ショップ", "作成", shop.getCode(), mall.label() + " " + name);
        return ShopRef.of(shop);
    }

    private String nextCode(Mall mall) {
        String prefix = mall.name().substring(0, Math.min(3, mall.name().length()));
        int n = 1;
        while (shops.existsByCode(prefix + String.format("%03d", n))) {
            n++;
        }
        return prefix + String.format("%03d", n);
    }
}
