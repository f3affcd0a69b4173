package org.newsdrift.job;

/** How a run ended, as the {@code status} column of the {@code runs} table and the manifest spell it. */
enum RunStatus {
    SUCCEEDED("succeeded"),
    FAILED("failed");

    private final String value;

    RunStatus(String value) {
        this.value = value;
    }

    /** The value written to the {@code runs} table and the manifest. */
    String value() {
        return value;
    }
}
