package jp.juchu.orchestration.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredProviderSettingInput;
import jp.juchu.payment.DeferredProviderSettings;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;

/** NP後払い on the shared WireMock, answering one order's registration with 与信NG (stub matched on the order). */
final class NpStandIn {

    private NpStandIn() {
    }

    /** An NP後払い order whose registration NP will answer with 与信NG; it waits at 後払い取引登録 first. */
    static long rejectingOrder(ProcessTestOrders orders, DeferredProviderSettings settings) {
        settings.update(DeferredProvider.NP_ATOBARAI,
                new DeferredProviderSettingInput(false, "merchant-process-it", "sp-process-it", "terminal-process-it", false));
        long order = orders.create("NP_ATOBARAI");
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))
                .willReturn(okJson("{\"results\":[{\"np_transaction_id\":\"" + String.format("%011d", order)
                        + "\",\"authori_result\":\"20\",\"authori_ng\":\"RE001\"}]}")));
        return order;
    }
}
