package org.radcurate.cli;

/**
 * A command with a {@code --read-only} flag: what it does with the flag while another window or
 * process writes the workspace, for the "in use" message (the commands without such a flag are told
 * that they write and need the workspace closed there).
 */
interface ReadsWhileInUse {
    /** One sentence naming the flag and what it gives, e.g. "Run eval again with --read-only to ...". */
    String readOnlyHint();
}
