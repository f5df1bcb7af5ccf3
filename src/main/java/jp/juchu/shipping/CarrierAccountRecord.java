package jp.juchu.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.juchu.core.InvalidInputException;

/** The stored 契約番号 of one carrier; checks the formats the label software insists on. */
@Entity
@Table(name = "carrier_account")
class CarrierAccountRecord {

    @Id
    @Column(name = "carrier_code", length = 20)
    private String carrierCode;

    @Column(name = "customer_code", nullable = false, length = 20)
    private String customerCode;

    @Column(name = "class_code", nullable = false, length = 3)
    private String classCode;

    @Column(name = "freight_number", nullable = false, length = 2)
    private String freightNumber;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CarrierAccountRecord() {
    }

    CarrierAccountRecord(String carrierCode) {
        this.carrierCode = carrierCode;
    }

    void change(CarrierAccount account, Instant now) {
        if (!account.customerCode().isEmpty() && !account.customerCode().matches("[0-9]{10,12}")) {
            throw new InvalidInputException("customerCode", "ご請求先顧客コード（お客様コード）は10〜12桁の数字で入力してください");
        }
        if (!account.classCode().isEmpty() && !account.classCode().matches("[0-9]{1,3}")) {
            throw new InvalidInputException("classCode", "分類コードは3桁までの数字で入力してください");
        }
        if (!account.freightNumber().isEmpty() && !account.freightNumber().matches("[0-9]{2}")) {
            throw new InvalidInputException("freightNumber", "運賃管理番号は2桁の数字で入力してください (通常は 01)");
        }
        this.customerCode = account.customerCode();
        this.classCode = account.classCode();
        this.freightNumber = account.freightNumber();
        this.updatedAt = now;
    }

    String carrierCode() {
        return carrierCode;
    }

    CarrierAccount toAccount() {
        return new CarrierAccount(customerCode, classCode, freightNumber);
    }
}
