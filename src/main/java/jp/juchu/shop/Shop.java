package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.juchu.core.Mall;

/** 連携ショップ: one shop on one mall. The code is generated once and never changes. */
@Entity
@Table(name = "shop")
public class Shop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Mall mall;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "short_name", nullable = false, length = 20)
    private String shortName;

    @Version
    private long version;

    protected Shop() {
    }

    Shop(String code, Mall mall, String name, String shortName) {
        this.code = code;
        this.mall = mall;
        this.name = name;
        this.shortName = shortName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Mall getMall() {
        return mall;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    void rename(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }
}
