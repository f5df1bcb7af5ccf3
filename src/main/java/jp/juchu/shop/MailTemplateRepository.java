package jp.juchu.shop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailTemplateRepository extends JpaRepository<MailTemplate, Long> {

    List<MailTemplate> findAllByOrderByPurposeAscShopCodeAscIdAsc();

    List<MailTemplate> findByPurposeOrderByIdAsc(MailPurpose purpose);
}
