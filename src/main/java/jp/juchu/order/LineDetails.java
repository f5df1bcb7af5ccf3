package jp.juchu.order;

import jp.juchu.core.InvalidInputException;

/** The values of one 商品明細. Tax rate is 8 (軽減税率) or 10 percent. */
public record LineDetails(String itemId, String itemNumber, String itemName, String options,
                          long unitPrice, int quantity, int taxRate) {

    public LineDetails {
        if (itemName == null || itemName.isBlank()) {
            throw new InvalidInputException("itemName", "商品名を入力してください");
        }
        if (quantity <= 0) {
            throw new InvalidInputException("quantity", "個数は1以上にしてください");
        }
        if (unitPrice < 0) {
            throw new InvalidInputException("unitPrice", "単価は0円以上にしてください");
        }
        if (taxRate != 8 && taxRate != 10) {
            throw new InvalidInputException("taxRate", "税率は8%か10%にしてください");
        }
    }
}
