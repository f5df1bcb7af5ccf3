package jp.juchu.user;

/** What a person may do: ADMIN maintains settings and users, OPERATOR works orders and tasks. */
public enum Role {
    ADMIN("管理者"),
    OPERATOR("オペレーター");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
