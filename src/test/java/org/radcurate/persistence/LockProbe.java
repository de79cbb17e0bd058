package org.radcurate.persistence;

import java.nio.file.Path;

/**
 * Run in a child JVM: exit 0 when it could open the workspace for writing, 3 when refused as in
 * use, 5 when refused for another reason; the refusal's message goes to standard output.
 */
public final class LockProbe {
    static final int OPENED = 0;
    static final int IN_USE = 3;
    static final int REFUSED = 5;

    private LockProbe() {}

    public static void main(String[] args) {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.exit(OPENED);
        } catch (WorkspaceInUseException e) {
            System.out.print(e.getMessage());
            System.exit(IN_USE);
        } catch (WorkspaceException e) {
            System.out.print(e.getMessage());
            System.exit(REFUSED);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(4);
        }
    }
}
