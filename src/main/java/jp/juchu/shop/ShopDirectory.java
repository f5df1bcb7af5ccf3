package jp.juchu.shop;

import java.util.List;
import java.util.Optional;
import jp.juchu.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the registered shops for every other module. */
@Service
@Transactional(readOnly = true)
public class ShopDirectory {

    private final ShopRepository shops;

    ShopDirectory(ShopRepository shops) {
        this.shops = shops;
    }

    public Optional<ShopRef> find(String code) {
        return shops.findByCode(code).map(ShopRef::of);
    }

    public ShopRef require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("ショップ「" + code + "」は登録されていません"));
    }

    public Optional<ShopRef> findById(long id) {
        return shops.findById(id).map(ShopRef::of);
    }

    public List<ShopRef> all() {
        return shops.findAllByOrderByCode().stream().map(ShopRef::of).toList();
    }
}
