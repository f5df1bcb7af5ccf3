package jp.juchu.shipping;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExportTemplateRepository extends JpaRepository<ExportTemplate, Long> {
}
