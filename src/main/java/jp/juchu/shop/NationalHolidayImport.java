package jp.juchu.shop;

import java.util.SortedSet;

/** The outcome of a syukujitsu.csv upload: which years were replaced and how many holidays they now hold. */
public record NationalHolidayImport(SortedSet<Integer> years, int holidays) {
}
