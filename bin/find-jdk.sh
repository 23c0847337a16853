# Sourced by ./mvnw and ./newswire (POSIX sh and bash): exports JAVA_HOME pointing at a JDK 21 or later.
# Order: $JAVA_HOME if new enough, the `java` on PATH, then the newest JDK installed beside it (/usr/lib/jvm,
# macOS's /Library/Java/JavaVirtualMachines, SDKMAN, ...). With none, it stops with the command that installs one.

newswire_java_major() {
  "$1" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

newswire_find_jdk() {
  want=21 best="" best_v=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(newswire_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$want" ]; then return 0; fi
  fi
  dirs="/usr/lib/jvm /usr/java /opt/java /opt /usr/local /Library/Java/JavaVirtualMachines"
  if command -v java >/dev/null 2>&1; then
    dirs="$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v java)" 2>/dev/null || command -v java)")")") $dirs"
  fi
  for cand in $(for d in $dirs; do ls -d "$d"/*/ "$d"/*/Contents/Home/ 2>/dev/null; done) \
      "${HOME:-/root}"/.sdkman/candidates/java/*/; do
    cand=${cand%/}
    [ -x "$cand/bin/javac" ] || continue
    v=$(newswire_java_major "$cand/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$want" ] && [ "$v" -gt "$best_v" ]; then best=$cand; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    {
      echo "newswire: no JDK $want or later found (looked at JAVA_HOME, the java on PATH, /usr/lib/jvm,"
      echo "  /Library/Java/JavaVirtualMachines and ~/.sdkman). Install one, then run the command again:"
      echo "    Debian 13+, Ubuntu 24.04+:  sudo apt-get install openjdk-21-jdk-headless"
      echo "    Fedora, RHEL:   sudo dnf install java-21-openjdk-devel"
      echo "    macOS:          brew install openjdk@21"
      echo "    SDKMAN:         sdk install java 21-tem"
      echo "  or point JAVA_HOME at a JDK $want+ that is installed elsewhere: export JAVA_HOME=/path/to/jdk"
    } >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

newswire_find_jdk || return 1 2>/dev/null || exit 1
unset want best best_v v dirs cand
export PATH="$JAVA_HOME/bin:$PATH"
# JDK 24+ warns when Maven's own libraries (Guice) touch sun.misc.Unsafe; that noise is not ours to fix
if [ "$(newswire_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
