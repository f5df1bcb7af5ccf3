package jp.juchu.engine.model;

/**
 * A native Camunda user task ({@code zeebe:userTask}). Every field is a raw value ({@code =expression} or static)
 * or {@code null} when not given.
 *
 * @param assignee          evaluate with {@code evaluateString}
 * @param candidateGroups   evaluate with {@code evaluateStringList}
 * @param candidateUsers    evaluate with {@code evaluateStringList}
 * @param dueDate           evaluate with {@code evaluateDateTime}
 * @param followUpDate      evaluate with {@code evaluateDateTime}
 * @param priority          evaluate with {@code evaluateInt} (0..100); {@code null} means Zeebe's default 50
 * @param formId            {@code zeebe:formDefinition formId}: the linked form (binding "latest"); static text
 * @param externalReference {@code zeebe:formDefinition externalReference}, evaluate with {@code evaluateString}
 */
public record UserTaskDefinition(String assignee, String candidateGroups, String candidateUsers, String dueDate,
                                 String followUpDate, String priority, String formId, String externalReference) {

    public static final int DEFAULT_PRIORITY = 50;
}
