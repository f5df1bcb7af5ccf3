package jp.juchu.audit;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes made by people. Runs inside the caller's transaction, so a change that rolls
 * back leaves no log line, and a change that commits always has one.
 */
@Service
public class OperationLog {

    static final String SYSTEM = "system";
    private static final int DETAIL_LIMIT = 4000;

    private final OperationLogEntries entries;
    private final Clock clock;

    OperationLog(OperationLogEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @param area   the screen or settings area, e.g. {@code 連携ショップ}
     * @param action what was done, e.g. {@code 作成}, {@code 更新}, {@code 削除}
     * @param target which record, e.g. the shop code
     * @param detail what changed, human readable (never secrets)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String area, String action, String target, String detail) {
        entries.save(new OperationLogEntry(clock.instant(), currentUser(), area, action, target, truncate(detail)));
    }

    @Transactional(readOnly = true)
    public Page<OperationLogEntry> recent(String username, String area, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500));
        if (username != null && !username.isBlank()) {
            return entries.findByUsernameOrderByIdDesc(username, request);
        }
        if (area != null && !area.isBlank()) {
            return entries.findByAreaOrderByIdDesc(area, request);
        }
        return entries.findAllByOrderByIdDesc(request);
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SYSTEM : auth.getName();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT - 1) + "…";
    }
}
