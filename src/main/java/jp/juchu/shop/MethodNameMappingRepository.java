package jp.juchu.shop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MethodNameMappingRepository extends JpaRepository<MethodNameMapping, Long> {

    List<MethodNameMapping> findByShopIdAndKindOrderBySortOrderAscIdAsc(long shopId, MappingKind kind);

    List<MethodNameMapping> findByKindAndMethodCode(MappingKind kind, String methodCode);

    @Modifying(flushAutomatically = true)
    @Query("delete from MethodNameMapping m where m.shopId = :shopId and m.kind = :kind")
    int deleteByShopAndKind(long shopId, MappingKind kind);
}
