package jp.juchu.engine.model;

/** The event definition of an event element; {@link #NONE} for every non-event element. */
public enum EventType {
    NONE,
    /** {@link ElementModel#message()} is set. */
    MESSAGE,
    /** {@link ElementModel#timer()} is set. */
    TIMER,
    /** {@link ElementModel#errorCode()} holds the code; {@code null} on a catch event means "catch all". */
    ERROR,
    TERMINATE
}
