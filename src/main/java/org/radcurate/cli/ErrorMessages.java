package org.radcurate.cli;

import org.radcurate.service.UserMessages;

/** Turns exceptions into one line a user can act on (the same words the window shows). */
final class ErrorMessages {
    private ErrorMessages() {}

    static String describe(Throwable e) {
        return UserMessages.describe(e);
    }
}
