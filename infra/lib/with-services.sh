# shellcheck shell=bash disable=SC2154  # Portal__* variables are assigned by eval of `services.sh env`
# services_up / services_down for scripts that need the backing services for a while (test.sh, bench.sh).
# Source after lib/common.sh.
#
# services_up SERVICE...  starts them through infra/services.sh, exports what the portal and the tests read,
#                         and remembers which ones were NOT already running.
# services_down           stops exactly those (a developer's own, already-running services are left alone).

PORTAL_SERVICES_STARTED_HERE=()

services_up() {
  local service
  for service in "$@"; do
    [[ $service == all ]] && { services_up postgres rabbitmq redis; return; }
  done
  for service in "$@"; do
    "$PORTAL_INFRA_DIR/services.sh" status "$service" >/dev/null 2>&1 || PORTAL_SERVICES_STARTED_HERE+=("$service")
  done
  "$PORTAL_INFRA_DIR/services.sh" start "$@"

  # Portal__* (configuration keys of DESIGN.md section 8) for the portal itself...
  local exports
  exports=$("$PORTAL_INFRA_DIR/services.sh" env "$@")
  eval "$exports"

  # ...and PORTAL_TEST_* for integration tests, which must find a service without knowing the portal's
  # configuration keys, and fail (never skip) where one is absent.
  for service in "$@"; do
    case $service in
    postgres) export PORTAL_TEST_POSTGRES=$Portal__Database__ConnectionString ;;
    redis) export PORTAL_TEST_REDIS=$Portal__Redis__Configuration ;;
    rabbitmq)
      # An AMQP URI (no path = default vhost "/"), percent-encoding the credentials.
      PORTAL_TEST_RABBITMQ="amqp://$(uri_encode "$Portal__Bus__RabbitMQ__Username")"
      PORTAL_TEST_RABBITMQ+=":$(uri_encode "$Portal__Bus__RabbitMQ__Password")@$Portal__Bus__RabbitMQ__Host:5672"
      export PORTAL_TEST_RABBITMQ
      ;;
    esac
  done

  # The portal's own keys stay exported only when asked for (bench.sh --with-services runs the portal on the
  # servers). For tests they must not be: every WebApplicationFactory would read them from the environment and
  # leave the embedded defaults, while a test that wants a real server says so through PORTAL_TEST_*.
  if [[ ${PORTAL_EXPORT_PORTAL_CONFIG:-0} != 1 ]]; then
    unset Portal__Database__Provider Portal__Database__ConnectionString Portal__Bus__Transport \
      Portal__Bus__RabbitMQ__Host Portal__Bus__RabbitMQ__Username Portal__Bus__RabbitMQ__Password \
      Portal__Redis__Configuration
  fi
}

services_down() {
  ((${#PORTAL_SERVICES_STARTED_HERE[@]} > 0)) || return 0
  "$PORTAL_INFRA_DIR/services.sh" stop "${PORTAL_SERVICES_STARTED_HERE[@]}" || warn "could not stop all services"
  PORTAL_SERVICES_STARTED_HERE=()
}

# Percent-encode everything but RFC 3986 unreserved characters.
uri_encode() {
  local LC_ALL=C # byte by byte, so UTF-8 is encoded as its bytes
  local s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
    [a-zA-Z0-9.~_-]) out+=$c ;;
    *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}
