package jp.juchu.shop;

import jp.juchu.core.Prefecture;

/** One entry of Japan Post's 郵便番号データ (KEN_ALL): a postal code and the town it serves. */
public record PostalAddress(String postalCode, Prefecture prefecture, String city, String town) {
}
