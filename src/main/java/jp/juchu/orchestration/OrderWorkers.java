package jp.juchu.orchestration;

import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import jp.juchu.core.Mall;
import jp.juchu.order.CheckResult;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderChecks;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.AutomationSettingsManagement;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.PaymentMethodRef;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Component;

/** Workers of the order's own steps: checks (受注チェック), status moves (受注進捗), 保留解除. */
@Component
public class OrderWorkers {

    private final OrderChecks checks;
    private final OrderBook orders;
    private final ShopDirectory shops;
    private final MethodMappings methods;
    private final AutomationSettingsManagement automation;
    private final CheckVariables checkVariables;
    private final PaymentMethodChange paymentMethodChange;
    private final JobFailures failures;

    OrderWorkers(OrderChecks checks, OrderBook orders, ShopDirectory shops, MethodMappings methods,
                 AutomationSettingsManagement automation, CheckVariables checkVariables, PaymentMethodChange paymentMethodChange,
                 JobFailures failures) {
        this.checks = checks;
        this.orders = orders;
        this.shops = shops;
        this.methods = methods;
        this.automation = automation;
        this.checkVariables = checkVariables;
        this.paymentMethodChange = paymentMethodChange;
        this.failures = failures;
    }

    /** 受注チェック; after 与信NG対応 with a new payment method, that method is applied first. */
    @JobWorker(type = "order.check", fetchVariables = {"orderId", "newPaymentMethod"})
    public Map<String, Object> check(ActivatedJob job, @Variable(name = "orderId") long orderId,
                                     @Variable(name = "newPaymentMethod", optional = true) String newPaymentMethod) {
        return failures.guard(job, () -> {
            paymentMethodChange.applyIfChanged(orderId, newPaymentMethod);
            CheckResult result = checks.run(orderId);
            Order order = orders.require(orderId);
            Mall mall = shops.findById(order.getShopId()).map(ShopRef::mall).orElse(null);
            String methodName = order.getPaymentMethodCode() == null ? order.getPaymentMethodRaw()
                    : methods.paymentMethod(order.getPaymentMethodCode()).map(PaymentMethodRef::name).orElse(order.getPaymentMethodRaw());
            return checkVariables.of(order, mall, result, automation.current(), methodName);
        });
    }

    @JobWorker(type = "order.set-status", fetchVariables = "orderId")
    public void setStatus(ActivatedJob job, @Variable(name = "orderId") long orderId, @CustomHeaders Map<String, String> headers) {
        failures.guard(job, () -> {
            orders.moveTo(orderId, OrderStatus.valueOf(headers.get("status")));
            return null;
        });
    }

    @JobWorker(type = "order.release", fetchVariables = "orderId")
    public void release(ActivatedJob job, @Variable(name = "orderId") long orderId) {
        failures.guard(job, () -> {
            orders.releaseHold(orderId);
            return null;
        });
    }
}
