package jp.juchu.order;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.CachedSnapshot;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 要注意顧客 list (顧客管理 › 要注意顧客 in TEMPOSTAR): entries an administrator keeps, matched against
 * each order's orderer by {@link OrderChecks}.
 *
 * <p>Matching reads an in-memory index of the active entries instead of querying for every order (an import checks
 * thousands, and the process checks each again), see {@link CachedSnapshot}; a change made by another instance of the
 * application is seen within {@link CachedSnapshot#MAX_AGE}.
 */
@Service
public class CautionCustomers {

    static final String AREA = "要注意顧客";

    private final CautionCustomerRepository entries;
    private final OperationLog operationLog;
    private final Clock clock;
    private final CachedSnapshot<CautionCustomerIndex> index;

    CautionCustomers(CautionCustomerRepository entries, OperationLog operationLog, Clock clock) {
        this.entries = entries;
        this.operationLog = operationLog;
        this.clock = clock;
        this.index = new CachedSnapshot<>(clock);
    }

    @Transactional(readOnly = true)
    public List<CautionCustomer> all() {
        return entries.findAllByOrderByIdDesc();
    }

    @Transactional
    public CautionCustomer add(CautionCustomerInput input) {
        CautionCustomerKeys keys = CautionCustomerKeys.of(input.name(), input.postalCode(), input.phone(), input.email());
        validate(input, keys);
        CautionCustomer saved = entries.save(new CautionCustomer(keys, input.warningText().strip(),
                input.active() == null || input.active(), clock.instant()));
        index.changed();
        operationLog.record(AREA, "登録", String.valueOf(saved.getId()),
                (keys.name() == null ? "" : keys.name() + " ") + "警告「" + saved.getWarningText() + "」");
        return saved;
    }

    @Transactional
    public void remove(long id) {
        CautionCustomer entry = entries.findById(id)
                .orElseThrow(() -> new NotFoundException("要注意顧客 " + id + " は登録されていません"));
        entries.delete(entry);
        index.changed();
        operationLog.record(AREA, "削除", String.valueOf(id), entry.getName() == null ? "" : entry.getName());
    }

    /** The first active entry matching the orderer, with what matched it. */
    @Transactional(readOnly = true)
    public Optional<Match> match(Contact orderer, String email) {
        CautionCustomerKeys keys = CautionCustomerKeys.of(orderer, email);
        if (keys.phone() == null && keys.email() == null && (keys.nameKey() == null || keys.postalCode() == null)) {
            return Optional.empty();
        }
        for (CautionCustomer entry : index().candidates(keys)) {
            String matchedBy = entry.matchedBy(keys);
            if (matchedBy != null) {
                return Optional.of(new Match(entry.getId(), matchedBy, entry.getWarningText()));
            }
        }
        return Optional.empty();
    }

    private CautionCustomerIndex index() {
        return index.get(() -> new CautionCustomerIndex(entries.findByActiveTrueOrderByIdDesc()));
    }

    private static void validate(CautionCustomerInput input, CautionCustomerKeys keys) {
        if (input.warningText() == null || input.warningText().isBlank()) {
            throw new InvalidInputException("warningText", "警告内容を入力してください");
        }
        if (input.warningText().strip().length() > 500) {
            throw new InvalidInputException("warningText", "警告内容は500文字以内にしてください");
        }
        if (keys.name() != null && keys.name().length() > 100) {
            throw new InvalidInputException("name", "氏名は100文字以内にしてください");
        }
        if (keys.postalCode() != null && keys.postalCode().length() != 7) {
            throw new InvalidInputException("postalCode", "郵便番号は7桁で入力してください（例: 150-0002）");
        }
        if (keys.phone() != null && (keys.phone().length() < 10 || keys.phone().length() > 11)) {
            throw new InvalidInputException("phone", "電話番号は10桁または11桁の数字で入力してください");
        }
        if (keys.email() != null && (keys.email().length() > 254 || !keys.email().contains("@"))) {
            throw new InvalidInputException("email", "メールアドレスの形式が正しくありません");
        }
        boolean namePostal = keys.nameKey() != null && keys.postalCode() != null;
        if (keys.phone() == null && keys.email() == null && !namePostal) {
            throw new InvalidInputException("phone", "電話番号、メールアドレス、または氏名と郵便番号の組み合わせのいずれかを入力してください");
        }
    }

    /** A matching entry: its id, which key matched (Japanese) and its warning text. */
    public record Match(long id, String matchedBy, String warningText) {
    }
}
