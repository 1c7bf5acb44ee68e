package org.sahelsim.cli;

/** Bad input found by a command (not by the scenario loader): exit code 2, one line. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
