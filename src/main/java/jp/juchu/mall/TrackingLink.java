package jp.juchu.mall;

/** How a shop's mall learns the 荷物番号 of shipped orders (荷物番号連携). */
public enum TrackingLink {
    /** Sent by the mall's API right after 出荷確定 (楽天, Yahoo!ショッピング, Amazon with API credentials). */
    API,
    /** Written to the mall's upload file (R荷物, Y荷物, A出荷, W荷物) that the shop uploads. */
    CSV,
    /** The mall has neither: the shop enters the numbers in the mall's own screens. */
    NONE
}
