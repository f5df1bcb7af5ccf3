package jp.juchu.orchestration.web;

import io.camunda.client.api.command.ClientHttpException;
import jp.juchu.orchestration.ProcessTask;

/** The Japanese messages of the task screens: what happened to which task, and why nothing was done. */
final class TaskMessages {

    private TaskMessages() {
    }

    /** e.g. 「入金消込」(受注 R-1001) */
    static String title(ProcessTask task, String orderNumber) {
        String order = orderNumber != null ? orderNumber : task.orderId() != null ? "ID " + task.orderId() : null;
        return "「" + task.name() + "」" + (order == null ? "" : "(受注 " + order + ")");
    }

    static String alreadyClosed(String title) {
        return title + " は既に完了しています (他の担当者が処理したか、受注の進捗が変わりました)。何も変更していません";
    }

    static String assignedToOther(String title, String assignee) {
        return title + " は " + assignee + " さんが担当しています。何も変更していません";
    }

    static String refused(long key, ClientHttpException e) {
        if (EngineRefusal.isNotFound(e)) {
            return "タスク " + key + " は完了済みか、ありません。何も変更していません";
        }
        if (EngineRefusal.isConflict(e)) {
            return "タスク " + key + " は他の担当者が担当しています。何も変更していません";
        }
        return "プロセスエンジンが操作を受け付けませんでした: " + EngineRefusal.detail(e);
    }
}
