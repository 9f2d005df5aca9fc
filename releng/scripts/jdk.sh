# Sourced by ./mvnw and ./quartierwerk: selects a JDK >= 21 and exports JAVA_HOME and PATH.
# Looks at JAVA_HOME, then java on PATH, then the JDKs in the Debian JVM directory.

quartierwerk_min_java=21

quartierwerk_java_major() { # the feature version of the given java binary, or nothing
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

quartierwerk_select_jdk() {
  local candidates=() d v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for d in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${d%/}"); done
  for d in "${candidates[@]}"; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    v="$(quartierwerk_java_major "$d/bin/java")"
    if [ -n "$v" ] && [ "$v" -ge "$quartierwerk_min_java" ]; then
      export JAVA_HOME="$d"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "No JDK $quartierwerk_min_java or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm)." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk', or Temurin 21+) or set JAVA_HOME to it." >&2
  return 1
}
