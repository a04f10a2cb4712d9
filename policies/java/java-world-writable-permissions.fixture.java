import java.io.File;
import java.nio.file.*;
import java.nio.file.attribute.*;

class Perms {
    void perms(Path path, File file) throws Exception {
        // ruleid: java-world-writable-permissions
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
        // ruleid: java-world-writable-permissions
        Set<PosixFilePermission> p = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OTHERS_WRITE);
        // ruleid: java-world-writable-permissions
        file.setWritable(true, false);
        // ok: java-world-writable-permissions
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        // ok: java-world-writable-permissions
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        // ok: java-world-writable-permissions
        file.setWritable(true, true);
        // ok: java-world-writable-permissions
        file.setWritable(false, false);
    }
}
