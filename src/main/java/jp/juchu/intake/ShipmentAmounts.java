package jp.juchu.intake;

/** 送付先 amounts in yen (楽天 送付先送料/送付先代引料/送付先消費税合計/送付先商品合計金額/送付先合計金額). */
public record ShipmentAmounts(long goods, long tax, long shipping, long codFee, long total) {

    public static final ShipmentAmounts NONE = new ShipmentAmounts(0, 0, 0, 0, 0);
}
