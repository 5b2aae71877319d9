# Finds a JDK 25 or newer without the user exporting anything: JAVA_HOME if new enough, else the
# newest JDK in the usual install folders, else stops with a message saying what to install.
# Sourced by ./mvnw (Maven itself must run on it) and ./samskap (the jar is Java 25 bytecode).
samskap_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}
samskap_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(samskap_java_major "$JAVA_HOME")
    if [ "${v:-0}" -ge 25 ] 2>/dev/null; then return 0; fi
  fi
  best="" best_v=0
  # A java on the PATH (Homebrew, asdf, an unpacked JDK) counts too, through its java.home.
  path_home=""
  if command -v java >/dev/null 2>&1; then
    path_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p' | head -n 1)
  fi
  for d in "$path_home" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$d" ] && [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    v=$(samskap_java_major "$d")
    if [ "${v:-0}" -gt "$best_v" ] 2>/dev/null; then best="$d" best_v="$v"; fi
  done
  if [ "$best_v" -ge 25 ] 2>/dev/null; then
    JAVA_HOME="$best"; export JAVA_HOME
    return 0
  fi
  echo "Samskap needs a JDK 25 or newer; none was found (JAVA_HOME=${JAVA_HOME-unset}, newest found: ${best:-none})." >&2
  echo "Install one, e.g. 'apt-get install temurin-25-jdk' or 'openjdk-25-jdk', or set JAVA_HOME to it." >&2
  exit 1
}
