package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.juchu.core.InvalidInputException;

/**
 * 支払方法. Built-in methods (seeded by migration) keep their code and 決済区分 for ever, because order
 * routing and exports rely on them; only their display name may change.
 */
@Entity
@Table(name = "payment_method")
class PaymentMethod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30, updatable = false)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentCategory category;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PaymentMethod() {
    }

    /** A user-added method. */
    PaymentMethod(String code, String name, PaymentCategory category, int sortOrder) {
        this.code = Texts.code(code, "支払方法");
        this.builtIn = false;
        this.sortOrder = sortOrder;
        this.category = category;
        change(name, category);
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isBuiltIn() {
        return builtIn;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void change(String name, PaymentCategory category) {
        String newName = Texts.required(name, "name", "支払方法名", 50);
        if (builtIn && category != this.category) {
            throw new InvalidInputException("category",
                    "組み込みの支払方法「" + this.name + "」の決済区分は変更できません");
        }
        this.name = newName;
        this.category = category;
    }

    PaymentMethodRef toRef() {
        return new PaymentMethodRef(code, name, category, builtIn);
    }
}
