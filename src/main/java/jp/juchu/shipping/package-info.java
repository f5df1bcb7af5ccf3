/**
 * 出荷: 出荷指示エクスポート for the carriers' label software (B2クラウド, e飛伝, ゆうパックプリントR, user templates),
 * 出荷確定インポート of their result files (荷物番号), and the malls' 荷物番号 upload files. Exports and imports run as
 * jobs; an exported order goes to 出荷中 and a confirmed one to 出荷済 through {@link jp.juchu.order.OrderBook}, whose
 * events drive the order's process.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "shop", "order", "jobs", "mall", "audit"})
package jp.juchu.shipping;
