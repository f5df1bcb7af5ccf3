/**
 * 入金消込 (recording the payment of prepaid orders) and 後払い (deferred payment providers: NP後払い over its
 * REST API, GMO後払い / 後払い.com / ATODENE by CSV): 取引登録, 与信 results, 出荷報告, cancellation.
 * Publishes {@link jp.juchu.payment.PaymentReconciled} and {@link jp.juchu.payment.CreditResultReceived};
 * never moves an order's status itself (the process does).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "shop", "order", "audit", "jobs"})
package jp.juchu.payment;
