package jp.juchu.mail;

import java.util.Locale;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 送信メール / 送信箱: the stored mails, newest first, for the screen and the API. */
@Service
@Transactional(readOnly = true)
public class MailMessages {

    public static final int PAGE_SIZE = 50;

    private final MailMessageRepository messages;

    MailMessages(MailMessageRepository messages) {
        this.messages = messages;
    }

    /**
     * @param orderId only the mails of this order (null: all)
     * @param status  a {@link MailOutcome} name (blank: all)
     * @param page    0-based
     */
    public Page<MailMessageView> search(Long orderId, String status, int page) {
        return messages.search(orderId, status(status), PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(MailMessageView::of);
    }

    public MailMessageView get(long id) {
        return messages.findById(id).map(MailMessageView::of)
                .orElseThrow(() -> new NotFoundException("メール " + id + " はありません"));
    }

    static MailOutcome status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            MailOutcome status = MailOutcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (status != MailOutcome.REFUSED) {
                return status;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidInputException("status", "状態「" + value + "」はありません (SENT, OUTBOX, FAILED, SKIPPED_AUTO_SEND_OFF, "
                + "SKIPPED_NO_ADDRESS, SKIPPED_NO_TEMPLATE のいずれか)");
    }
}
