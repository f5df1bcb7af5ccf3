package jp.juchu.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Describes which settings of a shop changed, in the operator's words (settings only, never credentials). */
final class ShopChangeLog {

    private ShopChangeLog() {
    }

    static List<String> differences(ShopAttributes before, ShopAttributes after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "正式名称", before, after, ShopAttributes::name);
        compare(changes, "略称", before, after, ShopAttributes::shortName);
        compare(changes, "ショップURL", before, after, ShopAttributes::url);
        compare(changes, "店長名", before, after, ShopAttributes::managerName);
        compare(changes, "送信元メールアドレス", before, after, ShopAttributes::senderEmail);
        compare(changes, "楽天あんしんメルアド", before, after, a -> a.rakutenAnonymousMail() ? "送信する" : "送信しない");
        compare(changes, "受注取込", before, after, a -> ShopManagement.intakeLabel(a.orderIntakeEnabled()));
        compare(changes, "キャンセル済み注文", before, after, a -> a.cancelledOrders().label());
        return changes;
    }

    private static void compare(List<String> changes, String label, ShopAttributes before, ShopAttributes after,
                                Function<ShopAttributes, String> value) {
        String old = value.apply(before);
        String now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(label + "「" + old + "」→「" + now + "」");
        }
    }
}
