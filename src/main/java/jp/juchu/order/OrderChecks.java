package jp.juchu.order;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.shop.BusinessCalendar;
import jp.juchu.shop.PostalAddress;
import jp.juchu.shop.PostalDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every check (状態区分) on an order's current state and stores the result: flags of the checked
 * kinds that no longer apply are cleared, new ones raised with their Japanese reason. Run at import,
 * after manual entry and after every fix. Addresses are checked against the uploaded KEN_ALL data when
 * there is some ({@link PostalDirectory}), else against the bundled postal-code-prefix table.
 *
 * <p>Settings: {@code juchu.checks.delivery-lead-days} (default 1) days from shipping to delivery, and
 * {@code juchu.checks.shipping-cutoff} (default 12:00) until which an order still ships the same
 * business day (see {@link DeliveryLeadTime}).
 */
@Service
public class OrderChecks {

    private final OrderBook orders;
    private final OrderCheckRules rules;
    private final FlagReleases releases;

    OrderChecks(OrderBook orders, FlagReleases releases, CautionCustomers cautionCustomers, BusinessCalendar calendar, Clock clock,
                PostalDirectory postalDirectory,
                @Value("${juchu.checks.delivery-lead-days:1}") int leadDays,
                @Value("${juchu.checks.shipping-cutoff:12:00}") String cutoff) {
        this.orders = orders;
        this.releases = releases;
        this.rules = new OrderCheckRules(new DeliveryLeadTime(calendar, clock, LocalTime.parse(cutoff), leadDays),
                cautionCustomers::match, new PostalData() {
                    @Override
                    public boolean loaded() {
                        return postalDirectory.loaded();
                    }

                    @Override
                    public List<PostalAddress> find(PostalCode code) {
                        return postalDirectory.find(code);
                    }

                    @Override
                    public List<String> cities(Prefecture prefecture) {
                        return postalDirectory.cities(prefecture);
                    }
                });
    }

    @Transactional
    public CheckResult run(long orderId) {
        Order order = orders.require(orderId);
        Map<CheckFlag, String> found = releases.withoutReleased(orderId, rules.evaluate(order));
        boolean needsReview = orders.applyChecks(orderId, OrderCheckRules.CHECKED_KINDS, found);
        return new CheckResult(orderId, needsReview, found);
    }
}
