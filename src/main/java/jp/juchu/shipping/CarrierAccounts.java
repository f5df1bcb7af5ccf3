package jp.juchu.shipping;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.core.NotFoundException;
import jp.juchu.shop.CarrierRef;
import jp.juchu.shop.DeliverySettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 配送業者ごとの契約番号 (ご請求先顧客コード etc.) that every exported label carries. */
@Service
public class CarrierAccounts {

    private final CarrierAccountRepository repository;
    private final DeliverySettings delivery;
    private final Clock clock;

    CarrierAccounts(CarrierAccountRepository repository, DeliverySettings delivery, Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, CarrierAccount> all() {
        return repository.findAll().stream()
                .collect(Collectors.toMap(CarrierAccountRecord::carrierCode, CarrierAccountRecord::toAccount));
    }

    @Transactional(readOnly = true)
    public CarrierAccount of(String carrierCode) {
        return repository.findById(carrierCode).map(CarrierAccountRecord::toAccount).orElse(CarrierAccount.NONE);
    }

    @Transactional
    public CarrierAccount update(String carrierCode, CarrierAccount account) {
        boolean known = delivery.carriers().stream().map(CarrierRef::code).anyMatch(carrierCode::equals);
        if (!known) {
            throw new NotFoundException("配送業者「" + carrierCode + "」はありません");
        }
        CarrierAccountRecord record = repository.findById(carrierCode).orElseGet(() -> new CarrierAccountRecord(carrierCode));
        record.change(account, clock.instant());
        return repository.save(record).toAccount();
    }
}
