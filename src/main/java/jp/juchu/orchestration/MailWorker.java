package jp.juchu.orchestration;

import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import jp.juchu.mail.OrderMails;
import jp.juchu.shop.MailPurpose;
import org.springframework.stereotype.Component;

/**
 * {@code mail.send}: the template named by the task header for the order's shop. The job key is the
 * idempotency key, so a retried or re-activated job never sends twice; 自動処理設定 decides whether it is
 * sent at all (the mail module records a skip).
 */
@Component
public class MailWorker {

    private final OrderMails mails;
    private final JobFailures failures;

    MailWorker(OrderMails mails, JobFailures failures) {
        this.mails = mails;
        this.failures = failures;
    }

    @JobWorker(type = "mail.send", fetchVariables = "orderId")
    public void send(ActivatedJob job, @Variable(name = "orderId") long orderId, @CustomHeaders Map<String, String> headers) {
        failures.guard(job, () -> mails.sendForProcess(orderId, MailPurpose.valueOf(headers.get("template")), "job-" + job.getKey()));
    }
}
