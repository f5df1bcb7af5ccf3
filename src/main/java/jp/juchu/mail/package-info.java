/**
 * 送信メール: renders the shop's メールテンプレート for an order, stores every mail in an outbox
 * ({@code mail_message}) and delivers it over SMTP when {@code spring.mail.host} is set. Entry point for
 * other modules (the process's {@code mail.send} worker, the order list's 送信 action): {@link jp.juchu.mail.OrderMails}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "shop", "order"})
package jp.juchu.mail;
