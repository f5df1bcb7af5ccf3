package jp.juchu.order;

/** Joins free texts of bundled orders (備考, ショップメモ, ラッピング, のし) so that nothing a customer wrote is lost. */
final class Remarks {

    private Remarks() {
    }

    /** {@code first}, then {@code second} if it says something else, separated by " / " and cut to {@code max}. */
    static String joinDistinct(String first, String second, int max) {
        if (isBlank(second) || second.equals(first)) {
            return first;
        }
        String joined = isBlank(first) ? second : first + " / " + second;
        return joined.length() > max ? joined.substring(0, max - 1) + "…" : joined;
    }

    /** {@code own}, followed by the child's text under a heading naming the child order. */
    static String appendFrom(String own, String childNumber, String childText) {
        if (isBlank(childText)) {
            return own;
        }
        String block = "【同梱元 " + childNumber + "】\n" + childText;
        return isBlank(own) ? block : own + "\n" + block;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
