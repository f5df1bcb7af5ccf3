package jp.juchu.intake.rakuten;

import java.time.Instant;

/** The 注文日時 range one pull asks for. */
record PullWindow(Instant from, Instant to) {
}
