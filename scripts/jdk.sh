# Sourced by ./roster and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Order: JAVA_HOME when it is 21+, else the newest 21+ JDK under /usr/lib/jvm (or $JVM_DIR).

_jdk_major() { # prints the major version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}

select_jdk() {
  local v best="" best_v=0 dir
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(_jdk_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  fi
  for dir in "${JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -d "$dir" ] || continue
    v=$(_jdk_major "$dir")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
      best="$dir" best_v="$v"
    fi
  done
  if [ -z "$best" ]; then
    echo "error: a JDK 21 or newer is needed and none was found (JAVA_HOME=${JAVA_HOME:-unset}, searched ${JVM_DIR:-/usr/lib/jvm}). Install one or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best" PATH="$best/bin:$PATH"
}
