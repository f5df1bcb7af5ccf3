package jp.juchu.payment;

import feign.FeignException;
import feign.RetryableException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls NP後払い. 429, 5xx and connection failures are retried with exponential back-off up to
 * {@code juchu.payment.np-atobarai.max-attempts} tries and then end in a retryable
 * {@link DeferredProviderUnavailable}; 401/403/404 end in a non-retryable one (settings are wrong);
 * other 4xx answers are handed to the caller as {@link NpApiException} with NP's error codes.
 */
@Component
class NpAtobaraiClient {

    static final String SETTLEMENT_TYPE = "02";
    private static final Logger log = LoggerFactory.getLogger(NpAtobaraiClient.class);

    private final NpAtobaraiApi api;
    private final NpAtobaraiProperties properties;

    NpAtobaraiClient(NpAtobaraiApi api, NpAtobaraiProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    NpAtobaraiApi.Response register(NpCredentials credentials, NpAtobaraiApi.Transaction transaction) {
        return call("取引登録", () -> api.register(credentials.authorization(), credentials.terminalId(),
                new NpAtobaraiApi.RegisterRequest(List.of(transaction))));
    }

    NpAtobaraiApi.Response findAuthorization(NpCredentials credentials, String npTransactionId) {
        return call("与信結果取得", () -> api.findAuthorizations(credentials.authorization(), credentials.terminalId(),
                new NpAtobaraiApi.RefsRequest(List.of(new NpAtobaraiApi.Ref(npTransactionId)))));
    }

    NpAtobaraiApi.Response cancel(NpCredentials credentials, String npTransactionId) {
        return call("取引キャンセル", () -> api.cancel(credentials.authorization(), credentials.terminalId(),
                new NpAtobaraiApi.RefsRequest(List.of(new NpAtobaraiApi.Ref(npTransactionId)))));
    }

    NpAtobaraiApi.Response reportShipment(NpCredentials credentials, String npTransactionId, String pdCompanyCode, String slipNo) {
        return call("出荷報告", () -> api.reportShipments(credentials.authorization(), credentials.terminalId(),
                new NpAtobaraiApi.ShipmentsRequest(List.of(new NpAtobaraiApi.ShipmentReport(npTransactionId, pdCompanyCode, slipNo)))));
    }

    private <T> T call(String operation, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            String failure;
            try {
                return call.get();
            } catch (NpApiException e) {
                if (!e.retryable()) {
                    throw settingsProblem(operation, e);
                }
                failure = "NP後払いでエラーが発生しました（" + operation + "、HTTP " + e.status() + "）";
            } catch (RetryableException e) {
                failure = "NP後払いに接続できません（" + operation + "）：" + e.getClass().getSimpleName();
            } catch (FeignException e) {
                throw new DeferredProviderUnavailable("NP後払いの応答を読めません（" + operation + "、HTTP " + e.status() + "）", true);
            }
            if (attempt >= properties.maxAttempts()) {
                throw new DeferredProviderUnavailable(attempt <= 1 ? failure : failure + "（" + attempt + "回試行しました）", true);
            }
            Duration wait = properties.waitBefore(attempt + 1);
            log.info("NP後払い {} failed ({}), retrying in {} ms", operation, failure, wait.toMillis());
            sleep(wait);
        }
    }

    /** 401/403/404 are settings problems (no retry helps); other 4xx go back to the caller with NP's codes. */
    private static RuntimeException settingsProblem(String operation, NpApiException e) {
        return switch (e.status()) {
            case 401, 403 -> new DeferredProviderUnavailable("NP後払いの認証に失敗しました（" + operation + "、HTTP " + e.status()
                    + "）。後払い設定の加盟店コード・SPコード・端末IDを確認してください", false);
            case 404 -> new DeferredProviderUnavailable("NP後払いのAPIが見つかりません（" + operation
                    + "、HTTP 404）。juchu.payment.np-atobarai.base-url を確認してください", false);
            default -> e;
        };
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeferredProviderUnavailable("NP後払いへの再試行が中断されました", true);
        }
    }
}
