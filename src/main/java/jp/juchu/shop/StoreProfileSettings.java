package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single stored 店舗プロフィール row (created empty by the migration). */
@Entity
@Table(name = "store_profile")
class StoreProfileSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_name", nullable = false, length = 100)
    private String companyName;
    @Column(name = "postal_code", nullable = false, length = 8)
    private String postalCode;
    @Column(nullable = false, length = 100)
    private String address1;
    @Column(nullable = false, length = 100)
    private String address2;
    @Column(nullable = false, length = 100)
    private String address3;
    @Column(nullable = false, length = 20)
    private String phone;
    @Column(nullable = false, length = 20)
    private String fax;
    @Column(nullable = false, length = 254)
    private String mail;
    @Column(name = "english_company_name", nullable = false, length = 100)
    private String englishCompanyName;
    @Column(nullable = false, length = 60)
    private String country;
    @Column(name = "english_address", nullable = false, length = 255)
    private String englishAddress;

    @Version
    private long version;

    protected StoreProfileSettings() {
    }

    StoreProfile toProfile() {
        return new StoreProfile(companyName, postalCode, address1, address2, address3, phone, fax, mail,
                englishCompanyName, country, englishAddress);
    }

    /** @param profile already validated by {@link StoreProfileRules} */
    void replaceWith(StoreProfile profile) {
        this.companyName = profile.companyName();
        this.postalCode = profile.postalCode();
        this.address1 = profile.address1();
        this.address2 = profile.address2();
        this.address3 = profile.address3();
        this.phone = profile.phone();
        this.fax = profile.fax();
        this.mail = profile.mail();
        this.englishCompanyName = profile.englishCompanyName();
        this.country = profile.country();
        this.englishAddress = profile.englishAddress();
    }
}
