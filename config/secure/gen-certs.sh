#!/bin/sh
# Generates the secured compose cluster's own TLS material into $CERTS_DIR (a volume), once:
# a CA, and for each broker a key and a certificate signed by it, valid for the broker's compose
# host name and for localhost (the host reaches the brokers through published ports), both as
# server and as client (brokers connect to each other). Brokers read <broker>.pem (key then
# certificate chain: Kafka's PEM keystore, ssl.keystore.type=PEM) and trust ca.crt.
#
#   gen-certs.sh            generate what is missing
#   gen-certs.sh ca         also print the CA certificate (for clients on the host)
set -eu
dir="${CERTS_DIR:-/certs}"
days="${CERT_DAYS:-365}"
owner="${CERTS_OWNER:-1000:1000}"
mkdir -p "$dir"
cd "$dir"
if [ ! -f ca.crt ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" -subj "/CN=Samsa compose CA" \
    -keyout ca.key -out ca.crt 2>/dev/null
  echo "generated the CA" >&2
fi
for broker in ${BROKERS:-broker1 broker2 broker3}; do
  [ -f "$broker.pem" ] && continue
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=$broker" -keyout "$broker.key" -out "$broker.csr" 2>/dev/null
  printf 'subjectAltName=DNS:%s,DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n' "$broker" > "$broker.ext"
  openssl x509 -req -sha256 -days "$days" -in "$broker.csr" -CA ca.crt -CAkey ca.key -CAcreateserial \
    -extfile "$broker.ext" -out "$broker.crt" 2>/dev/null
  cat "$broker.key" "$broker.crt" > "$broker.pem"
  rm -f "$broker.csr" "$broker.ext"
  echo "generated $broker's key and certificate" >&2
done
# The brokers run as the image's node user; the CA key stays root's.
chown "$owner" ./*.pem ./*.crt ./*.key && chmod 0644 ./*.crt && chmod 0600 ./*.pem ./*.key && chown 0:0 ca.key
if [ "${1:-}" = ca ]; then cat ca.crt; fi
