package jp.juchu.mall;

import jp.juchu.core.Mall;

/**
 * What モールステータス更新 did for one shipped order.
 *
 * @param mall        the shop's mall
 * @param changed     whether a mall API was called and changed the order's status now
 * @param description one line for the order history (what happened, or what the mall does by itself)
 */
public record CompletionResult(Mall mall, boolean changed, String description) {
}
