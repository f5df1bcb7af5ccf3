package jp.juchu.shipping;

/**
 * An address as the carriers want it: the street line ({@code street}: 都道府県 + 住所1 + 町・番地) and the building
 * (アパートマンション名). Orders store 住所1 = 市区郡 and 住所2 = 町・番地, a space, then the building; so the
 * building is what follows the first space of 住所2. When 住所1 already ends with a 番地 (an ASCII or full-width
 * digit, as in a 店舗プロフィール "東京都渋谷区渋谷1-2-3" / "渋谷ビル4F"), all of 住所2 is the building; when 住所2
 * is empty, the first space of 住所1 separates them.
 *
 * @param prefecture   都道府県 as given (may be empty)
 * @param city         住所1 up to the street part (市区郡 for an order's address; may be empty)
 * @param street       the full street line: prefecture + 住所1 + the 町・番地 part
 * @param building     アパートマンション名, may be empty
 * @param spacesRemoved 「住所情報のスペースを削除」 was on: {@link #oneLine} joins street and building without a space
 */
record LabelAddress(String prefecture, String city, String street, String building, boolean spacesRemoved) {

    static LabelAddress of(LabelParty party, ExportOptions options, String field, LabelWarnings warnings) {
        String prefecture = CarrierText.text(party.prefecture(), field, warnings);
        String address1 = CarrierText.text(party.address1(), field, warnings);
        String address2 = CarrierText.text(party.address2(), field, warnings);
        boolean removeSpaces = options.removeAddressSpaces();
        if (removeSpaces) {
            prefecture = CarrierText.withoutSpaces(prefecture);
            address1 = CarrierText.withoutSpaces(address1);
            address2 = CarrierText.withoutSpaces(address2);
        }
        if (address2.isEmpty()) {
            String[] split = splitAtSpace(address1);
            return new LabelAddress(prefecture, "", prefecture + split[0], split[1], removeSpaces);
        }
        if (endsWithDigit(address1)) {
            return new LabelAddress(prefecture, "", prefecture + address1, address2, removeSpaces);
        }
        String[] split = splitAtSpace(address2);
        return new LabelAddress(prefecture, address1, prefecture + address1 + split[0], split[1], removeSpaces);
    }

    /**
     * Street and building on one line, separated by a space unless spaces were removed (for layouts whose address
     * fields simply flow).
     */
    String oneLine() {
        return building.isEmpty() ? street : street + (spacesRemoved ? "" : " ") + building;
    }

    boolean isEmpty() {
        return street.isEmpty() && building.isEmpty();
    }

    private static String[] splitAtSpace(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return new String[] {text, ""};
        }
        return new String[] {text.substring(0, space).stripTrailing(), text.substring(space + 1).strip()};
    }

    private static boolean endsWithDigit(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return (last >= '0' && last <= '9') || (last >= '０' && last <= '９');
    }
}
