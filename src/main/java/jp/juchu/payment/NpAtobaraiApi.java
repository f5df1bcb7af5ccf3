package jp.juchu.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * NP後払い REST API v1 as Feign sees it (formats.md §5.1); use {@link NpAtobaraiClient}. Every call carries
 * HTTP Basic {@code merchant_code:sp_code} and the {@code X-NP-Terminal-Id} header.
 */
@FeignClient(name = "np-atobarai", url = "${juchu.payment.np-atobarai.base-url:" + NpAtobaraiProperties.DEFAULT_BASE_URL + "}",
        configuration = NpFeignConfiguration.class)
interface NpAtobaraiApi {

    String JSON = MediaType.APPLICATION_JSON_VALUE + ";charset=utf-8";
    String TERMINAL = "X-NP-Terminal-Id";

    /** 取引登録. */
    @PostMapping(value = "/transactions", consumes = JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    Response register(@RequestHeader("Authorization") String authorization, @RequestHeader(TERMINAL) String terminalId,
                      @RequestBody RegisterRequest request);

    /** 与信結果取得 of registered transactions. */
    @PostMapping(value = "/authorizations/find", consumes = JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    Response findAuthorizations(@RequestHeader("Authorization") String authorization, @RequestHeader(TERMINAL) String terminalId,
                                @RequestBody RefsRequest request);

    /**
     * 取引キャンセル. NP documents it as PATCH; sent as POST with the method override header (as NP's
     * 取引修正 is) because the JDK HTTP client Feign uses here cannot send PATCH.
     */
    @PostMapping(value = "/transactions/cancel", consumes = JSON, produces = MediaType.APPLICATION_JSON_VALUE,
            headers = "X-HTTP-Method-Override=PATCH")
    Response cancel(@RequestHeader("Authorization") String authorization, @RequestHeader(TERMINAL) String terminalId,
                    @RequestBody RefsRequest request);

    /** 出荷報告. */
    @PostMapping(value = "/shipments", consumes = JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    Response reportShipments(@RequestHeader("Authorization") String authorization, @RequestHeader(TERMINAL) String terminalId,
                             @RequestBody ShipmentsRequest request);

    record RegisterRequest(List<Transaction> transactions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Transaction(String shopTransactionId, String shopOrderDate, String settlementType, long billedAmount,
                       Customer customer, Customer destCustomer, List<Goods> goods) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Customer(String customerName, String customerNameKana, String companyName, String departmentName,
                    String zipCode, String address, String tel, String email) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Goods(String goodsName, long goodsPrice, int quantity) {
    }

    record RefsRequest(List<Ref> transactions) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Ref(String npTransactionId) {
    }

    record ShipmentsRequest(List<ShipmentReport> transactions) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ShipmentReport(String npTransactionId, String pdCompanyCode, String slipNo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(List<Result> results, List<Error> errors) {

        public Response {
            results = results == null ? List.of() : List.copyOf(results);
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Result(String npTransactionId, String shopTransactionId, String authoriResult,
                  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> authoriHold,
                  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> authoriNg) {

        public Result {
            authoriHold = authoriHold == null ? List.of() : List.copyOf(authoriHold);
            authoriNg = authoriNg == null ? List.of() : List.copyOf(authoriNg);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Error(List<String> codes, String id) {

        public Error {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }
}
