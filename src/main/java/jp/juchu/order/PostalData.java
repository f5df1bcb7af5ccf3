package jp.juchu.order;

import java.util.List;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.shop.PostalAddress;

/** What the address check needs from the uploaded 郵便番号データ (KEN_ALL); {@link #NONE} when none is loaded. */
interface PostalData {

    PostalData NONE = new PostalData() {
        @Override
        public boolean loaded() {
            return false;
        }

        @Override
        public List<PostalAddress> find(PostalCode code) {
            return List.of();
        }

        @Override
        public List<String> cities(Prefecture prefecture) {
            return List.of();
        }
    };

    boolean loaded();

    List<PostalAddress> find(PostalCode code);

    /** City names of the prefecture, longest first. */
    List<String> cities(Prefecture prefecture);
}
